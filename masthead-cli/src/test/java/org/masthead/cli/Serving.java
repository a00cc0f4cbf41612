package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A serving command ({@code serve}, {@code demo}) run in-process on its own thread, as the tests see it: the
 * address it printed, what it printed, and its exit status once {@link #close() stopped} (interrupted).
 */
final class Serving implements AutoCloseable {
    private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/");

    private final Thread thread;
    private final StringWriter out = new StringWriter();
    private final AtomicInteger exit = new AtomicInteger(-1);
    /** Where it serves, ending in a slash. */
    final String base;

    private Serving(String... args) throws InterruptedException {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        thread = new Thread(() -> exit.set(cli.execute(args)), "masthead " + args[0]);
        thread.start();
        Matcher address = ADDRESS.matcher("");
        // The demo generates, ingests and indexes before it serves: allow it a few minutes on a busy machine.
        for (int i = 0; i < 6000 && thread.isAlive() && !address.reset(out.toString()).find(); i++) {
            Thread.sleep(50);
        }
        if (!address.reset(out.toString()).find()) {
            thread.interrupt();
            throw new IllegalStateException("masthead " + String.join(" ", args) + " printed no address it serves; "
                    + "exit " + exit.get() + ", printed:\n" + out);
        }
        base = address.group();
    }

    /** Starts the command and waits until it prints the address it serves on. */
    static Serving start(String... args) throws InterruptedException {
        return new Serving(args);
    }

    String out() {
        return out.toString();
    }

    /** Stops serving (the command ends on interrupt) and returns its exit status, or -1 if it would not end. */
    int stop() throws InterruptedException {
        thread.interrupt();
        thread.join(10_000);
        return thread.isAlive() ? -1 : exit.get();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    /** One plain GET, its body read as text. */
    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
