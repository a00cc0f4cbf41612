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
    void oneLineMoreIsRefusedWithItsCount() {
        assertThatThrownBy(() -> new EditionParser().parse(List.of(page(PageParser.MAX_LINES + 1, true)),
                ParseOptions.DEFAULTS))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining((PageParser.MAX_LINES + 1) + " lines");
    }
}
