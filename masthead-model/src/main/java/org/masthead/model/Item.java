package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One item on a page: an article, commentary, photo, teaser or brief.
 *
 * @param id            stable id: the same input always gives the same id
 * @param kind          what the item is
 * @param kicker        引题, the line above the headline
 * @param headline      the headline (主题)
 * @param subtitle      副题, the line after ——
 * @param authors       bylines, without furniture such as ■ or 本报记者
 * @param dateline      the dateline, when printed
 * @param sections      the body; the first section's heading is null
 * @param caption       for photos: the caption
 * @param credit        for photos: the photographer (from …摄)
 * @param continuedOn   the page this item continues on (下转第三版 → 3)
 * @param continuedFrom the page this item continues from (上接第一版 → 1)
 * @param refersToPages pages a teaser points to ((第五至八版) → [5, 6, 7, 8])
 * @param flags         repairs and damage, see {@link ItemFlag}
 */
@JsonPropertyOrder({"id", "kind", "kicker", "headline", "subtitle", "authors", "dateline", "sections", "caption",
        "credit", "continuedOn", "continuedFrom", "refersToPages", "flags"})
public record Item(
        String id,
        ItemKind kind,
        String kicker,
        String headline,
        String subtitle,
        List<String> authors,
        Dateline dateline,
        List<Section> sections,
        String caption,
        String credit,
        Integer continuedOn,
        Integer continuedFrom,
        List<Integer> refersToPages,
        Set<ItemFlag> flags) {

    public Item {
        authors = authors == null ? List.of() : List.copyOf(authors);
        sections = sections == null ? List.of() : List.copyOf(sections);
        refersToPages = refersToPages == null ? List.of() : List.copyOf(refersToPages);
        // EnumSet keeps flags in declaration order, so the JSON is the same on every run.
        EnumSet<ItemFlag> ordered = EnumSet.noneOf(ItemFlag.class);
        if (flags != null) {
            ordered.addAll(flags);
        }
        flags = Collections.unmodifiableSet(ordered);
    }

    /** What the item is called: its headline, else its caption or first words ({@link Label}). */
    public String label() {
        return Label.of(headline, caption, bodyText());
    }

    /** The body text: all paragraphs in order, one per line, section headings included. */
    public String bodyText() {
        return Section.text(sections);
    }
}
