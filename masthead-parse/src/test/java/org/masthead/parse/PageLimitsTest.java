package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line limit counts printed lines: a final line break opens no line of its own. */
class PageLimitsTest {
    private static PageSource page(int lines, boolean finalBreak) {
        StringBuilder text = new StringBuilder("# 解放军报\n");
        for (int i = 1; i < lines; i++) {
            text.append(i % 2 == 0 ? "" : "训练场上练精兵。");
            if (i + 1 < lines || finalBreak) {
                text.append('\n');
            }
        }
        return new PageSource("jfjb-2025-06-19-p02.md", text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPageOfExactlyTheLimitEndingInALineBreakIsRead() throws UnusableInputException {
        assertThat(new EditionParser().parse(List.of(page(PageParser.MAX_LINES, true)), ParseOptions.DEFAULTS).pages())
                .hasSize(1);
    }

    @Test
    void aPageOfNothingButHeadingsStaysAPageOfItems() throws UnusableInputException {
        // Headings of one width under each other read as a headline wrapped over lines; a headline takes a few
        // lines, not the page (growing one headline line by line, the largest page took minutes to read).
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("## 标题").append(i).append("长".repeat(20)).append('\n');
        }
        PageSource page = new PageSource("jfjb-2025-06-20-p02.md", text.toString().getBytes(StandardCharsets.UTF_8));
        List<org.masthead.model.Item> items = new EditionParser().parse(List.of(page), ParseOptions.DEFAULTS).pages()
                .get(0).items();
        assertThat(items).hasSizeGreaterThanOrEqualTo(100)
                .allSatisfy(item -> assertThat(item.headline()).hasSizeLessThan(100));
    }

    @Test
    void oneLineMoreIsRefusedWithItsCount() {
        assertThatThrownBy(() -> new EditionParser().parse(List.of(page(PageParser.MAX_LINES + 1, true)),
                ParseOptions.DEFAULTS))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining((PageParser.MAX_LINES + 1) + " lines");
    }
}
