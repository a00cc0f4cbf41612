package org.masthead.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.bench.corpus.Converter;
import org.masthead.bench.corpus.CorpusSpec;
import org.masthead.bench.corpus.Damage;
import org.masthead.bench.corpus.EditionGenerator;
import org.masthead.bench.corpus.Title;
import org.masthead.model.Dateline;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;
import org.masthead.model.Page;
import org.masthead.model.Masthead;
import org.masthead.model.Section;

class ReconstructionTest {
    private static final String A1 = "新华社北京6月18日电 当地时间6月18日上午，代表团结束访问返回北京。";
    private static final String A2 = "离开阿斯塔纳时，哈萨克斯坦高级官员到机场送行，场面热烈。";
    private static final String B1 = "天道酬勤，力耕不欺。人们常说：能力是金饭碗，是会升值的。";
    private static final String B2 = "军队是要打仗的。军队党员干部追求进步，最终目标是为了能打仗打胜仗。";

    private static Item item(String id, ItemKind kind, String headline, String... paragraphs) {
        return Item.builder().id(id).kind(kind).headline(headline)
                .sections(List.of(new Section(null, List.of(paragraphs)))).build();
    }

    private static Edition edition(Item... items) {
        return new Edition(Masthead.builder().title("解放军报").date(LocalDate.of(2025, 6, 19)).weekday(4)
                .issueNumber(24632).lunarDate("乙巳年五月廿四").pageCount(1).build(),
                List.of(), List.of(new Page(1, null, List.of(), List.of(items))));
    }

    private static final Edition TRUTH = edition(
            item("a", ItemKind.ARTICLE, "习近平回到北京", A1.substring(A1.indexOf(' ') + 1), A2),
            item("b", ItemKind.COMMENTARY, "坚持靠素质立身", B1, B2));

    @Test
    void theTruthItselfIsExactAndFullyAssigned() {
        Reconstruction score = new Reconstruction(5);
        score.add(TRUTH, TRUTH);
        Reconstruction.Result result = score.result();
        assertThat(result.exact()).isEqualTo(1.0);
        assertThat(result.textExact()).isEqualTo(1.0);
        assertThat(result.precision()).isEqualTo(1.0);
        assertThat(result.recall()).isEqualTo(1.0);
        assertThat(result.mastheads()).isEqualTo(1.0);
        assertThat(result.misses()).isEmpty();
    }

