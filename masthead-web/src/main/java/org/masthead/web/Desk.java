package org.masthead.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.masthead.archive.Archive;
import org.masthead.archive.IngestSummary;
import org.masthead.model.Json;
import org.masthead.search.SearchIndex;
import org.masthead.search.SearchRequest;
import org.masthead.search.SearchResult;

/**
 * The one writer of an archive a server holds open. Everything that changes the archive while it is served
 * goes through here — the hot folder, and the CLI's {@code ingest} and {@code reindex}, which reach it over
 * {@code /api/local/…} with the token of the server file — so the record, the search index and the reader's
 * caches move together and no second process ever needs the index's or the database's write lock.
 */
public final class Desk {
    /** The header the CLI sends the server file's token in; requests without it find nothing here. */
    public static final String TOKEN_HEADER = "X-Masthead-Token";

    private final Archive archive;
    private final CompletableFuture<SearchIndex> index;
    private final ArchiveNewsstand newsstand;

    public Desk(Archive archive, CompletableFuture<SearchIndex> index, ArchiveNewsstand newsstand) {
        this.archive = archive;
        this.index = index;
        this.newsstand = newsstand;
    }

    /** Ingests page files and folders and brings search and the reader level with them; one run at a time. */
    public synchronized IngestSummary ingest(List<Path> paths, String title) {
        // Page images follow in the background: the pages show (re-typeset) at once, their images once drawn.
        IngestSummary summary = archive.ingest().title(title).pageImages(newsstand.images()).run(paths);
        if (summary.editionsTouched() > 0) {
            SearchLevel.level(archive, index()); // the editions this run touched, and any the index lacked
            newsstand.changed(summary.editions());
        }
        return summary;
    }

    /** Rebuilds the search index from the record. */
    public synchronized long reindex() {
        long count = SearchLevel.rebuild(archive, index()).articles();
        newsstand.images().rebuild(false); // the missing page images too, in the background
        newsstand.changed(List.of());
        return count;
    }

    private SearchIndex index() {
        try {
            return index.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The local API the CLI uses while this server runs; each call must carry {@code token}. */
    void register(Javalin app, String token) {
        app.post("/api/local/search", ctx -> {
            authorise(ctx, token);
            SearchRequest request = Json.mapper().readValue(ctx.bodyAsBytes(), SearchRequest.class);
            SearchIndex opened = index();
            try {
                Responses.json(ctx, new LocalSearch(opened.search(request), opened.count()), Responses.LISTING);
            } catch (org.masthead.search.SearchException e) {
                throw new BadQueryException(e.getMessage());
            }
        });
        app.post("/api/local/trend", ctx -> {
            authorise(ctx, token);
            LocalTrend asked = Json.mapper().readValue(ctx.bodyAsBytes(), LocalTrend.class);
            try {
                Responses.json(ctx, index().trend(asked.request(), asked.period()), Responses.LISTING);
            } catch (org.masthead.search.SearchException e) {
                throw new BadQueryException(e.getMessage());
            }
        });
        app.post("/api/local/ingest", ctx -> {
            authorise(ctx, token);
            LocalIngest asked = Json.mapper().readValue(ctx.bodyAsBytes(), LocalIngest.class);
            Responses.json(ctx, ingest(asked.paths().stream().map(Path::of).toList(), asked.title()),
                    Responses.LISTING);
        });
        app.post("/api/local/check", ctx -> {
            authorise(ctx, token);
            Responses.json(ctx, new LocalCheck(differences()), Responses.LISTING);
        });
        app.post("/api/local/reindex", ctx -> {
            authorise(ctx, token);
            Responses.json(ctx, Map.of("indexed", reindex()), Responses.LISTING);
        });
    }

    /** Sends the index whatever the record holds and it lacks, between this desk's ingests and reindexes. */
    public synchronized SearchLevel.Report level() {
        return SearchLevel.level(archive, index());
    }

    /** How the index this server holds differs from the record (see {@link SearchLevel#differences}). */
    public synchronized List<String> differences() {
        return SearchLevel.differences(archive, index());
    }

    /** What {@code check} prints of the index while this server holds it: its differences from the record. */
    public record LocalCheck(List<String> differences) {
    }

    /** A search as the CLI prints it: the index's own result and how many articles the index holds. */
    public record LocalSearch(SearchResult result, long indexed) {
    }

    /** A trend the CLI asks for ({@code export --trend}). */
    public record LocalTrend(SearchRequest request, org.masthead.search.Trend.Period period) {
    }

    /** An ingest the CLI hands over: absolute paths on this machine, and the title when mastheads lack it. */
    public record LocalIngest(List<String> paths, String title) {
    }

    private static void authorise(Context ctx, String token) {
        String given = ctx.header(TOKEN_HEADER);
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new NotFoundResponse("nothing at " + ctx.path()); // to anyone else, the local API is not there
        }
    }
}
