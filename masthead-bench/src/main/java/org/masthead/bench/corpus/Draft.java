package org.masthead.bench.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.masthead.model.Dateline;
import org.masthead.model.Item;
import org.masthead.model.ItemFlag;
import org.masthead.model.ItemKind;
import org.masthead.model.Section;

/**
 * One item while its edition is being made: the ground truth plus how it is printed (byline and
 * dateline as they appear). Mutable because damage can take text away from the truth (a lost rest,
 * a lost headline); frozen into an {@link Item} at the end.
 */
final class Draft {
    final String id;
    final ItemKind kind;
    String kicker;
    String headline;
    String subtitle;
    final List<String> authors = new ArrayList<>();
    /** The byline as printed (■赖朝蔚, 本报记者 张三 李四), or null. */
    String byline;
    Dateline dateline;
    /** The dateline as printed before the first paragraph (新华社北京6月18日电), or null. */
    String datelineText;
    /** Sections as heading (null for the first) and mutable paragraphs. */
    final List<String> headings = new ArrayList<>();
    final List<List<String>> paragraphs = new ArrayList<>();
    String caption;
    String credit;
    /** The credit as printed (董建华摄, 本报记者 董建华摄). */
    String creditText;
    Integer continuedOn;
    Integer continuedFrom;
    final List<Integer> refersToPages = new ArrayList<>();
    /** The teaser's page reference as printed ((第五至八版)). */
    String refersText;
    final EnumSet<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
    /** Printed in a box (记者手记, 短评, boxed notes): the typesetter draws a frame around it. */
    boolean boxed;
    /** A poem: its lines, a paragraph each, set flush left in stanzas of four. */
    boolean verse;
    /** The people, places and units the item's text speaks of (its {@link Cast}). */
    final List<String> names = new ArrayList<>();

    Draft(String id, ItemKind kind) {
        this.id = id;
        this.kind = kind;
    }

    void addSection(String heading, List<String> sectionParagraphs) {
        headings.add(heading);
        paragraphs.add(new ArrayList<>(sectionParagraphs));
    }

    int paragraphCount() {
        return paragraphs.stream().mapToInt(List::size).sum();
    }

    Item toItem() {
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < headings.size(); s++) {
            sections.add(new Section(headings.get(s), paragraphs.get(s)));
        }
        return Item.builder().id(id).kind(kind).kicker(kicker).headline(headline).subtitle(subtitle).authors(authors)
                .dateline(dateline).sections(sections).caption(caption).credit(credit).continuedOn(continuedOn)
                .continuedFrom(continuedFrom).refersToPages(refersToPages).flags(flags).build();
    }
}
