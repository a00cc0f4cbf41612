package org.masthead.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;
import org.masthead.model.Page;
import org.masthead.model.Section;

/**
 * Properties of generated output: the shapes real dailies print (issue 13) are there, in the page
 * files as printed and in the truth as a perfect parser would read them.
 */
class RealShapesTest {
    private static final List<String> BOXED_NOTES = List.of("相关链接", "新闻背景", "数说", "延伸阅读");
    private static List<GeneratedEdition> editions;
    private static final List<Item> items = new ArrayList<>();
    private static final StringBuilder text = new StringBuilder();

    @BeforeAll
    static void generateTwoMonths() throws Exception {
        editions = Corpora.generate(Corpora.spec("2024-03-01", "2024-04-30", 3, Damage.NONE));
        for (GeneratedEdition edition : editions) {
            edition.truth().pages().forEach(page -> items.addAll(page.items()));
            for (GeneratedEdition.PageFile file : edition.files()) {
                text.append(Corpora.decode(file)).append('\n');
            }
        }
    }

    private static long count(java.util.function.Predicate<Item> test) {
        return items.stream().filter(test).count();
    }

    @Test
    void headlinesCarryFiguresDecimalsPercentagesAndLatinLetters() {
        assertThat(count(i -> i.headline() != null && i.headline().matches(".*\\d+\\.\\d+.*"))).isGreaterThan(10);
        assertThat(count(i -> i.headline() != null && i.headline().matches(".*\\d+(\\.\\d+)?%.*"))).isGreaterThan(10);
        assertThat(count(i -> i.headline() != null && i.headline().matches(".*[A-Z]{2,}.*|.*5G.*"))).isGreaterThan(5);
        assertThat(count(i -> i.headline() != null && i.headline().matches(".+—.+"))).isGreaterThan(2);
        assertThat(count(i -> i.headline() != null && i.headline().contains("出版"))).isGreaterThan(0);
        // Decimals in body text too, where the full stop of a sentence must not be confused with them.
        assertThat(text).containsPattern("\\d\\.\\d+亿");
    }

    @Test
    void speechesCarryTheirDateAsSubtitleAndTheSpeakerAsAuthor() {
        List<Item> speeches = items.stream().filter(i -> i.headline() != null && i.headline().endsWith("的讲话")).toList();
        assertThat(speeches).isNotEmpty().allSatisfy(speech -> {
            assertThat(speech.subtitle()).matches("（\\d{4}年\\d{1,2}月\\d{1,2}日）");
            assertThat(speech.authors()).hasSize(1);
            assertThat(speech.sections().size()).isGreaterThan(3);
        });
    }

    @Test
    void subheadsAndSectionHeadingsEndWithoutPunctuation() {
        List<String> headings = items.stream().flatMap(i -> i.sections().stream()).map(Section::heading)
                .filter(h -> h != null).toList();
        assertThat(headings).anyMatch(h -> h.startsWith("●")).anyMatch(h -> h.startsWith("■"))
                .anyMatch(h -> h.matches("[一二三四五六七八九十]+、.*"));
        assertThat(headings).noneMatch(h -> h.matches(".*[。！？；，]"));
    }

    @Test
    void someBodiesHoldASecondDatelineAndEditorsNotesOpenSomeFeatures() {
        Pattern dateline = Pattern.compile("^本报.{1,8}\\d{1,2}月\\d{1,2}日电");
        assertThat(count(i -> i.sections().stream().flatMap(s -> s.paragraphs().stream()).skip(1)
                .anyMatch(p -> dateline.matcher(p).find()))).isGreaterThan(3);
        assertThat(count(i -> i.bodyText().startsWith("编者按："))).isGreaterThan(3);
    }

    @Test
    void boxesHoldReportersNotesShortCommentsAndBackground() {
        assertThat(count(i -> "记者手记".equals(i.kicker()) && i.kind() == ItemKind.COMMENTARY && i.authors().size() == 1))
                .isGreaterThan(3);
        assertThat(count(i -> "短评".equals(i.kicker()) && i.authors().isEmpty())).isGreaterThan(3);
        assertThat(count(i -> i.headline() != null && BOXED_NOTES.contains(i.headline()))).isGreaterThan(3);
    }

    @Test
    void bylinesAndEditorsLinesArePaddedAsDailiesSetThem() {
        // 本报记者　王　五　　李小四: the truth has the names closed up.
        assertThat(text).containsPattern("本报记者　\\p{IsHan}　\\p{IsHan}");
        assertThat(items).anySatisfy(i -> assertThat(i.authors()).anyMatch(a -> a.length() == 2));
        assertThat(text).containsPattern("责任编辑：\\p{IsHan}　\\p{IsHan}(　|$)");
        // Agency reporters in brackets after the dateline.
        assertThat(text).containsPattern("新华社\\p{IsHan}+\\d+月\\d+日电　（记者\\p{IsHan}+");
        assertThat(items).noneMatch(i -> i.authors().stream().anyMatch(a -> a.contains("　") || a.contains(" ")));
    }

    @Test
    void advertisementPagesRepeatByteIdenticallyAcrossDays() {
        Map<String, List<String>> daysByContent = new HashMap<>();
        for (GeneratedEdition edition : editions) {
            Edition truth = edition.truth();
            for (Page page : truth.pages()) {
                if ("广告".equals(page.name())) {
                    assertThat(page.items()).isEmpty();
                    assertThat(page.editors()).isEmpty();
                    String bytes = new String(edition.files().get(page.number() - 1).bytes(), java.nio.charset.StandardCharsets.UTF_8);
                    daysByContent.computeIfAbsent(bytes, b -> new ArrayList<>()).add(truth.date().toString());
                }
            }
        }
        assertThat(daysByContent).isNotEmpty();
        assertThat(daysByContent.values()).anyMatch(days -> days.size() >= 2);
    }

    @Test
    void reportsHaveRealLengthWithALongTail() {
        List<Integer> lengths = items.stream()
                .filter(i -> i.kind() == ItemKind.ARTICLE && i.continuedFrom() == null && i.continuedOn() == null
                        && i.headline() != null && !BOXED_NOTES.contains(i.headline()))
                .map(i -> i.bodyText().length()).sorted().toList();
        double mean = lengths.stream().mapToInt(Integer::intValue).average().orElseThrow();
        int median = lengths.get(lengths.size() / 2);
        assertThat(mean).isBetween(1000.0, 3000.0);
        assertThat(lengths.get(lengths.size() - 1)).isGreaterThan(3 * median);
        assertThat(lengths.get(lengths.size() / 20)).isLessThan(median / 2);
    }

    @Test
    void theSameDayIsTheSameWhateverTheRange() {
        CorpusSpec spec = Corpora.spec("2024-03-01", "2024-04-30", 3, Damage.NONE);
        GeneratedEdition alone = new EditionGenerator(spec).generate(LocalDate.parse("2024-04-02"));
        assertThat(alone.truth()).isEqualTo(editions.get(32).truth());
    }
}
