package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;

/**
 * Pages printed in Traditional characters or with full-width figures read as the same pages in Simplified
 * characters and ASCII figures do, and their items keep the characters they were printed in.
 */
class ReadingFormTest {
    private static final Pattern FIGURES = Pattern.compile("[0-9A-Za-z]");

    private static String fullWidthFigures(String text) {
        Matcher m = FIGURES.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf((char) (m.group().charAt(0) - '!' + '！')));
        }
        return m.appendTail(out).toString();
    }

    private static String markdown(String page) {
        return EditionMarkdown.of(Fixtures.parse(Fixtures.SAMPLE_NAME, page.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theReadingFormChangesOneCharacterForOne() {
        assertThat(ReadingForm.of("新華社北京６月１８日電　本報記者陳大文")).isEqualTo("新华社北京6月18日电　本报记者陈大文");
        String simplified = "解放军报 2025";
        assertThat(ReadingForm.of(simplified)).as("nothing to change: the text itself").isSameAs(simplified);
    }

    @Test
    void aRestorerGivesEachCharacterBackAsItWasPrintedBesideTheSameNeighbours() {
        String printed = "皇后在此後離開，後來又回到皇后宮，公里外的工廠裡。";
        String read = ReadingForm.of(printed);
        assertThat(read).isEqualTo("皇后在此后离开，后来又回到皇后宫，公里外的工厂里。");
        ReadingForm.Restorer restorer = ReadingForm.Restorer.of(printed, read);
        assertThat(restorer.restore(read)).isEqualTo(printed);
        // Pieces with their marks made even keep a neighbour at least; a character the page printed one way
        // comes back that way anywhere.
        assertThat(restorer.restore("在此后离开")).isEqualTo("在此後離開");
        assertThat(restorer.restore("工厂里,")).isEqualTo("工廠裡,");
        assertThat(restorer.restore(null)).isNull();
        assertThat(ReadingForm.Restorer.of(read, read)).isSameAs(ReadingForm.Restorer.NONE);
    }

    @Test
    void theSamplePageInTraditionalCharactersReadsAsItDoesInSimplifiedOnesAndKeepsItsCharacters() {
        String sample = Fixtures.sampleText();
        String traditional = Transliterator.getInstance("Simplified-Traditional").transliterate(sample);
        assertThat(traditional).contains("解放軍報", "習近平", "記者");
        String simplifiedRead = markdown(sample);
        String traditionalRead = markdown(traditional);
        assertThat(ReadingForm.of(traditionalRead)).isEqualTo(ReadingForm.of(simplifiedRead));
        assertThat(traditionalRead).contains("# 解放軍報", "習近平回到北京").doesNotContain("解放军报", "习近平");
    }

    @Test
    void theSamplePageWithFullWidthFiguresReadsAsItDoesWithAsciiOnes() {
        String sample = Fixtures.sampleText();
        String wide = fullWidthFigures(sample);
        assertThat(wide).contains("２０２５年６月１９日", "ＣＮ");
        Edition edition = Fixtures.parse(Fixtures.SAMPLE_NAME, wide.getBytes(StandardCharsets.UTF_8));
        assertThat(edition.masthead().date()).isEqualTo(Fixtures.parseSample().masthead().date());
        assertThat(ReadingForm.of(EditionMarkdown.of(edition))).isEqualTo(ReadingForm.of(EditionMarkdown.of(Fixtures.parseSample())));
        assertThat(EditionMarkdown.of(edition)).contains("２０２５年");
    }

    @Test
    void aTraditionalPagesDatelinesBylinesOpinionFormsAndJumpsAreRead() {
        List<Item> items = Fixtures.parse("ta-kung-pao-2025-01-02-p02.txt", """
                第2版 要聞

                兩岸經貿往來持續升溫

                新華社北京1月2日電（記者陳大文）今年以來，兩岸貿易總額達到２３５億美元，同比增長４.５％。有關負責人表示，將持續優化營商環境，為企業發展提供更多便利。（下轉第三版）

                短評

                細節決定成敗

                細節決定成敗，戰場上任何一個細節的疏忽都可能付出沈重代價。學習是立身之本、進步之階，必須堅持不懈、持之以恆。
                """.getBytes(StandardCharsets.UTF_8)).pages().get(0).items();
        assertThat(items).hasSize(2);
        Item report = items.get(0);
        assertThat(report.headline()).isEqualTo("兩岸經貿往來持續升溫");
        assertThat(report.dateline().place()).isEqualTo("北京");
        assertThat(report.authors()).containsExactly("陳大文");
        assertThat(report.continuedOn()).isEqualTo(3);
        assertThat(report.sections().get(0).paragraphs().get(0)).contains("２３５億美元").doesNotContain("（下轉");
        assertThat(items.get(1).kind()).isEqualTo(ItemKind.COMMENTARY);
        assertThat(items.get(1).headline()).isEqualTo("細節決定成敗");
    }
}
