package org.masthead.pdf;

import java.util.List;
import org.masthead.parse.LineBreaking;

/**
 * One printed line in one column: its glyphs left to right and its text, with the spaces a reader sees
 * between Latin words and none between Chinese characters (justification's 新 华 社 closes up); its size,
 * weight and typeface are those of most of its glyphs.
 */
record TextLine(List<Glyph> glyphs, String text, Box box, float size, boolean bold, String face) {
    /** Marks that may not open a line (禁则): they go down with the character before them. */
    private static final String NO_LINE_OPENING = Characters.CLOSING_MARKS + "%‰";

    float x() {
        return box.x();
    }

    /**
     * How wide the unit that opens this line is, the least that line breaking carries down together: a figure or
     * Latin word, or a character, with the opening marks before it and the marks that may not open a line after
     * it (…达到 / 67%，较…; …廖艳说： / “今年…).
     */
    float openingWidth() {
        int end = 0;
        while (end < glyphs.size() - 1 && LineBreaking.NO_LINE_END.indexOf(charAt(end)) >= 0) {
            end++;
        }
        if (Characters.isWordChar(charAt(end))) {
            while (end + 1 < glyphs.size() && (Characters.isWordChar(charAt(end + 1)) || ".%‰".indexOf(charAt(end + 1)) >= 0)) {
                end++;
            }
        }
        while (end + 1 < glyphs.size() && NO_LINE_OPENING.indexOf(charAt(end + 1)) >= 0) {
            end++;
        }
        return glyphs.get(end).box().right() - glyphs.get(0).box().x();
    }

    private char charAt(int glyph) {
        return glyphs.get(glyph).text().charAt(0);
    }
}
