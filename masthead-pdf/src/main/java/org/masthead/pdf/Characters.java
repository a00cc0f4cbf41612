package org.masthead.pdf;

import org.masthead.parse.Radicals;

/** Characters as fonts report them. */
final class Characters {
    /** Closing marks: set in an em, their ink in its left half (GB style), so one ending a line may hang past it. */
    static final String CLOSING_MARKS = "，。、；：？！）》」』”’";

    private Characters() {
    }

    /**
     * The glyph's text made ordinary by the parse chain's one rule ({@link Radicals}): Kangxi radicals, radical
     * supplement forms and compatibility ideographs that some fonts map their glyphs to (⼈ ⺠ ⼾, as Chromium's
     * Type 3 fonts give them) become the characters they show (人 民 户), the horizontal bar the em dash.
     */
    static String ordinary(String text) {
        return Radicals.fold(text);
    }

    static boolean isWordChar(char c) {
        return c < 0x3000 && Character.isLetterOrDigit(c) || c >= 0xFF10 && c <= 0xFF5A;
    }

}
