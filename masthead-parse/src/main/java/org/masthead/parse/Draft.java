package org.masthead.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.masthead.model.ItemFlag;
import org.masthead.model.ItemKind;

/** An item while the page is being read: mutable, owned by one page parse. */
final class Draft {
    /** One line of an item's body: a section heading or a paragraph. */
    static final class Entry {
        final boolean heading;
        /** A table's row: complete as it is, whatever its last character. */
        final boolean row;
        String text;
        /** The page a jump note at the end of this paragraph sent to. */
        Integer jumpTo;

        private BigramSet bigrams;
        private List<String> speakers;

        Entry(boolean heading, String text) {
            this(heading, false, text);
        }

        private Entry(boolean heading, boolean row, String text) {
            this.heading = heading;
            this.row = row;
            this.text = text;
        }

        static Entry row(String text) {
            return new Entry(false, true, text);
        }

        /** The people its sentences open by quoting, computed once the text is final. */
        List<String> speakers() {
            if (speakers == null) {
                speakers = Segments.speakers(text);
            }
            return speakers;
        }

        /** The entry's Han character pairs, computed once the text is final (after column-break repair). */
        BigramSet bigrams() {
            if (bigrams == null) {
                bigrams = BigramSet.of(text);
            }
            return bigrams;
        }
    }

    ItemKind kind = ItemKind.ARTICLE;
    String kicker;
    /** The kicker was split off the headline's own line, at its space (引题 主题 flattened onto one line). */
    boolean kickerOnHeadlineLine;
    String headline;
    String subtitle;
    final List<String> authors = new ArrayList<>(2);
    Segments.DatelineMatch dateline;
    final List<Entry> body = new ArrayList<>();
    String caption;
    String credit;
    Integer continuedFrom;
    List<Integer> refersToPages = List.of();
    final EnumSet<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
    /** Laid-out pages only: the rectangles the item's area covers on its page. */
    List<org.masthead.model.Box> region = List.of();
    /** Laid-out pages only: the printed lines of the item's area, in reading order. */
    List<LaidOutPage.Line> printed = List.of();
    /** A jump note or a photo credit ended it: nothing more belongs to it in reading order. */
    boolean closed;

    /** Every string of the item passed through {@code printed} (the reading form's restorer). */
    void restore(UnaryOperator<String> printed) {
        kicker = printed.apply(kicker);
        headline = printed.apply(headline);
        subtitle = printed.apply(subtitle);
        authors.replaceAll(printed);
        if (dateline != null) {
            dateline = new Segments.DatelineMatch(printed.apply(dateline.source()), printed.apply(dateline.place()),
                    dateline.month(), dateline.day(), dateline.end());
        }
        for (Entry entry : body) {
            entry.text = printed.apply(entry.text);
        }
        caption = printed.apply(caption);
        credit = printed.apply(credit);
    }

    boolean hasParagraphs() {
        for (Entry entry : body) {
            if (!entry.heading) {
                return true;
            }
        }
        return false;
    }

    Entry lastParagraph() {
        for (int i = body.size() - 1; i >= 0; i--) {
            if (!body.get(i).heading) {
                return body.get(i);
            }
        }
        return null;
    }

    /** The page the item continues on: the jump note of its last paragraph. */
    Integer continuedOn() {
        Entry last = lastParagraph();
        return last == null ? null : last.jumpTo;
    }

    /** An article whose last paragraph stops mid-sentence with no jump: its rest may be elsewhere. */
    boolean isOpen() {
        Entry last = lastParagraph();
        return (kind == ItemKind.ARTICLE || kind == ItemKind.COMMENTARY) && last != null && last.jumpTo == null
                && !last.row && !Segments.finished(last.text);
    }

    boolean isEmpty() {
        return headline == null && kicker == null && body.isEmpty() && caption == null && credit == null
                && authors.isEmpty();
    }

    int bodyLength() {
        int length = 0;
        for (Entry entry : body) {
            length += entry.text.length();
        }
        return length;
    }
}
