package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;

/** Issue 13's failure kinds on clean Markdown, one small made-up page each: clean text must come out as it is. */
class CleanMarkdownTest {
    private static final String FRONT_HEAD = """
            # 示例日报

            2025年6月19日 星期四 第24632号 示例日报社出版
            乙巳年五月廿四 今日8版 国内统一连续出版物号：CN 11-0000 邮发代号1-99

            """;

    private static Edition parse(String name, String markdown) {
        return Fixtures.parse(name, markdown.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Item> items(Edition edition) {
        return edition.pages().get(0).items();
    }

    @Test
    void aHeadlineWithAMastheadWordUnderTheMastheadStaysAHeadline() {
        Edition edition = parse("front-p01.md", FRONT_HEAD + """
                ## 《习近平关于城市工作论述摘编》单行本出版

                本报北京6月18日电 由中共中央党史和文献研究院编辑的《论述摘编》一书，近日由中央文献出版社出版，在全国发行。

                该书分10个专题，共计289段论述。
                """);
        assertThat(edition.date()).isEqualTo(LocalDate.of(2025, 6, 19));
        assertThat(edition.publisher()).isEqualTo("示例日报社");
        assertThat(edition.warnings()).isEmpty();
        assertThat(items(edition)).singleElement().satisfies(item -> {
            assertThat(item.headline()).isEqualTo("《习近平关于城市工作论述摘编》单行本出版");
            assertThat(item.sections().get(0).paragraphs()).hasSize(2);
        });
    }

    @Test
    void anInnerPagesDatedFirstHeadlineIsNoPageHeader() {
        Edition edition = parse("inner-p02.md", """
                第2版 要闻

                ## 在庆祝大会上的讲话 ——（2019年10月21日）

                同志们，朋友们：

                今天，我们在这里隆重集会，庆祝这个重要的日子。
                """);
        assertThat(edition.warnings()).isEmpty();
        assertThat(edition.date()).isNull();
        assertThat(edition.pages().get(0).number()).isEqualTo(2);
        assertThat(edition.pages().get(0).name()).isEqualTo("要闻");
        assertThat(items(edition)).singleElement().satisfies(item -> {
            assertThat(item.headline()).isEqualTo("在庆祝大会上的讲话");
            assertThat(item.subtitle()).isEqualTo("（2019年10月21日）");
            assertThat(item.sections().get(0).paragraphs()).hasSize(2);
        });
        // Beside pages of another date, the headline's date raises no edition mismatch.
        Edition both = Fixtures.parseAll(List.of(new PageSource("front-p01.md", (FRONT_HEAD + "## 标题\n\n正文。\n")
                .getBytes(StandardCharsets.UTF_8)), new PageSource("inner-p02.md", """
                第2版 要闻

                ## 在庆祝大会上的讲话 ——（2019年10月21日）

                同志们，朋友们：
                """.getBytes(StandardCharsets.UTF_8))));
        assertThat(both.warnings()).isEmpty();
        assertThat(both.pages().get(1).items().get(0).headline()).isEqualTo("在庆祝大会上的讲话");
    }
}
