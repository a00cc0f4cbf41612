package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The passage a search hit shows: cut around the first match, marked as search matches, safe HTML. */
class MarksTest {

    @Test
    void aPassageOpensNearTheFirstMatchEvenInALaterLine() {
        String first = "第一段".repeat(40);
        String second = "前文".repeat(30) + "戰士們在邊防巡邏" + "后文".repeat(30);
        String passage = Marks.passage(List.of(first, second), "边防 OR 巡逻", 60, "em");
        assertThat(passage).startsWith("…").endsWith("…").doesNotContain("第一段")
                .contains("<em>邊防巡邏</em>"); // adjoining matches are one mark
        // the match stands a third of the way in, so its context before is shown too
        assertThat(passage.indexOf("<em>")).isBetween(15, 25);
    }

    @Test
    void thePassageEndsAfterAMatchItsLengthWouldCutNotInsideIt() {
        // 60 characters from a third before the first 军队 end inside the second (…战斗精神是军|队的魂)
        String line = "前文".repeat(15) + "军队" + "是要打仗的。练兵备战，功在平时，难在坚持。细节决定成败，为打赢。战斗精神是" + "军队的魂。";
        String passage = Marks.passage(List.of(line), "军队", 60, "em");
        assertThat(passage).startsWith("…").endsWith("战斗精神是<em>军队</em>…").doesNotContain("<em>军</em>");
    }

    @Test
    void withoutAMatchThePassageIsTheStartAndWithoutTextThereIsNone() {
        assertThat(Marks.passage(List.of("一二三四五", "六七八"), "峰会", 100, "em")).isEqualTo("一二三四五 六七八");
        assertThat(Marks.passage(List.of("一二三四五六七八九十"), "峰会", 4, "em")).isEqualTo("一二三四…");
        assertThat(Marks.passage(List.of(" ", ""), "峰会", 100, "em")).isNull();
        assertThat(Marks.passage(List.of("一二三"), "(峰会", 100, "em")).isEqualTo("一二三");
    }

    @Test
    void aMatchNeverRunsFromOneLineIntoTheNextAndNotTermsAreNotMarked() {
        // 峰 ends one paragraph and 会 opens the next: the index does not match 峰会 there, nor does the passage
        assertThat(Marks.passage(List.of("中亚峰", "会议在西安举行"), "峰会", 100, "em")).doesNotContain("<em>");
        assertThat(Marks.passage(List.of("中亚峰会 王毅出席"), "峰会 -王毅", 100, "em"))
                .isEqualTo("中亚<em>峰会</em> 王毅出席");
    }

    @Test
    void thePassageIsSafeHtmlAndCutsNoSurrogatePair() {
        assertThat(Marks.passage(List.of("<b>中亚</b> & \"峰会\""), "峰会", 100, "mark"))
                .isEqualTo("&lt;b&gt;中亚&lt;/b&gt; &amp; &quot;<mark>峰会</mark>&quot;");
        String wide = "𠀀".repeat(10) + "峰会";
        String passage = Marks.passage(List.of(wide), "峰会", 7, "em");
        assertThat(passage.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
    }
}
