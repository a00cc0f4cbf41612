package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One printed line of an item's text: where it stands on the page and which characters of the text it
 * carries. A paragraph set over several lines (and columns, and pages) has one per line, in reading order;
 * the ranges of one paragraph's lines follow each other. This is what ALTO's TextLine and a search hit
 * drawn on the page image are made from.
 *
 * @param page the page number the line is printed on
 * @param box  the line's box, in the page's unit
 * @param text the characters it carries
 */
@JsonPropertyOrder({"page", "box", "text"})
public record TextLine(int page, Box box, TextRange text) {
}
