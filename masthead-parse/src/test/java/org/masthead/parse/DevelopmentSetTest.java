package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;

/**
 * Hand-made clean pages in the shapes of a national daily (src/test/resources/devset, made up, not copied
 * from any paper): headlines with numbers, decimals, percentages, Latin letters, quotes, inner dashes and
 * dates; kickers and subtitles; padded bylines; datelines with reporters, second datelines; ●/■ subheads,
 * 记者手记, 编者按, 短评, an interview, a speech with ——lists; photos with 摄 and agency credits, a titled
 * photo; a teaser. Every item must come out exactly as printed: kind, headline, authors, caption and
 * credit, and every heading and paragraph on its own line.
 * Each page's {@code .expected} lists its items in the form {@link #render} writes.
 */
class DevelopmentSetTest {

    static Stream<String> pages() {
        return Stream.of("devset-front-p01", "devset-inner-p02", "devset-inner-p03", "devset-inner-p04",
                "devset-inner-p05");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyItemComesOutAsPrinted(String page) {
        Edition edition = Fixtures.parse(page + ".md", Fixtures.resource("/devset/" + page + ".md"));
        String expected = new String(Fixtures.resource("/devset/" + page + ".expected"), StandardCharsets.UTF_8);
        assertThat(render(edition.pages().get(0).items())).isEqualTo(expected);
        assertThat(edition.warnings()).isEmpty();
    }

    /** Items separated by a blank line: [KIND] headline, authors, caption and credit, then the body lines. */
    static String render(List<Item> items) {
        StringBuilder out = new StringBuilder();
        for (Item item : items) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(('[' + item.kind().name() + "] " + (item.headline() == null ? "" : item.headline())).strip())
                    .append('\n');
            if (!item.authors().isEmpty()) {
                out.append("authors: ").append(String.join(" ", item.authors())).append('\n');
            }
            if (item.kind() == ItemKind.PHOTO) {
                out.append("caption: ").append(item.caption()).append('\n');
                out.append("credit: ").append(item.credit()).append('\n');
            }
            out.append(item.bodyText());
        }
        return out.toString();
    }
}
