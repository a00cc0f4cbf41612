package org.masthead.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The reader's stylesheets and script (and a site's own files), read once and served under /static with an explicit
 * route (a route, because the catch-all title routes would otherwise shadow Javalin's static handler).
 */
final class StaticFiles {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "html", "text/html; charset=utf-8", "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "jpg", "image/jpeg", "ico", "image/x-icon", "json", "application/json");
    private static final String CACHE = "public, max-age=86400";

    private final Map<String, byte[]> files = new HashMap<>();

    /** The site's own files, and those in {@code extra} (a logo, a site stylesheet), when given. */
    StaticFiles(Path extra, String... names) {
        for (String name : names) {
            try (InputStream in = StaticFiles.class.getResourceAsStream("/static/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("static/" + name + " is missing from the classpath");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (extra != null) {
            try (Stream<Path> listed = Files.list(extra)) {
                for (Path file : listed.filter(Files::isRegularFile).toList()) {
                    files.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    void register(Javalin app) {
        app.get("/static/{file}", this::send);
    }

    private void send(Context ctx) {
        String name = ctx.pathParam("file");
        byte[] body = files.get(name);
        if (body == null) {
            throw new NotFoundResponse("no static file " + name);
        }
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        Responses.send(ctx, body, type, CACHE);
    }
}
