package org.masthead.pdf;

import java.util.List;

/**
 * One item's area on the page, as layout found it: its parts in reading order and the boxes it covers
 * (a head and one box per column, or a frame, or an image and its caption).
 */
record Area(List<Part> parts, List<Box> region) {

    /** What a run of lines is in the item. */
    enum Role { KICKER, HEADLINE, SUBTITLE, HEADING, PARAGRAPH, CAPTION }

    /** A kicker, headline, subtitle, section heading, paragraph or caption line run, with its lines. */
    record Part(Role role, List<TextLine> lines) {
        String text() {
            return new TextBlock(lines, lines.get(0).box(), 0, false).text();
        }
    }
}
