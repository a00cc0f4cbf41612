package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;
import org.masthead.model.ItemKind;
import org.masthead.model.Section;

/** The embedded core: exact CJK substring recall, variants, syntax, facets, trends, sort and paging. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedSearchTest {

    static final int ARTICLES = 3000;

    @TempDir
    static Path data;
    SearchIndex index;
    List<Article> corpus;
    /** Each article's searchable units, normalised once: the brute-force side of every comparison. */
    Map<String, List<String>> normalized = new java.util.HashMap<>();

    @BeforeAll
    void build() {
        corpus = new ArrayList<>(TestCorpus.articles(ARTICLES, 20250619L));
        corpus.add(article("trad-1", "解放軍報記者報道", "全軍官兵認真學習。", LocalDate.of(2025, 6, 19)));
        corpus.add(article("simp-1", "解放军报记者报道", "全军官兵认真学习。", LocalDate.of(2025, 6, 20)));
        corpus.forEach(a -> normalized.put(a.id(), TestCorpus.units(a).stream().map(Normalization::normalize).toList()));
        index = SearchIndex.open(data, null);
        assertThat(index.index(corpus)).isEqualTo(corpus.size());
        // Every test runs beside the "indexed up to" mark, which no count, facet or search may see.
        assertThat(index.indexedUpTo()).isEmpty();
        index.commitUpTo(7);
    }

    @Test
    void theIndexedUpToMarkIsDurableAndNoArticle() {
        assertThat(index.indexedUpTo()).hasValue(7);
        assertThat(index.count()).isEqualTo(corpus.size());
        assertThat(index.search(SearchRequest.of("")).total()).isEqualTo(corpus.size());
        assertThat(index.ids(SearchRequest.of(""))).hasSize(corpus.size()).doesNotContain("masthead:indexed-up-to");
    }

    @AfterAll
    void close() {
        if (index != null) {
            index.close();
        }
    }

    static Article article(String id, String headline, String body, LocalDate date) {
        return new Article(id, "jiefangjunbao", "解放军报", date, List.of(1), List.of(id), ItemKind.ARTICLE, null,
                headline, null, List.of("李明"), null, List.of(new Section(null, List.of(body))), null, null);
    }

    /** Brute force over the record: articles having a unit whose normalised text contains the phrase. */
    Set<String> scan(String phrase) {
        String needle = Normalization.normalize(phrase);
        Set<String> ids = new TreeSet<>();
        for (Article a : corpus) {
            if (normalized.get(a.id()).stream().anyMatch(u -> u.contains(needle))) {
                ids.add(a.id());
            }
        }
        return ids;
    }

    @Test
    void everySubstringFindsExactlyTheArticlesThatContainIt() {
        Random random = new Random(42);
        int checked = 0;
        int multiWord = 0;
        while (checked < 1200) {
            Article a = corpus.get(random.nextInt(ARTICLES));
            List<String> units = TestCorpus.units(a);
            String unit = units.get(random.nextInt(units.size()));
            int length = 1 + random.nextInt(8);
            if (unit.length() < length) {
                continue;
            }
            int from = random.nextInt(unit.length() - length + 1);
            String phrase = unit.substring(from, from + length);
            if (!Normalization.hasCjk(phrase) || phrase.contains("\"") || Character.isLowSurrogate(phrase.charAt(0))) {
                continue;
            }
            Set<String> expected = scan(phrase);
            assertThat(expected).as("the source article contains %s", phrase).contains(a.id());
            Set<String> found = new TreeSet<>(index.ids(SearchRequest.of(UserQuery.quote(phrase))));
            assertThat(found).as("hits for \"%s\"", phrase).isEqualTo(expected);
            checked++;
            if (Normalization.normalize(phrase).length() >= 3) {
                multiWord++;
            }
        }
        assertThat(multiWord).isGreaterThan(400);
    }

    @Test
    void totalAndHitsAgreeWithTheScan() {
        for (String phrase : List.of("中亚峰会", "亚峰", "王毅表示", "中", "习近平主席", "峰会在哈萨克斯坦")) {
            SearchResult result = index.search(SearchRequest.of(phrase));
            assertThat(result.total()).as(phrase).isEqualTo(scan(phrase).size());
        }
    }

    @Test
    void traditionalAndSimplifiedFindEachOther() {
        Set<String> simplified = new TreeSet<>(index.ids(SearchRequest.of("解放军报记者")));
        Set<String> traditional = new TreeSet<>(index.ids(SearchRequest.of("解放軍報記者")));
        assertThat(simplified).contains("trad-1", "simp-1").isEqualTo(traditional);
        assertThat(index.ids(SearchRequest.of("軍"))).contains("trad-1", "simp-1");
        assertThat(index.ids(SearchRequest.of("全军官兵"))).contains("trad-1", "simp-1");
    }

    @Test
    void englishWordsUseWordSearch() {
        long expected = corpus.stream().filter(a -> a.text().contains("Researchers search the archive")).count();
        assertThat(expected).isPositive();
        assertThat(index.search(SearchRequest.of("archive")).total()).isEqualTo(expected);
        assertThat(index.search(SearchRequest.of("ARCHIVES")).total()).as("stemmed, case-folded").isEqualTo(expected);
        assertThat(index.search(SearchRequest.of("\"search the archive\"")).total()).isEqualTo(expected);
        assertThat(index.search(SearchRequest.of("arch")).total()).as("a word, not a substring").isZero();
    }

    @Test
    void booleanOperatorsExclusionAndFields() {
        Set<String> a = scan("中亚");
        Set<String> b = scan("王毅");
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        Set<String> either = new TreeSet<>(a);
        either.addAll(b);
        Set<String> aNotB = new TreeSet<>(a);
        aNotB.removeAll(b);
        assertThat(new TreeSet<>(index.ids(SearchRequest.of("中亚 王毅")))).isEqualTo(both);
        assertThat(new TreeSet<>(index.ids(SearchRequest.of("中亚 AND 王毅")))).isEqualTo(both);
        assertThat(new TreeSet<>(index.ids(SearchRequest.of("中亚 OR 王毅")))).isEqualTo(either);
        assertThat(new TreeSet<>(index.ids(SearchRequest.of("中亚 -王毅")))).isEqualTo(aNotB);
        assertThat(new TreeSet<>(index.ids(SearchRequest.of("中亚 NOT 王毅")))).isEqualTo(aNotB);
        assertThat(new TreeSet<>(index.ids(SearchRequest.of("(中亚 OR 王毅) -(中亚 王毅)")))).isEqualTo(
                symmetricDifference(a, b));

        Set<String> inHeadline = new TreeSet<>();
        corpus.stream().filter(x -> Normalization.normalize(x.headline()).contains("习近平")).forEach(x -> inHeadline.add(x.id()));
        assertThat(inHeadline).isNotEmpty();
        assertThat(new TreeSet<>(index.ids(SearchRequest.of("headline:习近平")))).isEqualTo(inHeadline);

        long byAuthor = corpus.stream().filter(x -> x.authors().contains("董建华")).count();
        assertThat(index.search(SearchRequest.of("author:董建华")).total()).isEqualTo(byAuthor);
        // A reporter's name is found by a plain phrase search too, though a byline is no body text.
        Set<String> signed = new TreeSet<>();
        corpus.stream().filter(x -> x.authors().contains("董建华")).forEach(x -> signed.add(x.id()));
        assertThat(signed).isNotEmpty();
        assertThat(new TreeSet<>(index.ids(SearchRequest.of("\"董建华\"")))).containsAll(signed);
        long photos = corpus.stream().filter(x -> x.kind() == ItemKind.PHOTO).count();
        assertThat(index.search(SearchRequest.of("kind:photo")).total()).isEqualTo(photos);
        long june = corpus.stream().filter(x -> x.date().getYear() == 2025 && x.date().getMonthValue() == 6).count();
        assertThat(index.search(SearchRequest.of("date:2025-06")).total()).isEqualTo(june);
        assertThat(index.search(SearchRequest.of("date:[2025-06-01 TO 2025-06-30]")).total()).isEqualTo(june);
        assertThat(index.search(SearchRequest.of("date:2025-06-01..2025-06-30")).total()).isEqualTo(june);
        long rmrb = corpus.stream().filter(x -> x.title().equals("renminribao")).count();
        assertThat(index.search(SearchRequest.of("title:人民日报")).total()).isEqualTo(rmrb);
        assertThat(index.search(SearchRequest.of("title:renminribao")).total()).isEqualTo(rmrb);
    }

    private static Set<String> symmetricDifference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        out.removeAll(both);
        return out;
    }

    @Test
    void badSyntaxIsAOneLineSearchException() {
        for (String bad : List.of("(中亚", "中亚)", "\"中亚", "中亚 AND", "OR 中亚", "foo:bar", "date:2025-13",
                "date:[2025-06-01 TO 2025-05-01]", "kind:poem", "page:x", "()", "，")) {
            assertThatThrownBy(() -> index.search(SearchRequest.of(bad)), bad)
                    .isInstanceOf(SearchException.class)
                    .hasMessageStartingWith("bad query: ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void filtersFacetsAndHighlight() {
        SearchRequest request = SearchRequest.of("中亚峰会").withDates(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 31))
                .withTitles(List.of("jiefangjunbao"));
        SearchResult result = index.search(request);
        long expected = corpus.stream().filter(a -> a.title().equals("jiefangjunbao"))
                .filter(a -> !a.date().isBefore(LocalDate.of(2024, 3, 1)) && !a.date().isAfter(LocalDate.of(2024, 8, 31)))
                .filter(a -> scan("中亚峰会").contains(a.id())).count();
        assertThat(result.total()).isEqualTo(expected).isPositive();
        assertThat(result.facets().get("title")).containsOnlyKeys("jiefangjunbao").containsValue(expected);
        assertThat(result.facets().get("year")).containsOnlyKeys("2024");
        assertThat(result.facets().get("month").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(expected);
        assertThat(result.facets().keySet()).containsExactly("title", "year", "month", "page", "kind", "author");
        for (SearchResult.Hit hit : result.hits()) {
            assertThat(hit.title()).isEqualTo("jiefangjunbao");
            assertThat(hit.date()).isBetween(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 31));
            assertThat(hit.headline()).isNotBlank();
            assertThat(hit.pages()).isNotEmpty();
            assertThat(Normalization.normalize(hit.snippet().replace("<em>", "").replace("</em>", "")))
                    .contains("中亚峰会");
            assertThat(hit.snippet()).contains("<em>");
        }
        SearchResult kinds = index.search(SearchRequest.of("中亚").withKinds(List.of("photo")).withPages(List.of(1)));
        assertThat(kinds.hits()).allSatisfy(h -> {
            assertThat(h.kind()).isEqualTo("photo");
            assertThat(h.pages()).contains(1);
        });
    }

    @Test
    void sortByDateAndPaging() {
        SearchRequest byDate = SearchRequest.of("中国").withSort(SearchRequest.Sort.DATE).withPage(0, 25);
        SearchResult first = index.search(byDate);
        SearchResult second = index.search(byDate.withPage(25, 25));
        assertThat(first.hits()).hasSize(25);
        List<SearchResult.Hit> both = new ArrayList<>(first.hits());
        both.addAll(second.hits());
        for (int i = 1; i < both.size(); i++) {
            assertThat(both.get(i).date()).isBeforeOrEqualTo(both.get(i - 1).date());
        }
        assertThat(both.stream().map(SearchResult.Hit::id).distinct()).hasSize(both.size());
        assertThat(index.search(byDate.withPage(0, 1000)).hits()).hasSize(SearchRequest.MAX_ROWS);
        SearchResult oldest = index.search(byDate.withSort(SearchRequest.Sort.DATE_ASC).withPage(0, 1));
        Set<String> matching = scan("中国");
        assertThat(oldest.hits().get(0).date()).isEqualTo(corpus.stream().filter(a -> matching.contains(a.id()))
                .map(Article::date).min(LocalDate::compareTo).orElseThrow());
    }

    @Test
    void relevancePutsHeadlineMatchesFirst() {
        SearchResult result = index.search(SearchRequest.of("解放军报记者").withPage(0, 5));
        assertThat(result.hits().get(0).headline()).isIn("解放軍報記者報道", "解放军报记者报道");
    }

    @Test
    void trendCountsPerMonthAndPerThousand() {
        Trend trend = index.trend(SearchRequest.of("中亚"), Trend.Period.MONTH);
        Set<String> matching = scan("中亚");
        java.time.YearMonth first = java.time.YearMonth.from(corpus.stream().map(Article::date).min(LocalDate::compareTo).orElseThrow());
        java.time.YearMonth last = java.time.YearMonth.from(corpus.stream().map(Article::date).max(LocalDate::compareTo).orElseThrow());
        assertThat(trend.points()).hasSize((int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        assertThat(trend.points().get(0).period()).isEqualTo(first.toString());
        for (Trend.Point point : trend.points()) {
            long count = corpus.stream().filter(a -> a.date().toString().startsWith(point.period()))
                    .filter(a -> matching.contains(a.id())).count();
            long all = corpus.stream().filter(a -> a.date().toString().startsWith(point.period())).count();
            assertThat(point.count()).as(point.period()).isEqualTo(count);
            assertThat(point.articles()).as(point.period()).isEqualTo(all);
            assertThat(point.perThousand()).isCloseTo(all == 0 ? 0 : count * 1000.0 / all,
                    org.assertj.core.data.Offset.offset(1e-9));
        }
        Trend years = index.trend(SearchRequest.of("中亚"), Trend.Period.YEAR);
        assertThat(years.points()).extracting(Trend.Point::period).containsExactly("2024", "2025");
        assertThat(years.csv()).startsWith("period,count,articles,per_thousand\n2024,");
    }

    @Test
    void oneSearchCountsItsYearsFromItsMonthsAndCarriesItsTrend() {
        SearchRequest request = SearchRequest.of("中国");
        SearchResult result = index.search(request);
        Set<String> matching = scan("中国");
        Map<String, Long> perMonth = new TreeMap<>();
        Map<String, Long> perYear = new TreeMap<>();
        corpus.stream().filter(a -> matching.contains(a.id())).forEach(a -> {
            perMonth.merge(java.time.YearMonth.from(a.date()).toString(), 1L, Long::sum);
            perYear.merge(String.valueOf(a.date().getYear()), 1L, Long::sum);
        });
        assertThat(result.facets().get("month")).as("every month with hits, in time order").containsExactlyEntriesOf(perMonth);
        assertThat(result.facets().get("year")).isEqualTo(perYear);
        List<Long> yearCounts = List.copyOf(result.facets().get("year").values());
        assertThat(yearCounts).as("largest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(index.trend(request, result, Trend.Period.MONTH)).isEqualTo(index.trend(request, Trend.Period.MONTH));
        assertThat(index.trend(request, result, Trend.Period.YEAR)).isEqualTo(index.trend(request, Trend.Period.YEAR));
        SearchResult withoutMonths = index.search(request.withFacets(java.util.EnumSet.of(SearchRequest.Facet.KIND)));
        assertThat(withoutMonths.facets()).containsOnlyKeys("kind");
        assertThatThrownBy(() -> index.trend(request, withoutMonths, Trend.Period.MONTH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDailyTrendCountsEachDayOfItsSpanAndRefusesDecades() {
        java.time.YearMonth month = java.time.YearMonth.from(corpus.get(corpus.size() / 2).date());
        SearchRequest request = SearchRequest.of("中国").withDates(month.atDay(1), month.atEndOfMonth());
        Trend days = index.trend(request, Trend.Period.DAY);
        Set<String> matching = scan("中国");
        List<LocalDate> dates = corpus.stream().map(Article::date).filter(d -> java.time.YearMonth.from(d).equals(month)).sorted().toList();
        LocalDate first = dates.get(0);
        assertThat(days.points()).hasSize((int) first.until(dates.get(dates.size() - 1), java.time.temporal.ChronoUnit.DAYS) + 1);
        for (int i = 0; i < days.points().size(); i++) {
            LocalDate day = first.plusDays(i);
            long count = corpus.stream().filter(a -> a.date().equals(day) && matching.contains(a.id())).count();
            long all = corpus.stream().filter(a -> a.date().equals(day)).count();
            assertThat(days.points().get(i)).isEqualTo(Trend.Point.of(day.toString(), count, all));
        }
        assertThat(days.byYear().points()).containsExactly(
                index.trend(request, Trend.Period.YEAR).points().toArray(Trend.Point[]::new));

        index.index(List.of(article("long-ago", "旧闻", "壬癸子丑。", LocalDate.of(2001, 1, 1))));
        try {
            assertThatThrownBy(() -> index.trend(SearchRequest.of("中国"), Trend.Period.DAY))
                    .isInstanceOf(SearchException.class).hasMessageContaining("at most " + SearchIndex.MAX_TREND_DAYS + " days");
        } finally {
            index.delete(List.of("long-ago"));
        }
    }

    @Test
    void trendTotalsFollowTheIndexsOwnWritesAtOnce() {
        SearchRequest everything = SearchRequest.of("");
        Trend before = index.trend(everything, Trend.Period.MONTH);
        assertThat(before.points()).extracting(Trend.Point::period).doesNotContain("2031-01");
        index.index(List.of(article("later-1", "来年头条", "壬癸子丑。", LocalDate.of(2031, 1, 5))));
        Trend after = index.trend(everything, Trend.Period.MONTH);
        assertThat(after.points().get(after.points().size() - 1)).isEqualTo(Trend.Point.of("2031-01", 1, 1));
        index.delete(List.of("later-1"));
        assertThat(index.trend(everything, Trend.Period.MONTH)).isEqualTo(before);
    }

    @Test
    void sendingAnEditionAgainDropsArticlesNoLongerInIt() {
        Article kept = article("edition-a", "一版头条", "甲乙丙丁戊己庚辛。", LocalDate.of(2030, 1, 1));
        Article dropped = article("edition-b", "一版二条", "甲乙丙丁戊己庚辛。", LocalDate.of(2030, 1, 1));
        Article otherDay = article("edition-c", "次日头条", "甲乙丙丁戊己庚辛。", LocalDate.of(2030, 1, 2));
        index.index(List.of(kept, dropped, otherDay));
        assertThat(index.ids(SearchRequest.of("甲乙丙丁戊己庚辛"))).containsExactlyInAnyOrder("edition-a", "edition-b",
                "edition-c");
        index.sendEdition("jiefangjunbao", LocalDate.of(2030, 1, 1), java.util.stream.Stream.of(kept));
        index.commit();
        assertThat(index.ids(SearchRequest.of("甲乙丙丁戊己庚辛"))).containsExactlyInAnyOrder("edition-a", "edition-c");
        index.delete(List.of("edition-a", "edition-c"));
        assertThat(index.ids(SearchRequest.of("甲乙丙丁戊己庚辛"))).isEmpty();
    }

    @Test
    void reopeningKeepsTheIndexAndItsMark() {
        index.close();
        index = SearchIndex.open(data, null);
        assertThat(index.indexedUpTo()).hasValue(7);
        Map<String, Map<String, Long>> facets = index.search(SearchRequest.of("")).facets();
        assertThat(facets.get("kind").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(corpus.size());
        assertThat(index.count()).isEqualTo(corpus.size());
    }
}
