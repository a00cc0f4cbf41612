package org.masthead.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One headless Chromium with one tab, driven over the DevTools protocol: loads an HTML page, reads the
 * boxes of its marked elements, and prints it to PDF on a sheet exactly the page's size. One browser
 * prints page after page, where {@code chromium --print-to-pdf} would start a browser per page
 * (seconds each). Not thread-safe: one instance per thread.
 */
public final class Chromium implements AutoCloseable {
    /** CSS pixels per inch: the PDF's sheet is the page's CSS size. */
    private static final double PX_PER_INCH = 96;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Collects every element marked with data-role: its item (data-item, may be absent), role and box in
     * CSS pixels from the page's top left, after the fonts are loaded and the layout is final.
     */
    private static final String BOXES = """
            document.fonts.ready.then(() => JSON.stringify({
              width: document.documentElement.scrollWidth,
              height: document.documentElement.scrollHeight,
              boxes: Array.from(document.querySelectorAll('[data-role]')).map(e => {
                const r = e.getBoundingClientRect();
                return {item: e.dataset.item || null, role: e.dataset.role,
                        x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height};
              })
            }))""";

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    /** What printing one page gave: the PDF and the layout it was printed from. */
    public record Printed(byte[] pdf, String layoutJson) {
    }

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts a headless Chromium ({@code chromium} on the PATH, or the command in MASTHEAD_CHROMIUM). */
    public static Chromium start() throws IOException {
        Path profile = Files.createTempDirectory("masthead-chromium");
        String command = System.getenv().getOrDefault("MASTHEAD_CHROMIUM", "chromium");
        Process process = new ProcessBuilder(command, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // Chromium writes the port it chose into the profile once it listens.
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException(command + " did not start (is Chromium installed?)");
                }
                Thread.sleep(50);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
            String page = null;
            for (JsonNode target : targets) {
                if (target.path("type").asText().equals("page")) {
                    page = target.path("webSocketDebuggerUrl").asText();
                }
            }
            if (page == null) {
                throw new IOException(command + " opened no tab");
            }
            Listener listener = new Listener();
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), listener).get(30, TimeUnit.SECONDS);
            Chromium chromium = new Chromium(process, profile, socket);
            listener.owner = chromium;
            chromium.call("Page.enable", JSON.createObjectNode());
            return chromium;
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("cannot reach Chromium: " + e, e);
        }
    }

    /**
     * Loads the HTML file, measures it, and prints it as one PDF page of its own size, backgrounds
     * included and no margins, so the boxes measured are where the PDF draws the text.
     */
    public Printed print(Path html, int widthPx) throws IOException {
        ObjectNode metrics = JSON.createObjectNode().put("width", widthPx).put("height", 1000)
                .put("deviceScaleFactor", 1).put("mobile", false);
        call("Emulation.setDeviceMetricsOverride", metrics);
        loaded = new CompletableFuture<>();
        call("Page.navigate", JSON.createObjectNode().put("url", html.toUri().toString()));
        await(loaded);
        JsonNode evaluated = call("Runtime.evaluate", JSON.createObjectNode().put("expression", BOXES)
                .put("awaitPromise", true).put("returnByValue", true));
        String layout = evaluated.path("result").path("value").asText();
        JsonNode measured = JSON.readTree(layout);
        double height = measured.path("height").asDouble() + 1;
        ObjectNode print = JSON.createObjectNode().put("paperWidth", widthPx / PX_PER_INCH)
                .put("paperHeight", height / PX_PER_INCH).put("marginTop", 0).put("marginBottom", 0)
                .put("marginLeft", 0).put("marginRight", 0).put("printBackground", true)
                .put("preferCSSPageSize", false);
        byte[] pdf = Base64.getDecoder().decode(call("Page.printToPDF", print).path("data").asText());
        return new Printed(pdf, layout);
    }

    private JsonNode call(String method, ObjectNode params) throws IOException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(message.toString(), true).join();
        JsonNode reply = await(answer);
        if (reply.has("error")) {
            throw new IOException("Chromium " + method + ": " + reply.get("error"));
        }
        return reply.path("result");
    }

    private static <T> T await(CompletableFuture<T> future) throws IOException {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Chromium worked", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Chromium did not answer: " + e, e);
        }
    }

    private void received(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
            } else if (message.path("method").asText().equals("Page.loadEventFired")) {
                loaded.complete(null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary profile left behind is harmless
        }
    }

    /** Reassembles messages that arrive in parts (a printed PDF is megabytes of base64). */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile Chromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                owner.received(text);
            }
            webSocket.request(1);
            return null;
        }
    }

    /** Whether a Chromium can be started here (for tests that need one). */
    public static boolean available() {
        String command = System.getenv().getOrDefault("MASTHEAD_CHROMIUM", "chromium");
        return List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command))) || Files.isExecutable(Path.of(command));
    }
}
