package org.masthead.pdf;

/**
 * One glyph as the page shows it: its text (usually one character), its box (ascent above the baseline,
 * the font size high), baseline, font size in points and weight.
 */
record Glyph(String text, Box box, float baseline, float size, boolean bold) {
}
