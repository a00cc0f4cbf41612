package org.masthead.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.masthead.web.Desk;
import java.util.concurrent.Callable;
import org.masthead.model.Json;
import org.masthead.archive.Archive;
import org.masthead.search.SearchException;
import org.masthead.search.SearchIndex;
import org.masthead.search.SearchRequest;
import org.masthead.search.UserQuery;
import org.masthead.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the archive's articles. Any Chinese phrase matches exactly the articles that contain it.",
                "Query: words and \"quoted phrases\" (all must match), OR, NOT or -word, ( ), headline:, author:, "
                        + "title:, kind:, page:, date:2025-06 or date:2025-06-01..2025-06-30."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Mixin
    SearchOptions search;

    @Option(names = "--json", description = "Print {total, hits:[{id, title, date, pages, kind, headline, snippet}], "
            + "facets} as JSON.")
    boolean json;

    @Option(names = "--from", paramLabel = "D", description = "First edition date, inclusive (2025-06-01).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "Last edition date, inclusive.")
    LocalDate to;

    @Option(names = "--title", paramLabel = "T", description = "Only this title (slug or printed name).")
    List<String> titles;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind (article, commentary, photo, …).")
    List<String> kinds;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "10",
            description = "Hits to print (default ${DEFAULT-VALUE}, at most " + SearchRequest.MAX_ROWS + ").")
    int rows;

    @Option(names = "--start", paramLabel = "N", defaultValue = "0", description = "Skip this many hits (paging).")
    int start;

    @Option(names = "--sort", paramLabel = "relevance|date", defaultValue = "relevance",
            description = "Order: relevance (default), date (newest first) or date-asc.")
    String sort;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined).")
    List<String> query;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SearchRequest.Sort order;
        try {
            order = SearchRequest.Sort.valueOf(sort.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new UserError("--sort must be relevance, date or date-asc, not " + sort);
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            UserQuery.parse(String.join(" ", query)); // bad syntax is reported before anything is opened
        } catch (SearchException e) {
            throw new UserError(e.getMessage());
        }
        SearchRequest request = SearchRequest.of(String.join(" ", query)).withDates(from, to).withTitles(titles)
                .withKinds(kinds).withSort(order).withPage(start, rows);
        Optional<RunningServer> server = search.solr == null ? RunningServer.find(archive.data) : Optional.empty();
        if (server.isPresent()) {
            // The running server holds the index open: it answers, from the same index, the same hits.
            Desk.LocalSearch found = server.get().search(request);
            show(found.result(), request, found.indexed(), out);
        } else {
            // The index is brought level with the record first, as every start does.
            try (Archive opened = archive.openExisting();
                 SearchIndex index = search.openLevel(opened, spec.commandLine().getErr())) {
                show(index.search(request), request, index.count(), out);
            } catch (SearchException e) {
                throw new UserError(e.getMessage());
            }
        }
        out.flush();
        return 0;
    }

    private void show(SearchResult result, SearchRequest request, long indexed, PrintWriter out) {
        if (json) {
            out.println(Json.pretty(result));
        } else {
            print(result, request, indexed, out);
        }
    }

    private static void print(SearchResult result, SearchRequest request, long indexed, PrintWriter out) {
        out.printf(Locale.ROOT, "%d article(s) match %s%n", result.total(), request.query());
        if (indexed == 0) {
            out.println("(the search index is empty: run masthead reindex)");
        }
        int n = request.start();
        for (SearchResult.Hit hit : result.hits()) {
            out.printf(Locale.ROOT, "%3d. %s  %s  p.%s  [%s]  %s%n", ++n, hit.date(),
                    hit.titleName() == null ? hit.title() : hit.titleName(),
                    String.join(",", hit.pages().stream().map(String::valueOf).toList()), hit.kind(),
                    hit.label() == null ? "[" + hit.kind() + "]" : hit.label());
            if (hit.snippet() != null && !hit.snippet().isBlank()) {
                out.println("     " + plain(hit.snippet()));
            }
            out.println("     id " + hit.id());
        }
    }

    /** The HTML snippet for a terminal: matches in 【】, entities decoded. */
    static String plain(String snippet) {
        return snippet.replace("<em>", "【").replace("</em>", "】").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&#x2F;", "/")
                .replace("&amp;", "&");
    }
}
