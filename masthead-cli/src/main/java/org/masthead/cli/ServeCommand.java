package org.masthead.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.masthead.archive.Archive;
import org.masthead.search.SearchIndex;
import org.masthead.web.ArchiveNewsstand;
import org.masthead.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the e-paper reader and the JSON API (docs/web.md) over the archive until stopped.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Mixin
    SearchOptions search;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "TCP port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The site's public address (https://archive.example.org), for permalinks and feed ids "
                    + "(default: the address listened on; the request's Host header is never used).")
    String baseUrl;

    @Option(names = "--static", paramLabel = "DIR",
            description = "Also serve the files in DIR under /static/ (a logo, a site stylesheet).")
    Path staticFolder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (staticFolder != null && !Files.isDirectory(staticFolder)) {
            throw new UserError("--static " + staticFolder + ": no such folder");
        }
        try (Archive opened = archive.open(); SearchIndex index = search.open(archive.data, spec.commandLine().getErr())) {
            serve(opened, index, host, port, staticFolder, baseUrl, spec.commandLine().getOut());
        }
        return 0;
    }

    /** Serves an archive with its embedded index (the demo's) until the process is stopped. */
    static void serve(Archive archive, String host, int port, PrintWriter out) {
        try (SearchIndex index = SearchIndex.open(archive.data(), null)) {
            serve(archive, index, host, port, null, null, out);
        }
    }

    /** Serves until the process is stopped (Ctrl-C) or the calling thread is interrupted. */
    private static void serve(Archive archive, SearchIndex index, String host, int port, Path staticFolder,
                              String baseUrl, PrintWriter out) {
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be between 0 and 65535, not " + port);
        }
        report(SearchLevel.level(archive, index), out);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(stopped::countDown, "masthead-serve-stop");
        // Another process may record beside the server (PostgreSQL): what it could not index, the server does.
        ScheduledExecutorService leveller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "masthead-search-level");
            t.setDaemon(true);
            return t;
        });
        leveller.scheduleWithFixedDelay(() -> {
            try {
                report(SearchLevel.level(archive, index), out);
            } catch (RuntimeException e) {
                out.println("search index not brought level now (" + e.getMessage() + "); trying again shortly");
                out.flush();
            }
        }, LEVEL_EVERY.toMillis(), LEVEL_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        try (WebServer server = start(archive, index, host, port, staticFolder, baseUrl)) {
            out.printf("serving %s on http://%s:%d/ (API: /api/openapi.json) — Ctrl-C stops%n", archive.data(),
                    host.contains(":") ? "[" + host + "]" : host, server.port());
            out.flush();
            Runtime.getRuntime().addShutdownHook(hook);
            stopped.await();
        } catch (InterruptedException e) {
            // The interrupt is the stop request of whoever runs this thread (a test, an embedding program),
            // handled here by closing down normally; re-flagging it would only disturb closing the archive.
        } finally {
            leveller.shutdownNow();
            awaitQuietly(leveller); // a level under way finishes before the index closes under it
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: the JVM is on its way out anyway.
            }
        }
    }

    private static void awaitQuietly(ScheduledExecutorService leveller) {
        try {
            leveller.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How often the running server brings its index level with a record that other processes write to. */
    static final Duration LEVEL_EVERY = Duration.ofSeconds(3);

    private static void report(SearchLevel.Report level, PrintWriter out) {
        if (level.rebuilt()) {
            out.printf("search index rebuilt from the record: %d articles%n", level.articles());
        } else if (level.editions() > 0) {
            out.printf("search index brought level with the record: %d edition(s), %d articles%n", level.editions(),
                    level.articles());
        }
        out.flush();
    }

    private static WebServer start(Archive archive, SearchIndex index, String host, int port, Path staticFolder,
                                   String baseUrl) {
        try {
            return WebServer.start(new ArchiveNewsstand(archive, index), host, port, staticFolder, baseUrl);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new UserError("cannot listen on " + host + ":" + port + ": " + t.getMessage()
                            + " (choose another --port or --host)");
                }
            }
            throw e;
        }
    }
}
