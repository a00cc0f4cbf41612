package org.masthead.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.masthead.archive.Archive;
import org.masthead.archive.ArticleFilter;
import org.masthead.archive.Finding;
import org.masthead.archive.PageRevision;
import org.masthead.archive.Title;
import org.masthead.model.Article;
import org.masthead.model.Edition;
import org.masthead.model.Warning;

/**
 * The newsstand over the real archive. Search is, for now, {@link ArticleScan}: a substring scan over the
 * archive's logical articles, correct but linear in the archive's size, until the Solr index (masthead-search)
 * serves this port.
 */
public final class ArchiveNewsstand implements Newsstand {
    /**
     * How long what was read from the record is reused: ingest runs in other processes, so nothing is kept
     * long, yet a reader's burst of requests (edition, page, article) reads each edition once.
     */
    private static final Duration FRESH = Duration.ofSeconds(5);

    /** Editions read recently, with their stitched articles: a reader's article, page and edition views share them. */
    private static final int EDITIONS_KEPT = 256;

    private final Archive archive;
    private final Map<String, Held> held = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
            return size() > EDITIONS_KEPT;
        }
    });
    private volatile List<TitleSummary> titles;
    private volatile long titlesAt;

    public ArchiveNewsstand(Archive archive) {
        this.archive = archive;
    }

    @Override
    public List<TitleSummary> titles() {
        List<TitleSummary> cached = titles;
        if (cached == null || System.nanoTime() - titlesAt > FRESH.toNanos()) {
            List<TitleSummary> counted = new ArrayList<>();
            for (Title title : archive.titles()) {
                List<org.masthead.archive.EditionSummary> all = archive.editions(title.slug(), null, null);
                counted.add(new TitleSummary(title.slug(), title.name(), all.size(),
                        all.isEmpty() ? null : all.get(0).date(), all.isEmpty() ? null : all.get(all.size() - 1).date()));
            }
            cached = List.copyOf(counted);
            titles = cached;
            titlesAt = System.nanoTime();
        }
        return cached;
    }

    @Override
    public List<EditionSummary> editions(String slug, int year, Integer month) {
        return archive.editions(slug, year, month).stream()
                .map(e -> new EditionSummary(e.date(), e.issueNumber(), e.pageCount(), e.pagesHeld())).toList();
    }

    @Override
    public Optional<LocalDate> adjacentEdition(String slug, LocalDate date, boolean forward) {
        Optional<TitleSummary> title = title(slug);
        if (title.isEmpty() || title.get().first() == null) {
            return Optional.empty();
        }
        // Year by year from the date's own, so a gap of months or years between editions is stepped over.
        int step = forward ? 1 : -1;
        int stop = (forward ? title.get().latest() : title.get().first()).getYear();
        for (int year = date.getYear(); forward ? year <= stop : year >= stop; year += step) {
            List<org.masthead.archive.EditionSummary> held = archive.editions(slug, year, null);
            Stream<LocalDate> dates = held.stream().map(org.masthead.archive.EditionSummary::date);
            Optional<LocalDate> found = forward ? dates.filter(d -> d.isAfter(date)).findFirst()
                    : dates.filter(d -> d.isBefore(date)).reduce((a, b) -> b);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** One edition as read from the archive, its articles stitched, and when it was read. */
    private record Held(Optional<Edition> edition, List<Article> articles, Optional<Instant> modified, long readAt) {
    }

    /** The edition from the short-lived cache, read afresh when older than {@link #FRESH}. */
    private Held held(String slug, LocalDate date) {
        String key = slug + "/" + date;
        Held entry = held.get(key);
        if (entry == null || System.nanoTime() - entry.readAt() > FRESH.toNanos()) {
            Optional<Edition> edition = archive.edition(slug, date);
            List<Article> articles = edition.isEmpty() ? List.of() : archive.articles(slug, date);
            Optional<Instant> modified = edition.isEmpty() ? Optional.empty()
                    : archive.history(slug, date, null).stream().filter(PageRevision::current)
                            .map(PageRevision::ingestedAt).max(Comparator.naturalOrder());
            entry = new Held(edition, articles, modified, System.nanoTime());
            held.put(key, entry);
        }
        return entry;
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
    public Optional<Article> article(String id) {
        return archive.article(id);
    }

    @Override
    public List<Warning> findings(String slug, LocalDate date) {
        return archive.checkFindings(slug, date).stream().map(ArchiveNewsstand::warning).toList();
    }

    private static Warning warning(Finding finding) {
        String where = finding.page() == null ? "" : "p" + finding.page() + ": ";
        return new Warning(finding.code(), where + finding.message());
    }

    @Override
    public SearchResults search(SearchQuery query) {
        try (Stream<Article> articles = scan(query)) {
            return ArticleScan.search(articles, query);
        }
    }

    @Override
    public Trend trend(SearchQuery query, Trend.Interval interval) {
        try (Stream<Article> articles = scan(query)) {
            return ArticleScan.trend(articles, query, interval);
        }
    }

    private Stream<Article> scan(SearchQuery query) {
        return archive.articles(new ArticleFilter(query.title(), query.from(), query.to()));
    }
}
