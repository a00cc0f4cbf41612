package org.masthead.archive;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;
import org.masthead.model.Page;
import org.masthead.model.Section;

/** Hand-built editions for storage tests, as the parser would deliver them for one page file. */
final class Pages {
    private Pages() {
    }

    static Edition edition(String title, LocalDate date, Integer issue, Integer pageCount, Page page) {
        return new Edition(title, date, null, issue, null, pageCount, null, null, null, null, List.of(), List.of(page));
    }

    static Page page(int number, Item... items) {
        return new Page(number, null, List.of(), Arrays.asList(items));
    }

    static Item item(String id, String headline, Integer continuedOn, Integer continuedFrom, String... paragraphs) {
        return new Item(id, ItemKind.ARTICLE, null, headline, null, List.of(), null,
                List.of(new Section(null, List.of(paragraphs))), null, null, continuedOn, continuedFrom, List.of(),
                Set.of());
    }
}
