package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static String detected(String name, String text) throws UnusableInputException {
        return Formats.detect(new Source(new PageSource(name, text.getBytes(StandardCharsets.UTF_8)))).name();
    }

    @Test
    void bothTextFormatsAreInstalledThroughTheServiceLoader() {
        assertThat(Formats.installed()).extracting(SourceFormat::name).contains("markdown", "text");
    }

    @Test
    void contentDecidesBetweenMarkdownAndPlainTextAndTheNameOnlyNudges() throws UnusableInputException {
        assertThat(detected("a-p01.md", "# 解放军报\n\n## 标题\n\n正文。\n")).isEqualTo("markdown");
        assertThat(detected("a-p01.txt", "# 解放军报\n\n## 标题\n\n正文。\n")).as("converters name Markdown .txt")
                .isEqualTo("markdown");
        assertThat(detected("a-p01.md", "解放军报\n\n标题\n\n正文。\n")).as("no marks: plain").isEqualTo("text");
        assertThat(detected("notes", "正文。\n")).isEqualTo("text");
    }

    @Test
    void binaryAndEmptyFilesAreClaimedByNoFormat() {
        assertThatThrownBy(() -> Formats.detect(new Source(new PageSource("page.md", new byte[] {'P', 'K', 3, 4, 0, 0, 1}))))
                .isInstanceOf(UnusableInputException.class).hasMessageStartingWith("page.md: is binary, of no installed format (");
        byte[] controls = new byte[200];
        Arrays.fill(controls, (byte) 7);
        assertThatThrownBy(() -> Formats.detect(new Source(new PageSource("page.md", controls))))
                .hasMessageStartingWith("page.md: is binary");
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0, 1, 2, (byte) 0xFF};
        assertThatThrownBy(() -> Formats.detect(new Source(new PageSource("page.pdf", pdf))))
                .hasMessageContaining("is binary");
        assertThatThrownBy(() -> Formats.detect(new Source(new PageSource("page.md", new byte[0]))))
                .hasMessage("page.md: is empty");
        assertThat(TextDecoder.looksLikeText("解放军报".getBytes(StandardCharsets.UTF_16LE))).as("UTF-16 without BOM")
                .isTrue();
    }
}
