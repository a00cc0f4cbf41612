package org.masthead.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Mirador, the IIIF viewer, for browser tests only (Masthead never ships it): the npm package at a pinned
 * version, fetched once with {@code npm pack} into {@code target/} (npm's own cache, {@code ~/.npm}, keeps a
 * clean build from fetching it again), and served with a one-page viewer by a small server of the test's own,
 * on another origin than Masthead's, as a viewer on another site would be.
 */
final class Mirador implements AutoCloseable {
    static final String VERSION = "4.0.0";
    private static final Path HOME = Path.of("target", "mirador-" + VERSION);

    private final HttpServer server;
    private final String base;

    private Mirador(Path script) throws IOException {
        byte[] page;
        try (InputStream in = Mirador.class.getResourceAsStream("/mirador/index.html")) {
            page = in.readAllBytes();
        }
        byte[] js = Files.readAllBytes(script);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            boolean isScript = exchange.getRequestURI().getPath().equals("/mirador.min.js");
            byte[] body = isScript ? js : page;
            exchange.getResponseHeaders().set("Content-Type", isScript ? "text/javascript" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /**
     * Mirador served, or null (the reason printed) when npm is not installed, which is a failure with
     * {@code CI=true}.
     */
    static Mirador start(String test) throws IOException, InterruptedException {
        Path script = HOME.resolve("package/dist/mirador.min.js");
        if (!Files.isRegularFile(script)) {
            if (!fetch(test)) {
                return null;
            }
        }
        return new Mirador(script);
    }

    private static boolean fetch(String test) throws IOException, InterruptedException {
        if (!runs(List.of("npm", "--version"))) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI needs npm for the Mirador test (apt-get install npm)");
            }
            System.out.println(test + ": skipped: npm is not installed (apt-get install npm)");
            return false;
        }
        Files.createDirectories(HOME);
        Path tarball = HOME.resolve("mirador-" + VERSION + ".tgz");
        if (!runs(List.of("npm", "pack", "mirador@" + VERSION, "--prefer-offline", "--pack-destination",
                HOME.toString())) || !runs(List.of("tar", "xzf", tarball.toString(), "-C", HOME.toString()))) {
            throw new IOException("could not fetch mirador@" + VERSION + " with npm into " + HOME);
        }
        return true;
    }

    private static boolean runs(List<String> command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }

    /** The viewer's address, opening {@code manifest} at its first page and searching it for {@code query}. */
    String open(String manifest, String query) {
        return base + "?manifest=" + URLEncoder.encode(manifest, StandardCharsets.UTF_8) + "&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
