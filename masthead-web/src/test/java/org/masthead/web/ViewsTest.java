package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.masthead.search.Marks;

/** The small pieces the pages are made of: marking, interface words, slugs, calendar weeks, the chart. */
class ViewsTest {

    @Test
    void highlightEscapesTextAndMarksEveryWord() {
        assertThat(Highlight.html("中亚峰会<b>中亚</b>", "中亚")).isEqualTo(
                "<mark>中亚</mark>峰会&lt;b&gt;<mark>中亚</mark>&lt;/b&gt;");
        assertThat(Highlight.html("Astana & Beijing", "beijing astana"))
                .isEqualTo("<mark>Astana</mark> &amp; <mark>Beijing</mark>");
        assertThat(Highlight.html("<script>", null)).isEqualTo("&lt;script&gt;");
        assertThat(Highlight.html("无匹配", "中亚")).isEqualTo("无匹配");
    }

    /** Issue 16 finding 9: lower-casing İ (U+0130) makes two characters, and the marks were placed off the text. */
    @Test
    void highlightKeepsPositionsWhenCaseFoldingChangesLengths() {
        assertThat(Highlight.html("İİİ İstanbul and ISTANBUL", "istanbul")).isEqualTo(
                "İİİ <mark>İstanbul</mark> and <mark>ISTANBUL</mark>");
        assertThat(Highlight.html("İİ<b>", "b")).isEqualTo("İİ&lt;<mark>b</mark>&gt;");
        assertThat(Marks.passage(List.of("İİİİİİ 中亚"), "中亚", 60, "mark")).contains("<mark>中亚</mark>");
    }

    @Test
    void highlightMarksWhatSearchMatchesNotTheQuerysWords() {
        // Traditional query, simplified text: the index's normalisation finds them equal, so does marking.
        assertThat(Highlight.html("一支军队有没有战斗力 for the army", "軍隊 OR headline:中国"))
                .isEqualTo("一支<mark>军队</mark>有没有战斗力 for the army"); // the operator OR marks nothing
        // Punctuation does not count: the phrase marks across the closing quote it was typed with.
        assertThat(Highlight.html("“走后门”行不通了", "走后门”行不通")).isEqualTo("“<mark>走后门”行不通</mark>了");
        // Full-width and case folding; Latin words only as whole words; NOT terms are not marked.
        assertThat(Highlight.html("ＡＢＣ abcd Abc", "abc -abcd")).isEqualTo("<mark>ＡＢＣ</mark> abcd <mark>Abc</mark>");
        assertThat(Highlight.html("中亚峰会", "(中亚")).isEqualTo("中亚峰会"); // a bad query marks nothing
    }

    @Test
    void searchPagesAreNumberedAroundTheCurrentOne() {
        // 854 hits, 10 a page, on page 6: 1 … 4 5 [6] 7 8 … 86.
        List<PageLinks> links = PageLinks.around(50, 10, 854);
        assertThat(links.stream().map(l -> l.gap() ? "…" : l.current() ? "[" + l.number() + "]" : "" + l.number()))
                .containsExactly("1", "…", "4", "5", "[6]", "7", "8", "…", "86");
        assertThat(links.get(links.size() - 1).start()).isEqualTo(850);
        assertThat(PageLinks.around(0, 10, 7)).as("one page needs no numbers").isEmpty();
        // Never beyond the deepest start a search serves (10,000).
        assertThat(PageLinks.around(0, 10, 1_000_000).get(PageLinks.around(0, 10, 1_000_000).size() - 1).start())
                .isLessThanOrEqualTo(10_000);
    }

    @Test
    void interfaceWordsInBothLanguages() {
        assertThat(Lang.ZH.t("page.label", 3)).isEqualTo("第三版");
        assertThat(Lang.ZH.t("jump.on", 12)).isEqualTo("下转第十二版");
        assertThat(Lang.EN.t("jump.from", 1)).isEqualTo("Continued from page 1");
        assertThat(Lang.ZH.t("edition.issue", 24632)).isEqualTo("第24632号");
        assertThat(Lang.EN.t("search.total", 12345)).isEqualTo("12345 articles found");
        // Every key exists in both languages.
        assertThat(keys(Lang.ZH)).isEqualTo(keys(Lang.EN));
    }

