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
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.servlet.FilterHolder;
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
        return start(newsstand, host, port, staticFolder, null, null, null);
    }

    /**
     * Sent with every answer, errors included. No inline script or style exists in the pages (scripts and
     * styles are static files), so the policy allows none; no page may be framed by another site.
     */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "strict-origin-when-cross-origin");

    /** Starts serving at {@code baseUrl} (null: the address listened on), without the local API. */
    public static WebServer start(Newsstand newsstand, String host, int port, java.nio.file.Path staticFolder,
                                  String baseUrl) {
        return start(newsstand, host, port, staticFolder, baseUrl, null, null);
    }

    /**
     * Starts serving. {@code baseUrl} is the site's public address (https://archive.example.org), written into
     * permalinks and feed ids; null means the address listened on. The request's Host header is never used:
     * answers are cached, and one client's Host would be served to all. With a {@code desk}, also the local
     * API ({@code /api/local/…}, for callers that hold {@code token}) through which the CLI searches and
     * ingests while this server owns the archive.
     */
    public static WebServer start(Newsstand newsstand, String host, int port, java.nio.file.Path staticFolder,
                                  String baseUrl, Desk desk, String token) {
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.prefer405over404 = true; // a wrong method on a known path is 405, not "nothing here"
            // Javalin answers HEAD 200 for any path a GET route matches, without running it (so a missing
            // edition was 200 too). The routes see HEAD as the GET it stands for; Jetty, which knows the
            // request is HEAD, sends the status and headers without the body.
            config.jetty.modifyServletContextHandler(context -> context.addFilter(new FilterHolder(HEAD_AS_GET), "/*",
                    EnumSet.of(DispatcherType.REQUEST)));
        });
        String[] base = {baseUrl == null ? null : baseUrl.replaceAll("/+$", "")};
        app.before(ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            ctx.attribute(BASE, base[0]);
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
        app.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> {
            ctx.header("Allow", "GET, HEAD");
            fail(ctx, reader, HttpStatus.METHOD_NOT_ALLOWED, ctx.method() + " is not answered here; use GET");
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.attribute(HANDLED) == null) {
                fail(ctx, reader, HttpStatus.NOT_FOUND, "nothing at " + ctx.path());
            }
        });
        app.start(host, port);
        if (base[0] == null) {
            base[0] = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port();
        }
        return new WebServer(app);
    }

    private static final String BASE = "masthead.base-url";

    private static final Filter HEAD_AS_GET = (request, response, chain) -> {
        HttpServletRequest http = (HttpServletRequest) request;
        chain.doFilter(!"HEAD".equals(http.getMethod()) ? request : new HttpServletRequestWrapper(http) {
            @Override
            public String getMethod() {
                return "GET";
            }
        }, response);
    };

    /** The site's public address, without a trailing slash: what absolute links in answers start with. */
    static String baseUrl(Context ctx) {
        return ctx.attribute(BASE);
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
