package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One item on a page: an article, commentary, photo, teaser or brief. Build one with {@link #builder()} or
 * change one with {@link #toBuilder()}; never by position, so a new field touches no caller.
 *
 * @param id            the item's id; the archive mints it once and keeps it (docs/ids.md); the parser's
 *                      id is a provisional one derived from the input
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
 * @param regions       the areas it covers, on one or more pages; empty for text input
 * @param lines         its printed lines with their boxes and the characters each carries; empty for text input
 * @param spans         named stretches of its text (entities, hits); empty until something names them
 */
@JsonPropertyOrder({"id", "kind", "kicker", "headline", "subtitle", "authors", "dateline", "sections", "caption",
        "credit", "continuedOn", "continuedFrom", "refersToPages", "flags", "regions", "lines", "spans"})
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
        Set<ItemFlag> flags,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Region> regions,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TextLine> lines,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Span> spans) {

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
        regions = regions == null ? List.of() : List.copyOf(regions);
        lines = lines == null ? List.of() : List.copyOf(lines);
        spans = spans == null ? List.of() : List.copyOf(spans);
    }

    /** The body text: all paragraphs in order, one per line, section headings included. */
    public String bodyText() {
        return Section.text(sections);
    }

    /** The paragraphs of all sections in order: what {@link TextRange#index()} counts for a paragraph. */
    public List<String> paragraphs() {
        List<String> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.paragraphs()));
        return all;
    }

    public Item withId(String id) {
        return toBuilder().id(id).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().id(id).kind(kind).kicker(kicker).headline(headline).subtitle(subtitle).authors(authors)
                .dateline(dateline).sections(sections).caption(caption).credit(credit).continuedOn(continuedOn)
                .continuedFrom(continuedFrom).refersToPages(refersToPages).flags(flags).regions(regions).lines(lines)
                .spans(spans);
    }

    /** Builds an item field by field; unset lists are empty, unset values null. */
    public static final class Builder {
        private String id;
        private ItemKind kind = ItemKind.ARTICLE;
        private String kicker;
        private String headline;
        private String subtitle;
        private List<String> authors;
        private Dateline dateline;
        private List<Section> sections;
        private String caption;
        private String credit;
        private Integer continuedOn;
        private Integer continuedFrom;
        private List<Integer> refersToPages;
        private Set<ItemFlag> flags;
        private List<Region> regions;
        private List<TextLine> lines;
        private List<Span> spans;

        private Builder() {
        }

        public Builder id(String id) { this.id = id; return this; }
        public Builder kind(ItemKind kind) { this.kind = kind; return this; }
        public Builder kicker(String kicker) { this.kicker = kicker; return this; }
        public Builder headline(String headline) { this.headline = headline; return this; }
        public Builder subtitle(String subtitle) { this.subtitle = subtitle; return this; }
        public Builder authors(List<String> authors) { this.authors = authors; return this; }
        public Builder dateline(Dateline dateline) { this.dateline = dateline; return this; }
        public Builder sections(List<Section> sections) { this.sections = sections; return this; }
        public Builder caption(String caption) { this.caption = caption; return this; }
        public Builder credit(String credit) { this.credit = credit; return this; }
        public Builder continuedOn(Integer page) { this.continuedOn = page; return this; }
        public Builder continuedFrom(Integer page) { this.continuedFrom = page; return this; }
        public Builder refersToPages(List<Integer> pages) { this.refersToPages = pages; return this; }
        public Builder flags(Set<ItemFlag> flags) { this.flags = flags; return this; }
        public Builder regions(List<Region> regions) { this.regions = regions; return this; }
        public Builder lines(List<TextLine> lines) { this.lines = lines; return this; }
        public Builder spans(List<Span> spans) { this.spans = spans; return this; }

        public Item build() {
            return new Item(id, kind, kicker, headline, subtitle, authors, dateline, sections, caption, credit,
                    continuedOn, continuedFrom, refersToPages, flags, regions, lines, spans);
        }
    }
}
