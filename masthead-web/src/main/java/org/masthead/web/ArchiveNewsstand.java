package org.masthead.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.masthead.archive.Archive;
import org.masthead.archive.EditionKey;
import org.masthead.archive.EditionSpan;
import org.masthead.archive.Finding;
import org.masthead.archive.PageImages;
import org.masthead.archive.PageRevision;
import org.masthead.archive.Title;
import org.masthead.model.Article;
import org.masthead.model.Edition;
import org.masthead.model.Warning;
import org.masthead.search.SearchException;
import org.masthead.search.SearchIndex;
import org.masthead.search.SearchRequest;
import org.masthead.search.SearchRequest.Facet;
import org.masthead.search.SearchResult;

/** The newsstand over the real archive (record and stitching) and its Solr search index. */
public final class ArchiveNewsstand implements Newsstand {
    /**
     * How long what was read from the record is reused: ingest runs in other processes, so nothing is kept
     * long, yet a reader's burst of requests (edition, page, article) reads each edition once.
     */
    private static final Duration FRESH = Duration.ofSeconds(5);
    /** Editions kept read, with their stitched articles: article, page and edition views share them. */
    private static final int EDITIONS_KEPT = 512;
    /** Where recently seen articles stand (item id → edition); only a hint, checked on use. */
    private static final int PLACES_KEPT = 200_000;
    /** The facets the reader offers, in the order it shows them. */
    private static final List<String> FACETS = List.of("title", "year", "kind", "page");
    /** What a search counts over all its hits: the facets shown, and months for its trend. */
    private static final Set<Facet> COUNTED = EnumSet.of(Facet.TITLE, Facet.YEAR, Facet.MONTH, Facet.PAGE, Facet.KIND);
    /**
     * How long a search's facets and trend are reused: paging through it, re-sorting it or drawing its trend
     * counts its hits once. Counting is what costs on a large archive (hundreds of milliseconds for a
     * million hits); the hits themselves are always fetched afresh.
     */
    private static final Duration COUNTS_FRESH = Duration.ofMinutes(1);

    private final Archive archive;
    /** Opened while the reader already serves: pages that do not search never wait for it. */
    private final CompletableFuture<SearchIndex> index;
    private final LoadingCache<String, List<TitleSummary>> titles = kept(1, key -> countTitles());
    /** A title's editions in one year, by "slug/year". */
    private final LoadingCache<String, List<EditionSummary>> years = kept(256, this::editionsOfYear);
    private final LoadingCache<EditionKey, Held> held = kept(EDITIONS_KEPT, new CacheLoader<>() {
        @Override
        public Held load(EditionKey key) {
            return read(key, lastIngest(key));
        }

        /** The copy held stays while its pages' newest ingest time is unchanged: far cheaper than a re-read. */
        @Override
        public Held reload(EditionKey key, Held before) {
            Optional<Instant> modified = lastIngest(key);
            return before.edition().isPresent() && before.modified().equals(modified) ? before : read(key, modified);
        }
    });
    private final LoadingCache<EditionKey, List<Warning>> findings = kept(EDITIONS_KEPT, this::check);
    private final PageImages images;
    private final PageTiles tiles;
    /** Where each page was printed (its original PDF and place), read with the page. */
    private final LoadingCache<PageKey, Optional<PageImages.Printed>> printed;
    private final Cache<String, EditionKey> places = Caffeine.newBuilder().maximumSize(PLACES_KEPT).build();
    /** Futures, so that readers asking for the same new search at once wait for one count, not run their own. */
    private final Cache<SearchQuery, CompletableFuture<Counts>> counted = Caffeine.newBuilder().maximumSize(1024)
            .expireAfterWrite(COUNTS_FRESH).build();

    public ArchiveNewsstand(Archive archive, SearchIndex index) {
        this(archive, CompletableFuture.completedFuture(index));
    }

    /** A newsstand whose search index is still being opened; searches wait for it, nothing else does. */
    public ArchiveNewsstand(Archive archive, CompletableFuture<SearchIndex> index) {
        this.archive = archive;
        this.index = index;
        this.images = new PageImages(archive);
        this.tiles = new PageTiles(images);
        this.printed = kept(EDITIONS_KEPT * 8, key -> images.printed(key.slug(), key.date(), key.page()));
    }

    /** The page images of this archive, which ingest through this server renders in the background. */
    public PageImages images() {
        return images;
    }

    private record PageKey(String slug, LocalDate date, int page) {
    }

    @Override
    public Optional<java.nio.file.Path> pageImage(String slug, LocalDate date, int page, PageImages.Size size) {
        return printed.get(new PageKey(slug, date, page)).flatMap(p -> images.file(p, size));
    }

    @Override
    public Optional<PageImages.Printed> printed(String slug, LocalDate date, int page) {
        return printed.get(new PageKey(slug, date, page));
    }

    @Override
    public Optional<java.nio.file.Path> pageTiles(String slug, LocalDate date, int page) throws java.io.IOException {
        Optional<PageImages.Printed> at = printed(slug, date, page);
        return at.isEmpty() ? Optional.empty() : Optional.of(tiles.tree(at.get()));
    }

