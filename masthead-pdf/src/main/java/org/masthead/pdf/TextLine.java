package org.masthead.pdf;

import java.util.List;

/**
 * One printed line in one column: its glyphs left to right and its text, with the spaces a reader sees
 * between Latin words and none between Chinese characters (justification's 新 华 社 closes up); its size,
 * weight and typeface are those of most of its glyphs.
 */
record TextLine(List<Glyph> glyphs, String text, Box box, float size, boolean bold, String face) {
    float x() {
        return box.x();
    }
}
