package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;

/**
 * The real sample page as other PDF-to-Markdown converters mark a page: HTML anchors before headings and
 * comments for pictures, one heading level for everything, headings as bold lines. Each reads as the page
 * does in its own converter's marks.
 */
class MarkdownStylesTest {
    private static final Pattern HEADING = Pattern.compile("(?m)^(#+) (.*)$");
    private static final String PICTURE_CAPTION = "夏日,海军某大队开展海上训练。";

    private final String sample = Fixtures.sampleText();
    private final String expected = EditionMarkdown.of(Fixtures.parseSample());

    private static String read(String markdown) throws UnusableInputException {
        Source source = new Source(new PageSource("jfjb-2025-06-19-p01.md", markdown.getBytes(StandardCharsets.UTF_8)));
        assertThat(Formats.detect(source).name()).isEqualTo("markdown");
        return EditionMarkdown.of(Fixtures.parse("jfjb-2025-06-19-p01.md", markdown.getBytes(StandardCharsets.UTF_8)));
    }

    private String headings(String replacement) {
        Matcher m = HEADING.matcher(sample);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.replace("$1", m.group(1))
                    .replace("$2", m.group(2))));
        }
        return m.appendTail(out).toString();
    }

    @Test
    void htmlAnchorsBeforeHeadingsAndCommentsForPicturesAsSomeConvertersWriteThem() throws UnusableInputException {
        String marker = headings("<span id=\"page-0-1\"></span>$1 $2")
                .replace(PICTURE_CAPTION, "<!-- image -->\n\n<img src=\"p1.jpeg\"/>\n\n" + PICTURE_CAPTION);
        assertThat(marker).contains("<span id=\"page-0-1\"></span># 解放军报");
        assertThat(read(marker)).isEqualTo(expected);
    }

    @Test
    void everyHeadingAtOneLevelIsToldByItsLook() throws UnusableInputException {
        assertThat(read(headings("# $2"))).as("all #").isEqualTo(expected);
        assertThat(read(headings("## $2"))).as("all ##").isEqualTo(expected);
    }

    @Test
    void headingsSetAsBoldLinesAreToldByTheirLook() throws UnusableInputException {
        String bold = headings("**$2**").replaceFirst("\\*\\*解放军报\\*\\*", "# 解放军报");
        assertThat(read(bold)).isEqualTo(expected);
        assertThat(read(sample.replace("主旨发言。", "主旨发言。\n\n**这是加粗的一句话，不是标题。**\n\n")))
                .as("a bold sentence stays text").contains("这是加粗的一句话，不是标题。").doesNotContain("# 这是加粗");
    }

    @Test
    void anAutolinkIsNoTag() {
        assertThat(MarkdownReader.withoutHtml("网址 <http://www.81.cn> <span id=\"a\">文</span><!-- x -->字<!-- open"))
                .isEqualTo("网址 <http://www.81.cn> 文字<!-- open");
    }
}
