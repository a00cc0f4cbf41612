package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Page;

/** The Markdown {@code parse --markdown} writes, read back as the edition it was written from. */
class EditionMarkdownFormatTest {

    private static Edition roundTrip(Edition edition) {
        String markdown = EditionMarkdown.of(edition);
        return Fixtures.parse("jfjb-2025-06-19.md", markdown.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aChineseEditionWrittenAndReadBackKeepsItsPagesAndItems() {
        Edition written = Fixtures.parseAll(List.of(
                new PageSource(Fixtures.SAMPLE_NAME, Fixtures.sample()),
                new PageSource("jfjb-2025-06-19-p03.md", Fixtures.page("jfjb-2025-06-19-p03.md"))));
        Edition read = roundTrip(written);
        assertThat(read.masthead()).isEqualTo(written.masthead());
        assertThat(read.warnings()).isEmpty();
        assertThat(read.pages()).extracting(Page::number, Page::name, Page::editors).containsExactlyElementsOf(
                written.pages().stream().map(p -> org.assertj.core.groups.Tuple.tuple(p.number(), p.name(), p.editors()))
                        .toList());
        for (int p = 0; p < written.pages().size(); p++) {
            List<Item> before = written.pages().get(p).items();
            List<Item> after = read.pages().get(p).items();
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                Item was = before.get(i);
                Item is = after.get(i);
                assertThat(is).as("page %d item %d", p, i).usingRecursiveComparison()
                        .comparingOnlyFields("kind", "kicker", "headline", "subtitle", "authors", "dateline", "caption",
                                "credit", "continuedOn", "continuedFrom", "refersToPages").isEqualTo(was);
                // The repairs' flags are the source's, and a paragraph the source left cut is one once repaired.
                assertThat(is.bodyText().replace("\n", "")).isEqualTo(was.bodyText().replace("\n", ""));
            }
        }
    }

    @Test
    void anEnglishEditionWrittenAndReadBackIsTheSame() {
        Edition written = Fixtures.parseAll(List.of(
                new PageSource("courier-2025-06-19-p01.md", Fixtures.page("courier-2025-06-19-p01.md")),
                new PageSource("courier-2025-06-19-p04.md", Fixtures.page("courier-2025-06-19-p04.md"))));
        Edition read = roundTrip(written);
        assertThat(read.masthead()).isEqualTo(written.masthead());
        assertThat(read.pages()).extracting(Page::number).containsExactly(1, 4);
        assertThat(read.pages()).flatExtracting(Page::items).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactlyElementsOf(written.pages().stream().flatMap(p -> p.items().stream()).toList());
    }

    @Test
    void aSubtitleUnderALostHeadlineStaysWithItsItem() {
        // The writer marks a headline the source lost; the subtitle under it is not set beside the page's heading.
        Edition read = Fixtures.parse("jfjb-2025-06-19.md", ("# 解放军报\n\n2025年6月19日 星期四\n\n---\n\n## 第二版 要闻\n\n"
                + "### （标题缺失）\n\n**——驻训部队开展实战化演练**\n\n本报讯 连日来，驻训部队开展实战化演练。\n")
                .getBytes(StandardCharsets.UTF_8));
        Page page = read.pages().get(0);
        assertThat(page.number()).isEqualTo(2);
        assertThat(page.name()).isEqualTo("要闻");
        assertThat(page.items()).as("the subtitle's words kept on the page, not taken into its running head")
                .anySatisfy(item -> assertThat(item.subtitle() + " " + item.bodyText()).contains("驻训部队开展实战化演练"));
    }

    @Test
    void itClaimsOnlyAWholeEditionAndSaysWhatIsMissing() throws UnusableInputException {
        EditionMarkdownFormat format = new EditionMarkdownFormat();
        String converted = new String(Fixtures.sample(), StandardCharsets.UTF_8);
        assertThat(format.detect(new Source(new PageSource("p1.md", converted.getBytes(StandardCharsets.UTF_8)))))
                .as("a converter's page").isZero();
        String written = EditionMarkdown.of(Fixtures.parseSample());
        assertThat(Formats.detect(new Source(new PageSource("e.md", written.getBytes(StandardCharsets.UTF_8)))).name())
                .isEqualTo("masthead-markdown");
        assertThatThrownBy(() -> format.read(new Source(new PageSource("e.md", "# 解放军报\n\n正文。\n"
                .getBytes(StandardCharsets.UTF_8))))).hasMessage("e.md: no page heading (## 第一版, ## Page 1) after a rule");
    }
}
