package org.masthead.archive;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;
import org.masthead.model.Masthead;
import org.masthead.model.Page;
import org.masthead.model.Section;

/** Hand-built editions for storage tests, as the parser would deliver them for one page file. */
final class Pages {
    private Pages() {
    }

    static Edition edition(String title, LocalDate date, Integer issue, Integer pageCount, Page page) {
        return new Edition(Masthead.builder().title(title).date(date).issueNumber(issue).pageCount(pageCount).build(),
                List.of(), List.of(page));
    }

    static Page page(int number, Item... items) {
        return new Page(number, null, List.of(), Arrays.asList(items));
    }

    static Item item(String id, String headline, Integer continuedOn, Integer continuedFrom, String... paragraphs) {
        return Item.builder().id(id).kind(ItemKind.ARTICLE).headline(headline)
                .sections(List.of(new Section(null, List.of(paragraphs)))).continuedOn(continuedOn)
                .continuedFrom(continuedFrom).build();
    }
}
