package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerticalTextTest {
    @Test
    void aBlockOfSingleCharactersIsOneLine() {
        assertThat(VerticalText.join("哨所里的年夜饭\n\n军\n营\n观\n察\n\n正文")).isEqualTo("哨所里的年夜饭\n\n军营观察\n\n正文");
        // At the text's start and end, with spaces round the characters, and with no newline after the last.
        assertThat(VerticalText.join(" 边 \n关\n\n正文\n\n冬\n 夜")).isEqualTo("边关\n\n正文\n\n冬夜");
    }

    @Test
    void singleCharactersInsideABlockStayAsTheyAre() {
        // pdftotext's letters of a row spread wide, and a padded byline's: the column and byline stages read them.
        String spread = "织实兵对抗演练，参\n南\n昌\n相\n关\n涛密集出席十余场活";
        assertThat(VerticalText.join(spread)).isSameAs(spread);
        String byline = "本报记者\n姚\n洋\n董\n平\n■叶霞";
        assertThat(VerticalText.join(byline)).isSameAs(byline);
        // One character alone (a headline's last), or a figure, or a mark, tells nothing.
        String alone = "为官兵办实事解难\n\n题\n\n正文\n\n5\n6\n\n，\n。";
        assertThat(VerticalText.join(alone)).isSameAs(alone);
    }
}
