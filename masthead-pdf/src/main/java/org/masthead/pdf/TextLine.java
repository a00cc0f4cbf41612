package org.masthead.pdf;

import java.util.List;

/**
 * One printed line in one column: its glyphs left to right and its text, with the spaces a reader sees
 * between Latin words and none between Chinese characters (justification's 新 华 社 closes up).
 */
record TextLine(List<Glyph> glyphs, String text, Box box, float size, boolean bold) {
    // Each one is one thing on the page: identity, not content, tells them apart (and hashing is cheap).
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }


    float x() {
        return box.x();
    }
}
