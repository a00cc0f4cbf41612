package org.masthead.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The reader's stylesheets and script, read from the jar once and served under /static with an explicit
 * route (a route, because the catch-all title routes would otherwise shadow Javalin's static handler).
 */
final class StaticFiles {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8");
    private static final String CACHE = "public, max-age=86400";

    private final Map<String, byte[]> files = new HashMap<>();

    StaticFiles(String... names) {
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
        Responses.send(ctx, body, TYPES.get(name.substring(name.lastIndexOf('.') + 1)), CACHE);
    }
}
