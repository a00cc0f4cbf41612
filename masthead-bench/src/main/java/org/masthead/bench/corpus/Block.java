package org.masthead.bench.corpus;

/**
 * One text block of a page file as a converter emits it, before rendering: a line or a paragraph,
 * with what it belongs to, so damage can move and cut blocks and correct the truth it touches.
 */
final class Block {
    enum Type { TITLE, MASTHEAD, PAGE_HEADER, KICKER, HEADLINE, BYLINE, HEADING, PARAGRAPH, CAPTION, CREDIT, REFERS,
        FURNITURE }

    final Type type;
    /** The item the block belongs to; null for the masthead, the page header and furniture. */
    final Draft item;
    /** For paragraphs: the section and paragraph index in the item's truth; else -1. */
    final int section;
    final int paragraph;
    /** Printed before the text: the dateline or 上接 note of a first paragraph. */
    String prefix = "";
    /** The text; lines of multi-line furniture are separated by \n. */
    String text;
    /** Printed after the text: the 下转 note of a last paragraph. */
    String suffix = "";
    /** Already cut by damage; not cut twice. */
    boolean cut;

    Block(Type type, Draft item, String text) {
        this(type, item, -1, -1, text);
    }

    Block(Type type, Draft item, int section, int paragraph, String text) {
        this.type = type;
        this.item = item;
        this.section = section;
        this.paragraph = paragraph;
        this.text = text;
    }

    Block piece(String pieceText) {
        Block piece = new Block(type, item, section, paragraph, pieceText);
        piece.cut = true;
        return piece;
    }
}
