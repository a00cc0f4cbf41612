package org.masthead.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.masthead.model.Article;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Page;
import org.masthead.model.Section;
import org.masthead.model.Warning;

/** Interim test newsstand over editions held in memory, until the archive's read API lands. */
final class MemoryNewsstand implements Newsstand {
    private final String slug;
    private final TreeMap<LocalDate, Edition> editions = new TreeMap<>();

    MemoryNewsstand(String slug, List<Edition> held) {
        this.slug = slug;
        held.forEach(e -> editions.put(e.date(), e));
    }

    @Override
    public List<TitleSummary> titles() {
        return List.of(new TitleSummary(slug, editions.firstEntry().getValue().title(), editions.size(),
                editions.firstKey(), editions.lastKey()));
    }

    @Override
    public List<EditionSummary> editions(String s, int year, Integer month) {
        return editions.values().stream().filter(e -> e.date().getYear() == year
                        && (month == null || e.date().getMonthValue() == month))
                .map(e -> new EditionSummary(e.date(), e.issueNumber(), e.pageCount(), e.pages().size())).toList();
    }

    @Override
    public Optional<LocalDate> adjacentEdition(String s, LocalDate date, boolean forward) {
        return Optional.ofNullable(forward ? editions.higherKey(date) : editions.lowerKey(date));
    }

    @Override
    public Optional<Edition> edition(String s, LocalDate date) {
        return s.equals(slug) ? Optional.ofNullable(editions.get(date)) : Optional.empty();
    }

    @Override
    public List<Article> articles(String s, LocalDate date) {
        Edition edition = editions.get(date);
        if (edition == null) {
            return List.of();
        }
        List<Article> articles = new ArrayList<>();
        for (Page page : edition.pages()) {
            for (Item item : page.items()) {
                if (item.continuedFrom() == null) {
                    articles.add(stitch(edition, page, item));
                }
            }
        }
        return articles;
    }

    /** Follows 下转 to the first item on the named page that says 上接 this page. */
    private Article stitch(Edition edition, Page page, Item first) {
        List<Item> parts = new ArrayList<>(List.of(first));
        List<Integer> pages = new ArrayList<>(List.of(page.number()));
        Item at = first;
        int onPage = page.number();
        while (at.continuedOn() != null) {
            int from = onPage;
            int target = at.continuedOn();
            Optional<Item> next = edition.pages().stream().filter(p -> p.number() == target)
                    .flatMap(p -> p.items().stream()).filter(i -> Integer.valueOf(from).equals(i.continuedFrom()))
                    .findFirst();
            if (next.isEmpty()) {
                break;
            }
            at = next.get();
            onPage = target;
            parts.add(at);
            pages.add(target);
        }
        List<Section> sections = parts.stream().flatMap(p -> p.sections().stream()).toList();
        return new Article(first.id(), slug, edition.title(), edition.date(), pages,
                parts.stream().map(Item::id).toList(), first.kind(), first.kicker(), first.headline(),
                first.subtitle(), new ArrayList<>(new LinkedHashSet<>(parts.stream()
                        .flatMap(p -> p.authors().stream()).toList())), first.dateline(), sections,
                first.caption(), first.credit());
    }

    @Override
    public Optional<Article> article(String id) {
        return editions.keySet().stream().flatMap(d -> articles(slug, d).stream())
                .filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public List<Warning> findings(String s, LocalDate date) {
        return List.of();
    }

    @Override
    public SearchResults search(SearchQuery query) {
        return ArticleScan.search(editions.keySet().stream().flatMap(d -> articles(slug, d).stream()), query);
    }

    @Override
    public Trend trend(SearchQuery query, Trend.Interval interval) {
        return ArticleScan.trend(editions.keySet().stream().flatMap(d -> articles(slug, d).stream()), query, interval);
    }
}