    @Test
    void aJumpIsStitchedOnlyWhenBothParsedPartsCarryIt() {
        CorpusSpec spec = new CorpusSpec(Title.of("解放军报"), LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-01-01"), 3, 8, 8, Converter.MARKDOWN, Damage.NONE);
        Edition truth = new EditionGenerator(spec).generate(LocalDate.parse("2025-01-01")).truth();
        // The same edition with every 上接 dropped: the texts are right, the jumps are not stitched.
        Edition unstitched = truth.withPages(truth.pages().stream().map(page -> page.withItems(page.items().stream()
                .map(i -> i.toBuilder().continuedFrom(null).build()).toList())).toList());
        Reconstruction score = new Reconstruction(1);
        score.add(truth, unstitched);
        assertThat(score.result().jumps()).isEqualTo(2);
        assertThat(score.result().jumpsStitched()).isZero();
        assertThat(score.result().precision()).isEqualTo(1.0);
    }

    @Test
    void generatedGroundTruthScoresPerfectlyAgainstItself() {
        CorpusSpec spec = new CorpusSpec(Title.of("解放军报"), LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-01-05"), 3, 8, 12, Converter.MARKDOWN, Damage.HEAVY);
        Reconstruction score = new Reconstruction(1);
        new EditionGenerator(spec).editions().forEach(e -> score.add(e.truth(), e.truth()));
        Reconstruction.Result result = score.result();
        assertThat(result.items()).isGreaterThan(200);
        assertThat(result.flatExact()).isEqualTo(1.0);
        assertThat(result.jumps()).isPositive().isEqualTo(result.jumpsStitched());
        assertThat(result.exactByFlag()).isNotEmpty()
                .allSatisfy((flag, counts) -> assertThat(counts[1]).isEqualTo(counts[0]).isPositive());
        assertThat(result.exact()).isEqualTo(1.0);
        assertThat(result.precision()).isEqualTo(1.0);
        assertThat(result.recall()).isEqualTo(1.0);
    }

    @Test
    void widthSpacesAndAKeptDatelineAreNormalisedAway() {
        Edition parsed = edition(
                item("x", ItemKind.ARTICLE, "习近平回到北京 ", A1.replace('，', ','), A2.replace("，", " , ")),
                item("y", ItemKind.COMMENTARY, "坚持靠素质立身", B1.replace('：', ':'), B2));
        Reconstruction score = new Reconstruction(5);
        score.add(TRUTH, parsed);
        assertThat(score.result().exact()).isEqualTo(1.0);
    }

    @Test
    void anUnjoinedCutIsNotExactButKeepsItsCharacters() {
        int cut = B2.length() / 2;
        Edition parsed = edition(TRUTH.pages().get(0).items().get(0),
                item("y", ItemKind.COMMENTARY, "坚持靠素质立身", B1, B2.substring(0, cut), B2.substring(cut)));
        Reconstruction score = new Reconstruction(5);
        score.add(TRUTH, parsed);
        Reconstruction.Result result = score.result();
        assertThat(result.exact()).isEqualTo(0.5);
        assertThat(result.recall()).isGreaterThan(0.85);
        assertThat(result.misses()).containsKey("text differs");
    }

    @Test
    void aParagraphInTheWrongItemCostsPrecisionAndRecall() {
        Edition parsed = edition(
                item("x", ItemKind.ARTICLE, "习近平回到北京", A1),
                item("y", ItemKind.COMMENTARY, "坚持靠素质立身", B1, B2, A2));
        Reconstruction score = new Reconstruction(5);
        score.add(TRUTH, parsed);
        Reconstruction.Result result = score.result();
        assertThat(result.exact()).isEqualTo(0.0);
        int moved = A2.length();
        int truthChars = A1.length() - "新华社北京6月18日电 ".length() + A2.length() + B1.length() + B2.length();
        assertThat(result.recall()).isCloseTo((double) (truthChars - moved) / truthChars, within(0.02));
        assertThat(result.precision()).isCloseTo((double) (truthChars - moved) / truthChars, within(0.02));
        assertThat(result.misses()).containsKeys("text ends early", "text has extra tail");
    }

    @Test
    void lostItemsAndWrongKindsAreCountedByReason() {
        Edition parsed = edition(item("y", ItemKind.ARTICLE, "坚持靠素质立身", B1, B2));
        Reconstruction score = new Reconstruction(5);
        score.add(TRUTH, parsed);
        Reconstruction.Result result = score.result();
        assertThat(result.exact()).isEqualTo(0.0);
        assertThat(result.misses()).containsKeys("text not found", "kind commentary read as article");
        assertThat(result.examples().values()).hasSize(2).allSatisfy(lines -> assertThat(lines).singleElement()
                .satisfies(line -> assertThat(line).startsWith("2025-06-19 p1 ")));
        assertThat(result.textExact()).isEqualTo(0.5);
        assertThat(result.precision()).isEqualTo(1.0);
        assertThat(result.recall()).isLessThan(0.7);
    }

    @Test
    void aFailedEditionLosesAllItsItems() {
        Reconstruction score = new Reconstruction(5);
        score.failed(TRUTH, "no masthead");
        assertThat(score.result().failedEditions()).isEqualTo(1);
        assertThat(score.result().recall()).isEqualTo(0.0);
        assertThat(score.result().examples().get("edition not parsed"))
                .containsExactly("2025-06-19: edition not parsed: no masthead");
        assertThat(new ArrayList<>(score.result().misses().keySet())).containsExactly("edition not parsed");
    }
}
