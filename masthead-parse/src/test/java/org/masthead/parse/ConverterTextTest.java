package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;
import org.masthead.model.Item;

/**
 * What real converters (pdftotext, pdftotext -layout, mutool draw -F txt) make of printed pages, on small
 * made-up pages shaped like their output (see src/test/resources/converted for whole pages and their HTML).
 */
class ConverterTextTest {

    private static Edition parse(String text) {
        return Fixtures.parse("test-p01.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Item> items(String text) {
        return parse(text).pages().get(0).items();
    }

    @Test
    void radicalsFromType3FontsBecomeOrdinaryCharacters() {
        // mutool on a page Chromium printed with Noto Sans CJK (Type 3 fonts).
        assertThat(Radicals.fold("⼈⺠⽇报记者在⻋站⻔⼝。⼾籍")).isEqualTo("人民日报记者在车站门口。户籍");
        assertThat(Radicals.fold("clean 文本")).isSameAs("clean 文本");
    }

    @Test
    void justifiedTextIsClosedUpButLatinWordsKeepTheirSpaces() {
        assertThat(LetterSpacing.closeUp("新 华 社 武 汉 2 月 5 日 电")).isEqualTo("新华社武汉2月5日电");
        assertThat(LetterSpacing.closeUp("比 去 年 同 期 增 长 2.7% 。 其")).isEqualTo("比去年同期增长2.7%。其");
        assertThat(LetterSpacing.closeUp("撑 ， 把 Internet of Things 和 AI 技 术 用 好"))
                .isEqualTo("撑，把Internet of Things和AI技术用好");
        assertThat(LetterSpacing.closeUp("S H I L I  R I B A O")).isEqualTo("SHILI  RIBAO");
        // Padded names and a kicker's space are no letter spacing; a layout gutter stays.
        assertThat(LetterSpacing.closeUp("本报记者 王 五 李小四")).isEqualTo("本报记者 王 五 李小四");
        assertThat(LetterSpacing.closeUp("铁路部门加开临客 保障旅客平安出行")).isEqualTo("铁路部门加开临客 保障旅客平安出行");
        assertThat(LetterSpacing.closeUp("比 去 年 同 期 增 长   站增设售票窗口"))
                .isEqualTo("比去年同期增长   站增设售票窗口");
    }

    @Test
    void aSpacedAndRadicalPageReadsAsPlainChinese() {
        List<Item> items = items("""
                全国⼈⺠踊跃参加义务植树

                新 华 社 武 汉 3 月 1 2 日 电 记者从湖北省林业局获悉，今年以来全省⼈⺠群众积极参加义务植树。
                """);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).headline()).isEqualTo("全国人民踊跃参加义务植树");
        assertThat(items.get(0).dateline().place()).isEqualTo("武汉");
        assertThat(items.get(0).bodyText()).startsWith("新华社武汉3月12日电记者从湖北省林业局获悉，今年以来全省人民群众");
    }
}
