package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;
import org.masthead.model.Masthead;
import org.masthead.model.Page;
import org.masthead.model.Section;

class EditionMarkdownTest {

    private static Edition edition(String title, String headline, String text, String teaser) {
        Item report = Item.builder().id("a").kind(ItemKind.ARTICLE).headline(headline).authors(List.of("John Smith"))
                .sections(List.of(new Section(null, List.of(text)))).continuedOn(3).build();
        Item untitled = Item.builder().id("b").kind(ItemKind.ARTICLE).sections(List.of(new Section(null, List.of(text))))
                .continuedFrom(2).build();
        Item photo = Item.builder().id("c").kind(ItemKind.PHOTO).caption(text).credit("Harris & Ewing").build();
        Item pointer = Item.builder().id("d").kind(ItemKind.TEASER).headline(teaser).refersToPages(List.of(5, 6, 7, 8))
                .build();
        return new Edition(Masthead.builder().title(title).date(LocalDate.of(1920, 11, 15)).weekday(1).issueNumber(27960)
                .pageCount(36).build(), List.of(), List.of(new Page(1, null, List.of("Ann Lee"), List.of(report, untitled,
                        photo, pointer))));
    }

    @Test
    void anEditionInAnotherLanguageIsWrittenWithoutChineseItNeverPrinted() {
        String md = EditionMarkdown.of(edition("The Evening Star", "Heroic Fight Fails",
                "The army of General Wrangel has been driven from Sebastopol.", "Sports"));
        assertThat(md).startsWith("# The Evening Star\n\nMonday, 15 November 1920 No. 27960 36 pages\n\n");
        assertThat(md).contains("## Page 1\n", "### Heroic Fight Fails\n\nBy John Smith\n", "(Continued on page 3)",
                "### (no headline)\n", "(Continued from page 2)", "> [Photo] The army", "(Photo: Harris & Ewing)",
                "> **Sports** (pages 5–8)", "*Page editors: Ann Lee*");
        assertThat(md.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .as("no Han character").isEmpty();
    }

    @Test
    void aChineseEditionKeepsItsPapersOwnWordsThoughItQuotesEnglish() {
        String md = EditionMarkdown.of(edition("解放军报", "习近平回到北京",
                "新华社北京6月18日电 国家主席习近平结束出席第二届中国—中亚峰会（China–Central Asia Summit）后回到北京。",
                "特刊"));
        assertThat(md).contains("## 第一版\n", "记者 John Smith", "（下转第三版）", "### （标题缺失）", "（上接第二版）",
                "（Harris & Ewing 摄）", "（第五至八版）", "*版面编辑：Ann Lee*");
        assertThat(md).doesNotContain("Page 1", "Continued");
    }
}
