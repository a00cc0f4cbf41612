package org.masthead.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.masthead.model.Json;

/**
 * Sends response bodies with validators: a strong ETag over the bytes, so a reader's cache revalidates an
 * unchanged edition or article with a 304 and no body.
 */
final class Responses {
    /** Stored editions and articles: they change only when re-ingested, so caches may keep them a while. */
    static final String CONTENT = "public, max-age=3600";
    /** Lists and searches: they change whenever an edition is added. */
    static final String LISTING = "public, max-age=60";

    private Responses() {
    }

    static void html(Context ctx, String body, String cacheControl) {
        send(ctx, body.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", cacheControl);
    }

    static void json(Context ctx, Object value, String cacheControl) {
        send(ctx, jsonBytes(value), "application/json; charset=utf-8", cacheControl);
    }

    static byte[] jsonBytes(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An error as the API gives it: {@code {error, message}}, never a stack trace. */
    static void jsonError(Context ctx, HttpStatus status, String message) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(jsonBytes(Map.of("error", status.getMessage(), "message", message)));
    }

    static void send(Context ctx, byte[] body, String contentType, String cacheControl) {
        String etag = etag(body);
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", cacheControl);
        // The body depends on the language chosen by cookie or header, so caches must key on them.
        ctx.header("Vary", "Accept-Language, Cookie");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(contentType);
        ctx.result(body);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
