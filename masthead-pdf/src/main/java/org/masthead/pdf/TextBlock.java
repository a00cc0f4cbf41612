package org.masthead.pdf;

import java.util.List;

/** Lines set one under another in one column, in one size and weight: a headline, or a run of body text. */
record TextBlock(List<TextLine> lines, Box box, float size, boolean bold) {
    // Each one is one thing on the page: identity, not content, tells them apart (and hashing is cheap).
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }


    /** The typeface most of its glyphs are set in. */
    String face() {
        return Lines.mostCommonFace(lines.stream().flatMap(l -> l.glyphs().stream()).toList());
    }

    String text() {
        StringBuilder text = new StringBuilder();
        for (TextLine line : lines) {
            if (text.length() > 0 && Characters.isWordChar(text.charAt(text.length() - 1))
                    && Characters.isWordChar(line.text().charAt(0))) {
                text.append(' ');
            }
            text.append(line.text());
        }
        return text.toString();
    }
}
