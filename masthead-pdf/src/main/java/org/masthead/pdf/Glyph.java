package org.masthead.pdf;

/**
 * One glyph as the page shows it: its text (usually one character), its box (ascent above the baseline,
 * the font size high), baseline, font size in points, weight, and typeface (the font's name without its
 * subset tag, {@code FZShuSong-Z01}; empty when the font has none, as Chromium's Type 3 fonts).
 */
record Glyph(String text, Box box, float baseline, float size, boolean bold, String face) {
}
