package org.masthead.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the e-paper reader under {@code /}, the JSON API under {@code /api}, static files under
 * {@code /static}. Templates are precompiled at build time, so starting needs no compiler.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final String HANDLED = "masthead.error-handled";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving the newsstand on host:port (port 0 picks a free port). */
    public static WebServer start(Newsstand newsstand, String host, int port) {
        return start(newsstand, host, port, null);
    }

    /** Starts serving, with the files of {@code staticFolder} (when not null) under /static as well. */
    public static WebServer start(Newsstand newsstand, String host, int port, java.nio.file.Path staticFolder) {
        return start(newsstand, host, port, staticFolder, null, null);
    }

    /**
     * Starts serving; with a {@code desk}, also the local API ({@code /api/local/…}, for callers that hold
     * {@code token}) through which the CLI searches and ingests while this server owns the archive.
     */
    public static WebServer start(Newsstand newsstand, String host, int port, java.nio.file.Path staticFolder,
                                  Desk desk, String token) {
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
        });
        Reader reader = new Reader(newsstand, (name, params) -> render(templates, name, params));
        Api api = new Api(newsstand);
        // Fixed paths first: the catch-all title routes below would otherwise take them.
        new StaticFiles(staticFolder, "masthead.css", "print.css", "masthead.js").register(app);
        if (desk != null) {
            desk.register(app, token);
        }
        api.register(app);
        new Library(newsstand).register(app);
        reader.register(app);
        app.exception(HttpResponseException.class, (e, ctx) -> {
            ctx.attribute(HANDLED, true);
            fail(ctx, reader, HttpStatus.forStatus(e.getStatus()), e.getMessage());
        });
        app.exception(BadQueryException.class, (e, ctx) -> {
            ctx.attribute(HANDLED, true);
            fail(ctx, reader, HttpStatus.BAD_REQUEST, e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("failed to answer {} {}", ctx.method(), ctx.path(), e);
            ctx.attribute(HANDLED, true);
            fail(ctx, reader, HttpStatus.INTERNAL_SERVER_ERROR, "the server failed to answer this request");
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.attribute(HANDLED) == null) {
                fail(ctx, reader, HttpStatus.NOT_FOUND, "nothing at " + ctx.path());
            }
        });
        app.start(host, port);
        return new WebServer(app);
    }

    private static void fail(Context ctx, Reader reader, HttpStatus status, String message) {
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            Responses.jsonError(ctx, status, message);
        } else {
            reader.error(ctx, status, message);
        }
    }

    private static String render(TemplateEngine templates, String name, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(name, params, out);
        return out.toString();
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** The interface language for a request: {@code ?lang=} (remembered in a cookie), the cookie, then Accept-Language. */
    static Lang lang(Context ctx) {
        Lang asked = Lang.of(ctx.queryParam("lang"));
        if (asked != null) {
            Cookie cookie = new Cookie("lang", asked.code());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setSameSite(SameSite.LAX);
            ctx.cookie(cookie);
            return asked;
        }
        Lang remembered = Lang.of(ctx.cookie("lang"));
        return remembered != null ? remembered : Lang.fromAcceptLanguage(ctx.header("Accept-Language"));
    }
}
