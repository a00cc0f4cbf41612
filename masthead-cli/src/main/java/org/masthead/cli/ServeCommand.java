package org.masthead.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.masthead.web.SearchLevel;
import org.masthead.archive.Archive;
import org.masthead.search.SearchIndex;
import org.masthead.web.ArchiveNewsstand;
import org.masthead.web.Desk;
import org.masthead.web.HotFolder;
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

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Hot folder: page files dropped (or changed) in DIR are ingested, indexed and served "
                    + "without a restart; files are taken once unchanged for 1 s, rejected ones moved to DIR/rejected/ "
                    + "with the reason.")
    Path watch;

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
        checkPort(port);
        probe(host, port);
        PrintWriter out = spec.commandLine().getOut();
        progress(out, "opening the archive in " + archive.data.toAbsolutePath().normalize() + " …");
        PrintWriter err = spec.commandLine().getErr();
        try (Archive opened = archive.openExisting()) {
            serve(opened, () -> search.open(archive.data, err), new Where(host, port, staticFolder, watch, baseUrl), out);
        }
        return 0;
    }

    /**
     * Where and how to serve: address, port, static files, hot folder and public base URL (the last three may
     * be null).
     */
    record Where(String host, int port, Path staticFolder, Path watch, String baseUrl) {
    }

    /** Serves an archive with its embedded index (the demo's) until the process is stopped. */
    static void serve(Archive archive, String host, int port, PrintWriter out) {
        checkPort(port);
        serve(archive, () -> SearchIndex.open(archive.data(), null), new Where(host, port, null, null, null), out);
    }

    /**
     * Serves until the process is stopped (Ctrl-C) or the calling thread is interrupted. The reader answers
     * at once; the search index opens meanwhile (searches wait for it, nothing else does), and is built
     * level with the record first (rebuilt when it has no mark or one ahead of the record), and again every
     * {@link #LEVEL_EVERY} for what other processes record beside the server.
     */
    private static void serve(Archive archive, Supplier<SearchIndex> openIndex, Where where, PrintWriter out) {
        RunningServer.find(archive.data()).ifPresent(other -> {
            throw new UserError(archive.data() + " is already served by process " + other.pid() + " at " + other.url());
        });
        RunningServer announced = null;
        CompletableFuture<SearchIndex> index = CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            SearchIndex opened = openIndex.get();
            // A fresh index, or one a crash left behind the record (or ahead of it): brought level first.
            report(SearchLevel.level(archive, opened), out);
            progress(out, String.format(Locale.ROOT, "search ready (%d articles, %.1f s)", opened.count(),
                    (System.nanoTime() - started) / 1e9));
            return opened;
        });
        index.whenComplete((ok, failed) -> {
            if (failed != null) {
                progress(out, "search unavailable: " + oneLine(failed));
            }
        });
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // Ctrl-C: the hook lets the serving thread close down (server file withdrawn, index and archive
        // closed) before the JVM goes on to halt.
        Thread hook = new Thread(() -> {
            stopped.countDown();
            try {
                closed.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "masthead-serve-stop");
        ArchiveNewsstand newsstand = new ArchiveNewsstand(archive, index);
        Desk desk = new Desk(archive, index, newsstand);
        // Another process may record beside the server (PostgreSQL): what it could not index, the server does,
        // through the desk, so a level never interleaves with the server's own ingest or reindex.
        ScheduledExecutorService leveller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "masthead-search-level");
            t.setDaemon(true);
            return t;
        });
        index.thenAccept(opened -> leveller.scheduleWithFixedDelay(() -> {
            try {
                report(desk.level(), out);
            } catch (RuntimeException e) {
                progress(out, "search index not brought level now (" + e.getMessage() + "); trying again shortly");
            }
        }, LEVEL_EVERY.toMillis(), LEVEL_EVERY.toMillis(), TimeUnit.MILLISECONDS));
        try {
            String token = RunningServer.newToken();
            try (WebServer server = start(newsstand, desk, where, token)) {
                announced = RunningServer.announce(archive.data(), where.host(), server.port(), token);
                progress(out, String.format(Locale.ROOT, "serving %s on http://%s:%d/ (API: /api/openapi.json) — Ctrl-C stops",
                        archive.data(), where.host().contains(":") ? "[" + where.host() + "]" : where.host(), server.port()));
                try (HotFolder hot = where.watch() == null ? null
                        : HotFolder.watch(where.watch(), desk, line -> progress(out, line))) {
                    if (hot != null) {
                        progress(out, "watching " + where.watch().toAbsolutePath().normalize() + " for new pages");
                    }
                    Runtime.getRuntime().addShutdownHook(hook);
                    stopped.await();
                }
            }
        } catch (InterruptedException e) {
            // The interrupt is the stop request of whoever runs this thread (a test, an embedding program),
            // handled here by closing down normally; re-flagging it would only disturb closing the archive.
        } finally {
            leveller.shutdownNow();
            awaitQuietly(leveller); // a level under way finishes before the index closes under it
            if (announced != null) {
                announced.withdraw(archive.data());
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: the JVM is on its way out anyway.
            }
            index.handle((opened, failed) -> {
                if (opened != null) {
                    opened.close();
                }
                return null;
            }).join();
            closed.countDown();
        }
    }

    /** One line of start-up or hot-folder progress, with the time, flushed at once. */
    static void progress(PrintWriter out, String line) {
        synchronized (out) {
            out.println(java.time.LocalTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " " + line);
            out.flush();
        }
    }

    private static String oneLine(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static void checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be between 0 and 65535, not " + port);
        }
    }

    /** Fails fast, before the archive is opened, when the address cannot be listened on (a busy port). */
    private static void probe(String host, int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(host, port));
        } catch (java.io.IOException e) {
            throw new UserError("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + " (choose another --port or --host)");
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
            progress(out, "search index rebuilt from the record: " + level.articles() + " articles");
        } else if (level.editions() > 0) {
            progress(out, "search index brought level with the record: " + level.editions() + " edition(s), "
                    + level.articles() + " articles");
        }
    }

    private static WebServer start(ArchiveNewsstand newsstand, Desk desk, Where where, String token) {
        try {
            return WebServer.start(newsstand, where.host(), where.port(), where.staticFolder(), where.baseUrl(), desk, token);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new UserError("cannot listen on " + where.host() + ":" + where.port() + ": " + t.getMessage()
                            + " (choose another --port or --host)");
                }
            }
            throw e;
        }
    }
}
