package org.masthead.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.masthead.archive.IngestSummary;
import org.masthead.model.Json;
import org.masthead.search.SearchRequest;
import org.masthead.web.Desk;

/**
 * A {@code masthead serve} running on a data folder, as its server file {@code <data>/server.json} announces
 * it: process id, the URL of its local API, and a token only those who can read the data folder know.
 *
 * <p>The running server owns the archive's writers (the search index and the database's write path). While it
 * runs, {@code search}, {@code ingest}, {@code reindex} and {@code demo} hand their work to it over the local
 * API, and the other verbs read the H2 database it serves to other processes ({@code AUTO_SERVER}); see
 * docs/web.md, "One archive, many users".
 *
 * @param pid   the server's process id (a file whose process is gone is stale and ignored)
 * @param url   where the server answers, e.g. {@code http://127.0.0.1:8080/}
 * @param token sent as {@link Desk#TOKEN_HEADER} with every local API call
 */
record RunningServer(long pid, String url, String token) {
    static final String FILE = "server.json";

    /** The server running on this data folder, if its file names a live process. */
    static Optional<RunningServer> find(Path data) {
        Path file = data.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            RunningServer server = Json.mapper().readValue(file.toFile(), RunningServer.class);
            boolean alive = ProcessHandle.of(server.pid()).map(ProcessHandle::isAlive).orElse(false);
            return alive && server.pid() != ProcessHandle.current().pid() ? Optional.of(server) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty(); // half-written or foreign: not a server we can talk to
        }
    }

    /** A fresh secret for the local API. */
    static String newToken() {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /** Announces this process as the server of {@code data} (readable by the owner only: it holds the token). */
    static RunningServer announce(Path data, String host, int port, String token) {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        RunningServer server = new RunningServer(ProcessHandle.current().pid(),
                "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + port + "/", token);
        Path file = data.resolve(FILE);
        Path partial = data.resolve(FILE + ".tmp");
        try {
            Files.deleteIfExists(partial);
            try {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException | FileAlreadyExistsException notPosix) {
                Files.createFile(partial);
            }
            Files.write(partial, Json.mapper().writeValueAsBytes(server), StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage());
        }
        return server;
    }

    /** Removes the server file, if it is still this server's. */
    void withdraw(Path data) {
        Path file = data.resolve(FILE);
        try {
            RunningServer current = Json.mapper().readValue(file.toFile(), RunningServer.class);
            if (current.token().equals(token)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException gone) {
            // Nothing to remove.
        }
    }

    /** Runs a search in the server. */
    Desk.LocalSearch search(SearchRequest request) {
        return call("search", request, Desk.LocalSearch.class);
    }

    /** Has the server count a trend. */
    org.masthead.search.Trend trend(SearchRequest request, org.masthead.search.Trend.Period period) {
        return call("trend", new Desk.LocalTrend(request, period), org.masthead.search.Trend.class);
    }

    /** Has the server ingest these files and folders (absolute paths: the server may run elsewhere in the tree). */
    IngestSummary ingest(List<Path> paths, String title) {
        List<String> absolute = paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
        return call("ingest", new Desk.LocalIngest(absolute, title), IngestSummary.class);
    }

    /** How the search index the server holds differs from the record, one line each (none when level). */
    List<String> indexDifferences() {
        return call("check", java.util.Map.of(), Desk.LocalCheck.class).differences();
    }

    /** Has the server rebuild its search index from the record; returns the articles indexed. */
    long reindex() {
        return call("reindex", java.util.Map.of(), JsonNode.class).path("indexed").asLong();
    }

    private <T> T call(String verb, Object body, Class<T> answer) {
        // HttpURLConnection rather than java.net.http: the latter sets up TLS on creation, which cost a
        // one-off CLI call more than the search itself.
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url + "api/local/" + verb).toURL()
                    .openConnection();
            connection.setConnectTimeout(5_000);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty(Desk.TOKEN_HEADER, token);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                Json.mapper().writeValue(out, body);
            }
            int status = connection.getResponseCode();
            try (InputStream in = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
                byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
                if (status != 200) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    throw new UserError(text.startsWith("{") ? Json.mapper().readTree(bytes).path("message").asText(text)
                            : "the server at " + url + " answered " + status);
                }
                return Json.mapper().readValue(bytes, answer);
            }
        } catch (IOException e) {
            throw new UserError("the server of this archive (process " + pid + ", " + url + ") did not answer: "
                    + e.getMessage());
        }
    }
}