    private static java.util.Set<Object> keys(Lang lang) {
        try (var in = Lang.class.getResourceAsStream("messages_" + lang.code() + ".properties")) {
            java.util.Properties p = new java.util.Properties();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return p.keySet();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void acceptLanguagePicksTheFirstLanguageOffered() {
        assertThat(Lang.fromAcceptLanguage("en-US,en;q=0.9,zh;q=0.8")).isEqualTo(Lang.EN);
        assertThat(Lang.fromAcceptLanguage("zh-TW,en;q=0.5")).isEqualTo(Lang.ZH);
        assertThat(Lang.fromAcceptLanguage("fr-FR,en;q=0.5")).isEqualTo(Lang.EN);
        assertThat(Lang.fromAcceptLanguage("fr")).isEqualTo(Lang.ZH);
        assertThat(Lang.fromAcceptLanguage(";;;q=x")).isEqualTo(Lang.ZH);
        assertThat(Lang.fromAcceptLanguage(null)).isEqualTo(Lang.ZH);
    }

    @Test
    void lunarDateIsComputedWhenNotPrinted() {
        assertThat(Ui.lunar(LocalDate.of(2025, 6, 19))).isEqualTo("乙巳年五月廿四");
    }

    @Test
    void slugsAreLowerCaseWordsAndNeverAReservedPath() {
        assertThat(Urls.isSlug("jiefangjunbao")).isTrue();
        assertThat(Urls.isSlug("people-daily-2")).isTrue();
        for (String bad : List.of("api", "search", "static", "articles", "Jfjb", "", "-x", "a/b", "favicon.ico")) {
            assertThat(Urls.isSlug(bad)).as(bad).isFalse();
        }
        assertThat(Urls.isSlug(org.masthead.archive.Slugs.of("Search"))).as("minted slugs are accepted").isTrue();
        assertThat(Urls.article("a b/c")).isEqualTo("/articles/a%20b%2Fc");
    }

    @Test
    void calendarWeeksStartOnMondayAndHoldEveryDayOnce() {
        List<List<LocalDate>> weeks = Reader.weeks(YearMonth.of(2025, 6));
        assertThat(weeks).allSatisfy(w -> assertThat(w).hasSize(7));
        assertThat(weeks.get(0).get(6)).isEqualTo(LocalDate.of(2025, 6, 1)); // a Sunday
        assertThat(weeks.stream().flatMap(List::stream).filter(java.util.Objects::nonNull)).hasSize(30);
    }

    @Test
    void trendBarsAreAsTallAsTheirCounts() {
        Trend trend = new Trend(Trend.Interval.MONTH, List.of(new Trend.Bucket("2025-05", 2, 10),
                new Trend.Bucket("2025-06", 0, 10), new Trend.Bucket("2025-07", 4, 10)));
        String svg = TrendChart.svg(trend, "“中亚” <per month>");
        assertThat(svg).contains("aria-label=\"“中亚” &lt;per month&gt;\"").contains("<title>2025-07: 4</title>");
        Matcher heights = Pattern.compile("height=\"([0-9.]+)\"").matcher(svg);
        List<Double> bars = heights.results().map(m -> Double.parseDouble(m.group(1))).toList();
        assertThat(bars).hasSize(3);
        assertThat(bars.get(1)).isZero();
        assertThat(bars.get(2)).isEqualTo(2 * bars.get(0), org.assertj.core.data.Offset.offset(0.2));
        // Every coordinate to a tenth of a pixel.
        assertThat(Pattern.compile(" (?:x|y|width|height)=\"([^\"]*)\"").matcher(svg).results().map(m -> m.group(1)))
                .isNotEmpty().allMatch(v -> v.matches("\\d+(?:\\.\\d)?"));
    }
}
