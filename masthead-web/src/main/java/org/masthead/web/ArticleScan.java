package org.masthead.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.masthead.model.Article;

/**
 * Search by scanning logical articles for the query's words as substrings (every word must occur). An
 * interim stand-in for the Solr index: correct on small archives, linear in the archive's size.
 */
public final class ArticleScan {
    private static final int SNIPPET_CONTEXT = 40;

    private ArticleScan() {
    }

    public static SearchResults search(Stream<Article> articles, SearchQuery query) {
        List<String> words = words(query.q());
        List<Scored> matches = articles.filter(a -> accepts(a, query))
                .map(a -> new Scored(a, score(a, words)))
                .filter(s -> s.score > 0)
                .sorted(order(query.sort()))
                .toList();
        Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
        facets.put("title", facet(matches, s -> List.of(s.article.title())));
        facets.put("kind", facet(matches, s -> List.of(s.article.kind().json())));
        facets.put("year", facet(matches, s -> List.of(String.valueOf(s.article.date().getYear()))));
        facets.put("page", facet(matches, s -> s.article.pages().stream().map(String::valueOf).toList()));
        List<SearchResults.Hit> hits = matches.stream().skip(query.start()).limit(query.rows())
                .map(s -> hit(s.article, words)).toList();
        return new SearchResults(matches.size(), query.start(), hits, facets);
    }

    public static Trend trend(Stream<Article> articles, SearchQuery query, Trend.Interval interval) {
        List<String> words = words(query.q());
        TreeMap<YearMonth, Long> counts = articles.filter(a -> accepts(a, query) && score(a, words) > 0)
                .collect(Collectors.groupingBy(a -> YearMonth.from(interval == Trend.Interval.YEAR
                        ? a.date().withDayOfYear(1) : a.date()), TreeMap::new, Collectors.counting()));
        List<Trend.Bucket> buckets = new ArrayList<>();
        if (!counts.isEmpty()) {
            for (YearMonth m = counts.firstKey(); !m.isAfter(counts.lastKey());
                    m = interval == Trend.Interval.YEAR ? m.plusYears(1) : m.plusMonths(1)) {
                String period = interval == Trend.Interval.YEAR ? String.valueOf(m.getYear()) : m.toString();
                buckets.add(new Trend.Bucket(period, counts.getOrDefault(m, 0L)));
            }
        }
        return new Trend(interval, buckets);
    }

    private record Scored(Article article, int score) {
    }

    private static List<String> words(String q) {
        return Arrays.stream(q.replace("\"", " ").toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isBlank()).toList();
    }

    private static boolean accepts(Article a, SearchQuery q) {
        LocalDate date = a.date();
        return (q.title() == null || q.title().equals(a.title()))
                && (q.from() == null || !date.isBefore(q.from()))
                && (q.to() == null || !date.isAfter(q.to()))
                && (q.page() == null || a.pages().contains(q.page()))
                && (q.kind() == null || q.kind().equals(a.kind().json()));
    }

    private static String haystack(Article a) {
        return Stream.of(a.kicker(), a.headline(), a.subtitle(), a.text())
                .filter(s -> s != null).collect(Collectors.joining("\n"));
    }

    /** Occurrences of the words, headline matches counting thrice; 0 unless every word occurs. */
    private static int score(Article a, List<String> words) {
        String text = haystack(a).toLowerCase(Locale.ROOT);
        String headline = a.headline() == null ? "" : a.headline().toLowerCase(Locale.ROOT);
        int score = 0;
        for (String word : words) {
            int n = count(text, word);
            if (n == 0) {
                return 0;
            }
            score += n + 2 * count(headline, word);
        }
        return score;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }

    private static Comparator<Scored> order(SearchQuery.Sort sort) {
        Comparator<Scored> newest = Comparator.comparing((Scored s) -> s.article.date()).reversed();
        Comparator<Scored> byId = Comparator.comparing(s -> s.article.id());
        return switch (sort) {
            case NEWEST -> newest.thenComparing(byId);
            case OLDEST -> Comparator.comparing((Scored s) -> s.article.date()).thenComparing(byId);
            case RELEVANCE -> Comparator.comparingInt((Scored s) -> -s.score).thenComparing(newest).thenComparing(byId);
        };
    }

    private static List<SearchResults.FacetValue> facet(List<Scored> matches, Function<Scored, List<String>> values) {
        Map<String, Long> counts = matches.stream().flatMap(s -> values.apply(s).stream())
                .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new SearchResults.FacetValue(e.getKey(), e.getValue())).toList();
    }

    private static SearchResults.Hit hit(Article a, List<String> words) {
        String text = a.text().replace('\n', ' ');
        String lower = text.toLowerCase(Locale.ROOT);
        int at = words.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int from = Math.max(0, at - SNIPPET_CONTEXT);
        int to = Math.min(text.length(), at + SNIPPET_CONTEXT * 2);
        String excerpt = (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
        return new SearchResults.Hit(a.id(), a.title(), a.titleName(), a.date(), a.pages(), a.kind().json(),
                a.headline(), Highlight.html(excerpt, String.join(" ", words)));
    }
}
