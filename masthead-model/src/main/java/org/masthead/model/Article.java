package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A logical article: one item, or several items joined across jumps (下转/上接), as readers, search and
 * exports see it. Built by the archive from stored editions; the index and exports are fed from these.
 *
 * @param id        stable id of the logical article (the id of its first part)
 * @param title     the title's URL slug (jiefangjunbao)
 * @param titleName the title as printed (解放军报)
 * @param date      the edition date
 * @param pages     the pages its parts stand on, in reading order
 * @param partIds   the ids of the items it joins, in reading order
 * @param kind      the kind of its first part
 * @param kicker    引题 of the first part
 * @param headline  headline of the first part
 * @param subtitle  副题 of the first part
 * @param authors   bylines of all parts, without repeats
 * @param dateline  dateline of the first part
 * @param sections  all parts' sections in reading order
 * @param caption   photo caption, for photos
 * @param credit    photo credit, for photos
 */
@JsonPropertyOrder({"id", "title", "titleName", "date", "pages", "partIds", "kind", "kicker", "headline", "subtitle",
        "authors", "dateline", "sections", "caption", "credit"})
public record Article(
        String id,
        String title,
        String titleName,
        LocalDate date,
        List<Integer> pages,
        List<String> partIds,
        ItemKind kind,
        String kicker,
        String headline,
        String subtitle,
        List<String> authors,
        Dateline dateline,
        List<Section> sections,
        String caption,
        String credit) {

    public Article {
        pages = pages == null ? List.of() : List.copyOf(pages);
        partIds = partIds == null ? List.of() : List.copyOf(partIds);
        authors = authors == null ? List.of() : List.copyOf(authors);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** What the article is called everywhere: its headline, else its caption or first words ({@link Label}). */
    public String label() {
        return Label.of(headline, caption, text());
    }

    /** The searchable body: section headings and paragraphs, one per line (for photos, the caption). */
    public String text() {
        String body = Section.text(sections);
        return body.isEmpty() && caption != null ? caption + "\n" : body;
    }
}
