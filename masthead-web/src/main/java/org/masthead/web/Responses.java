package org.masthead.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
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
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private Responses() {
    }

    static void html(Context ctx, String body, String cacheControl, Instant modified) {
        send(ctx, body.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", cacheControl, modified);
    }

    static void json(Context ctx, Object value, String cacheControl) {
        json(ctx, value, cacheControl, null);
    }

    static void json(Context ctx, Object value, String cacheControl, Instant modified) {
        send(ctx, jsonBytes(value), "application/json; charset=utf-8", cacheControl, modified);
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
        send(ctx, body, contentType, cacheControl, null);
    }

    /**
     * Sends a body with its ETag, and with Last-Modified when the content's change time is known; answers
     * 304 when the client's copy is current (If-None-Match first, else If-Modified-Since, as RFC 9110 says).
     */
    static void send(Context ctx, byte[] body, String contentType, String cacheControl, Instant modified) {
        String etag = etag(body);
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", cacheControl);
        // The body depends on the language chosen by cookie or header, so caches must key on them.
        ctx.header("Vary", "Accept-Language, Cookie");
        Instant lastModified = modified == null ? null : modified.truncatedTo(ChronoUnit.SECONDS);
        if (lastModified != null) {
            ctx.header("Last-Modified", HTTP_DATE.format(lastModified));
        }
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null ? matches(ifNoneMatch, etag) : notModifiedSince(ctx.header("If-Modified-Since"), lastModified)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(contentType);
        ctx.result(body);
    }

    /**
     * Sends a stored file (a page image, an original PDF) as it is, streamed; its ETag is {@code tag}, which
     * names its content (a hash), so no byte need be read to answer a revalidation. With {@code download},
     * as an attachment under that file name.
     */
    static void file(Context ctx, java.nio.file.Path file, String contentType, String tag, String download)
            throws java.io.IOException {
        String etag = "\"" + tag + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", CONTENT);
        if (download != null) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + download + "\"");
        }
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(contentType);
        ctx.header("Content-Length", Long.toString(java.nio.file.Files.size(file)));
        ctx.result(java.nio.file.Files.newInputStream(file));
    }

    private static boolean notModifiedSince(String ifModifiedSince, Instant lastModified) {
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            return !lastModified.isAfter(Instant.from(HTTP_DATE.parse(ifModifiedSince)));
        } catch (DateTimeException malformed) {
            return false;
        }
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

    /**
     * The body's fingerprint: two CRCs of different polynomials and the length. Both CRCs run in hardware;
     * a SHA-256 of every page had cost more CPU than rendering the page. An ETag guards against accidental
     * equality, not forgery, and 64 bits of two independent checks plus the length do that.
     */
    private static String etag(byte[] body) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(body);
        CRC32 ieee = new CRC32();
        ieee.update(body);
        return String.format(Locale.ROOT, "\"%08x%08x-%x\"", castagnoli.getValue(), ieee.getValue(), body.length);
    }
}
