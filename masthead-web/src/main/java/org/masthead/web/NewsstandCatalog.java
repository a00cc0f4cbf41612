package org.masthead.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.masthead.model.Edition;
import org.masthead.oai.EditionCatalog;

/**
 * The newsstand's editions as OAI-PMH records: an edition's id is {@code slug/date}, its set its title,
 * its datestamp the time its record last changed.
 */
final class NewsstandCatalog implements EditionCatalog {
    private final Newsstand newsstand;

    NewsstandCatalog(Newsstand newsstand) {
        this.newsstand = newsstand;
    }

    @Override
    public List<Shelf> shelves() {
        return newsstand.titles().stream().map(t -> new Shelf(t.slug(), t.name())).toList();
    }

    /** Every edition of the set (all titles when null), in datestamp order. */
    private List<Entry> all(String set) {
        List<Entry> entries = new ArrayList<>();
        for (TitleSummary title : newsstand.titles()) {
            if (set != null && !set.equals(title.slug()) || title.first() == null) {
                continue;
            }
            for (int year = title.first().getYear(); year <= title.latest().getYear(); year++) {
                for (EditionSummary edition : newsstand.editions(title.slug(), year, null)) {
                    entry(title.slug(), edition.date()).ifPresent(entries::add);
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::datestamp).thenComparing(Entry::id));
        return entries;
    }

    @Override
    public Listing list(String set, Instant from, Instant until, long offset, int max) {
        List<Entry> matching = all(set).stream().filter(e -> from == null || !e.datestamp().isBefore(from))
                .filter(e -> until == null || !e.datestamp().isAfter(until)).toList();
        return new Listing(matching.stream().skip(offset).limit(max).toList(), matching.size());
    }

    @Override
    public Optional<Entry> entry(String id) {
        int slash = id.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        try {
            return entry(id.substring(0, slash), LocalDate.parse(id.substring(slash + 1)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Optional<Entry> entry(String slug, LocalDate date) {
        if (!Urls.isSlug(slug) || newsstand.title(slug).isEmpty()) {
            return Optional.empty();
        }
        return newsstand.modified(slug, date).map(m -> new Entry(slug + "/" + date, slug,
                m.truncatedTo(ChronoUnit.SECONDS)));
    }

    @Override
    public Optional<Edition> edition(String id) {
        return entry(id).flatMap(e -> newsstand.edition(e.set(), LocalDate.parse(id.substring(id.indexOf('/') + 1))));
    }

    @Override
    public Instant earliest() {
        return all(null).stream().map(Entry::datestamp).min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }
}
