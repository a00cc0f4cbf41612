package org.masthead.pdf;

/**
 * One glyph as the page shows it: its text (usually one character), its box (ascent above the baseline,
 * the font size high), baseline, font size in points, weight, and typeface (the font's name without its
 * subset tag, {@code FZShuSong-Z01}; empty when the font has none, as Chromium's Type 3 fonts).
 */
record Glyph(String text, Box box, float baseline, float size, boolean bold, String face) {
    /** Where the glyph's ink ends: a closing mark set an em wide inks only the left half of it. */
    float inkRight() {
        boolean closing = text.length() == 1 && Characters.CLOSING_MARKS.indexOf(text.charAt(0)) >= 0;
        return closing && box.width() > size * 0.8f ? box.x() + box.width() / 2 : box.right();
    }
}
