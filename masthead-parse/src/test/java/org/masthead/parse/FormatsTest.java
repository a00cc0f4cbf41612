package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
    void binaryAndEmptyFilesAreClaimedByNoFormat() throws UnusableInputException {
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
        assertThatThrownBy(() -> Formats.detect(new Source(new PageSource("jfjb-2025-06-19.json",
                "{\"schema\" : \"masthead.edition/2\"}\n".getBytes(StandardCharsets.UTF_8)))))
                .as("a generator's ground truth beside its pages is not a page")
                .hasMessage("jfjb-2025-06-19.json: is text of no installed format (markdown, text, masthead-markdown)");
        assertThatThrownBy(() -> Formats.detect(new Source(new PageSource("notes.json",
                "{\"a\": 1}\n# 标题\n".getBytes(StandardCharsets.UTF_8)))))
                .as("a JSON object is no Markdown though a line of it opens with a heading mark")
                .hasMessage("notes.json: is text of no installed format (markdown, text, masthead-markdown)");
        assertThat(detected("a-p01.md", "<span id=\"page-1-0\"></span>\n\n# 解放军报\n\n## 标题\n\n正文。\n"))
                .as("an HTML anchor before the first heading, as some converters write").isEqualTo("markdown");
        assertThatThrownBy(() -> Formats.detect(new Source(new PageSource("mets.xml",
                "<?xml version=\"1.0\"?>\n<mets/>".getBytes(StandardCharsets.UTF_8))))).hasMessageContaining("is text of no");
        assertThat(TextDecoder.looksLikeText("解放军报".getBytes(StandardCharsets.UTF_16LE))).as("UTF-16 without BOM")
                .isTrue();
    }

    @Test
    void theParserNumbersPagesByTheOneFileNameRule() throws UnusableInputException {
        // Besides the corpus's names, those converters, e-paper sites and archives give: page-07, 07, renmrb_07,
        // 20191022_07, 2019-10-22-07.
        for (String name : new String[] {"jfjb-2025-06-19-p07.md", "jfjb-2025-06-19-pg07.md", "jfjb_2025-06-19_page_7.md",
            "第7版.md", "page-07.md", "07.md", "nbs.D110000renmrb_07.txt", "rmrb-20191022_07.md", "rmrb-2019-10-22-07.md"}) {
            EditionParser.Reading reading = new EditionParser().read(List.of(new PageSource(name,
                    "## 标题\n\n本报讯 正文。\n".getBytes(StandardCharsets.UTF_8))), ParseOptions.DEFAULTS);
            assertThat(reading.edition().pages()).extracting(org.masthead.model.Page::number).as(name).containsExactly(7);
            assertThat(reading.pagesBySource()).containsExactly(List.of(7));
            assertThat(PageNumbers.inFileName(name)).isEqualTo(7);
        }
        // A date's day, a scan's sequence number and a longer number are no page's.
        for (String name : new String[] {"rmrb_2019_10_22.md", "rmrb-2019-10-22.md", "2019-10-22.md", "0011.xml", "123.md"}) {
            assertThat(PageNumbers.inFileName(name)).as(name).isNull();
        }
        assertThat(PageNumbers.editionKey("rmrb-20191022_07.md")).isEqualTo(PageNumbers.editionKey("rmrb-20191022_08.md"))
                .isEqualTo("rmrb-20191022");
    }
}