    @Override
    public Optional<java.nio.file.Path> pagePdf(String slug, LocalDate date, int page) {
        return printed.get(new PageKey(slug, date, page)).flatMap(images::pdf);
    }

    /**
     * Drops what is held of these editions, and the lists and counts any ingest can change, so that a change
     * made in this process shows at once (changes from other processes show within {@link #FRESH}).
     */
    void changed(List<EditionKey> editions) {
        titles.invalidateAll();
        years.invalidateAll();
        counted.invalidateAll();
        held.invalidateAll(editions);
        printed.invalidateAll(); // few and cheap to read again; a page's original changes with its revision
        findings.invalidateAll(editions);
    }

    private SearchIndex index() {
        try {
            return index.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * A cache of what was read from the record: at most {@code size} entries, each read again once older than
     * {@link #FRESH}. The reader who finds it older still gets the copy held while one reload runs behind,
     * so a busy page's readers never all read the record at once.
     */
    private static <K, V> LoadingCache<K, V> kept(int size, CacheLoader<K, V> loader) {
        return Caffeine.newBuilder().maximumSize(size).refreshAfterWrite(FRESH).build(loader);
    }

    /** What a search counted over all its hits: the facets shown and the monthly trend. */
    private record Counts(Map<String, List<SearchResults.FacetValue>> facets, org.masthead.search.Trend monthly) {
    }

    /** One edition as read from the archive, its articles stitched, and when it was last ingested. */
    private record Held(Optional<Edition> edition, List<Article> articles, Optional<Instant> modified) {
    }

    @Override
    public List<TitleSummary> titles() {
        return titles.get("");
    }

    private List<TitleSummary> countTitles() {
        List<TitleSummary> counted = new ArrayList<>();
        for (Title title : archive.titles()) {
            EditionSpan span = archive.span(title.slug());
            counted.add(new TitleSummary(title.slug(), title.name(), span.editions(), span.first(), span.latest()));
        }
        return List.copyOf(counted);
    }

    @Override
    public List<EditionSummary> editions(String slug, int year, Integer month) {
        List<EditionSummary> ofYear = years.get(slug + "/" + year);
        return month == null ? ofYear : ofYear.stream().filter(e -> e.date().getMonthValue() == month).toList();
    }

    @Override
    public Optional<LocalDate> adjacentEdition(String slug, LocalDate date, boolean forward) {
        Optional<TitleSummary> title = title(slug);
        if (title.isEmpty() || title.get().first() == null) {
            return Optional.empty();
        }
        // The date's own year from the cache (the usual case: a neighbour in the same year); beyond it one
        // query of the record, so a date far from any edition costs the same as one beside it.
        int year = date.getYear();
        if (year >= title.get().first().getYear() && year <= title.get().latest().getYear()) {
            Stream<LocalDate> dates = editions(slug, year, null).stream().map(EditionSummary::date);
            Optional<LocalDate> found = forward ? dates.filter(d -> d.isAfter(date)).findFirst()
                    : dates.filter(d -> d.isBefore(date)).reduce((a, b) -> b);
            if (found.isPresent()) {
                return found;
            }
        }
        return archive.adjacentEdition(slug, date, forward);
    }

    private List<EditionSummary> editionsOfYear(String slugAndYear) {
        int slash = slugAndYear.lastIndexOf('/');
        return archive.editions(slugAndYear.substring(0, slash), Integer.parseInt(slugAndYear.substring(slash + 1)), null)
                .stream().map(e -> new EditionSummary(e.date(), e.issueNumber(), e.pageCount(), e.pagesHeld())).toList();
    }

    private Held held(String slug, LocalDate date) {
        return held.get(new EditionKey(slug, date));
    }

    /** Reads an edition and its stitched articles from the record. */
    private Held read(EditionKey key, Optional<Instant> modified) {
        Optional<Edition> edition = archive.edition(key.slug(), key.date());
        List<Article> articles = edition.isEmpty() ? List.of() : archive.articles(key.slug(), key.date());
        articles.forEach(a -> a.partIds().forEach(part -> places.put(part, key)));
        return new Held(edition, articles, modified);
    }

    private Optional<Instant> lastIngest(EditionKey key) {
        return archive.history(key.slug(), key.date(), null).stream().filter(PageRevision::current)
                .map(PageRevision::ingestedAt).max(Comparator.naturalOrder());
    }

    @Override
    public Optional<Edition> edition(String slug, LocalDate date) {
        return held(slug, date).edition();
    }

    @Override
    public Optional<Instant> modified(String slug, LocalDate date) {
        return held(slug, date).modified();
    }

    @Override
    public List<Article> articles(String slug, LocalDate date) {
        return held(slug, date).articles();
    }

    @Override
    public Optional<org.masthead.archive.RetiredItem> retired(String id) {
        return archive.retired(id);
    }

    @Override
    public Optional<Article> article(String id) {
        EditionKey place = places.getIfPresent(id);
        Optional<Article> known = place == null ? Optional.empty() : articleIn(place, id);
        // Not seen yet (or re-ingested since): ask the record where it stands, and read that edition once,
        // keeping it for the views that follow.
        return known.isPresent() ? known : archive.editionOf(id).flatMap(key -> articleIn(key, id));
    }

    private Optional<Article> articleIn(EditionKey key, String id) {
        return held.get(key).articles().stream().filter(a -> a.partIds().contains(id)).findFirst();
    }

    @Override
    public List<Warning> findings(String slug, LocalDate date) {
        return findings.get(new EditionKey(slug, date));
    }

    private List<Warning> check(EditionKey key) {
        return archive.checkFindings(key.slug(), key.date()).stream().map(ArchiveNewsstand::warning).toList();
    }

    private static Warning warning(Finding finding) {
        String where = finding.page() == null ? "" : "p" + finding.page() + ": ";
        return new Warning(finding.code(), where + finding.message());
    }

    @Override
    public SearchResults search(SearchQuery query) {
        SearchRequest request = request(query);
        SearchQuery matching = query.matching();
        CompletableFuture<Counts> mine = new CompletableFuture<>();
        CompletableFuture<Counts> known = counted.asMap().putIfAbsent(matching, mine);
        SearchResult result;
        Counts counts;
        if (known == null) {
            // This reader counts, in the same pass that finds its hits; readers of the same search meanwhile wait.
            try {
                result = run(() -> index().search(request.withFacets(COUNTED)));
                counts = countsOf(request, result);
                mine.complete(counts);
            } catch (RuntimeException e) {
                counted.invalidate(matching); // a failure is told to those waiting, not remembered
                mine.completeExceptionally(e);
                throw e;
            }
        } else {
            counts = join(known);
            result = run(() -> index().search(request));
        }
        List<SearchResults.Hit> hits = result.hits().stream().map(h -> new SearchResults.Hit(h.id(), h.title(),
                h.titleName(), h.date(), h.pages(), h.kind(), h.headline(), h.label(), snippet(h))).toList();
        return new SearchResults(result.total(), query.start(), hits, counts.facets());
    }

    private static Counts join(CompletableFuture<Counts> counting) {
        try {
            return counting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Counts countsOf(SearchRequest request, SearchResult result) {
        Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
        for (String name : FACETS) {
            facets.put(name, result.facets().getOrDefault(name, Map.of()).entrySet().stream()
                    .map(e -> new SearchResults.FacetValue(e.getKey(), e.getValue())).toList());
        }
        return new Counts(facets, index().trend(request, result, org.masthead.search.Trend.Period.MONTH));
    }

    @Override
    public Trend trend(SearchQuery query, Trend.Interval interval) {
        // Counted with the search already (the search page asks right after it), or else counted on its own.
        CompletableFuture<Counts> known = counted.getIfPresent(query.matching());
        org.masthead.search.Trend trend;
        if (known != null && known.isDone() && !known.isCompletedExceptionally() && interval != Trend.Interval.DAY) {
            org.masthead.search.Trend monthly = known.join().monthly();
            trend = interval == Trend.Interval.YEAR ? monthly.byYear() : monthly;
        } else {
            trend = run(() -> index().trend(request(query), switch (interval) {
                case DAY -> org.masthead.search.Trend.Period.DAY;
                case MONTH -> org.masthead.search.Trend.Period.MONTH;
                case YEAR -> org.masthead.search.Trend.Period.YEAR;
            }));
        }
        return new Trend(interval, trend.points().stream()
                .map(p -> new Trend.Bucket(p.period(), p.count(), p.articles())).toList());
    }

    private static SearchRequest request(SearchQuery q) {
        SearchRequest.Sort sort = switch (q.sort()) {
            case RELEVANCE -> SearchRequest.Sort.RELEVANCE;
            case NEWEST -> SearchRequest.Sort.DATE;
            case OLDEST -> SearchRequest.Sort.DATE_ASC;
        };
        return new SearchRequest(q.q(), q.from(), q.to(), q.title() == null ? List.of() : List.of(q.title()),
                q.kind() == null ? List.of() : List.of(q.kind()), q.page() == null ? List.of() : List.of(q.page()),
                List.of(), sort, q.start(), q.rows(), Set.of());
    }

    /** The hit's passage with matches in mark (the index marks them with em); none for an article without text. */
    private static String snippet(SearchResult.Hit hit) {
        return hit.snippet() == null ? "" : hit.snippet().replace("<em>", "<mark>").replace("</em>", "</mark>");
    }

    /** Runs a search; what the index refuses to run as asked (query syntax) is the user's to fix. */
    private static <T> T run(java.util.function.Supplier<T> search) {
        try {
            return search.get();
        } catch (SearchException.IndexFailure e) {
            throw e; // the server's failure (500, logged), not the client's, and its message is not the client's to read
        } catch (SearchException e) {
            throw new BadQueryException(e.getMessage());
        }
    }
}
