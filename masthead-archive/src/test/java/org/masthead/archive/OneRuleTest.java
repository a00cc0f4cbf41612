package org.masthead.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.parse.PageNumbers;

/** One rule each for page numbers, slugs and title initials, checked against each other. */
class OneRuleTest {
    private static final List<String> NAMES = List.of("解放军报", "人民日报", "光明日报", "经济日报", "示例日报", "Search",
            "API", "Static", "Articles", "IIIF", "The Times", "Süddeutsche Zeitung", "新华每日电讯", "x".repeat(80));

    @Test
    void everyMintedSlugIsOneTheReaderAcceptsAndReservedWordsGetAUsableOne() {
        for (String name : NAMES) {
            assertThat(Slugs.isSlug(Slugs.of(name))).as(name + " → " + Slugs.of(name)).isTrue();
        }
        assertThat(Slugs.of("Search")).isEqualTo("search-paper");
        assertThat(Slugs.of("解放军报")).isEqualTo("jiefangjunbao");
        assertThat(Titles.of("Search").slug()).isEqualTo("search-paper");
        for (String reserved : Slugs.RESERVED) {
            assertThat(Slugs.isSlug(reserved)).isFalse();
            assertThat(Slugs.of(reserved)).isNotEqualTo(reserved);
        }
    }

    @Test
    void initialsAreTheSlugsSyllablesAndNameFilesThePageRuleReadsBack() {
        for (String name : NAMES) {
            String initials = Slugs.initials(name);
            String slug = Slugs.of(name).replace("-paper", "");
            assertThat(initials).isNotEmpty();
            assertThat(slug).as(name).startsWith(initials.substring(0, 1));
            // Each initial starts the rest of the slug somewhere after the previous one.
            int at = 0;
            for (char c : initials.toCharArray()) {
                at = slug.indexOf(c, at);
                assertThat(at).as(name + ": " + initials + " in " + slug).isNotNegative();
                at++;
            }
        }
        for (Title known : List.of(Titles.of("解放军报"), Titles.of("人民日报"))) {
            for (String style : List.of("%s-2025-06-19-p07.md", "%s-2025-06-19-pg07.md", "%s_2025-06-19_page_7.txt",
                    "%s20250619p07.md")) {
                String file = String.format(style, Slugs.initials(known.name()));
                PageFileName name = PageFileName.of(java.nio.file.Path.of(file));
                assertThat(name.page()).as(file).isEqualTo(7).isEqualTo(PageNumbers.inFileName(file));
                assertThat(name.date()).as(file).contains(LocalDate.of(2025, 6, 19));
                assertThat(name.titlePart()).as(file).isEqualTo(Slugs.initials(known.name()));
                assertThat(Titles.byInitials(name.titlePart())).as(file).contains(known);
                assertThat(Slugs.isSlug(known.slug())).isTrue();
            }
        }
        assertThat(PageNumbers.editionKey("jfjb-2025-06-19-pg03.md")).isEqualTo(PageNumbers.editionKey("jfjb-2025-06-19-p03.md"))
                .isEqualTo("jfjb-2025-06-19");
        assertThat(PageNumbers.inFileName("第3版.txt")).isEqualTo(3);
        assertThat(PageNumbers.inFileName("jfjb-2025-06-19.md")).isNull();
    }
}
