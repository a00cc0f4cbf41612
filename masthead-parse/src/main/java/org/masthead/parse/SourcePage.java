package org.masthead.parse;

import org.masthead.model.Masthead;
import org.masthead.model.Page;

/**
 * One page a {@link SourceFormat} read from a file: converter text that the parse chain
 * ({@link PageParser}) turns into items, a page whose layout the format read ({@link LaidOutPage}), whose
 * areas the chain's text stages read, or a page the format made itself (from a structured source: METS/ALTO,
 * a JSON page) together with what its masthead says.
 */
public final class SourcePage {
    final String source;
    final String text;
    final PageReader reader;
    final PageHead head;
    final Page page;
    final LaidOutPage layout;

    private SourcePage(String source, String text, PageReader reader, PageHead head, Page page, LaidOutPage layout) {
        this.source = source;
        this.text = text;
        this.reader = reader;
        this.head = head;
        this.page = page;
        this.layout = layout;
    }

    /**
     * Converter text of one page, for the parse chain; read as Markdown when it has ATX headings, else as
     * plain text.
     *
     * @param source the file's name, for messages and the file-name rule for page numbers
     */
    public static SourcePage text(String source, String text) {
        return text(source, text, PageReader.forText(text));
    }

    static SourcePage text(String source, String text, PageReader reader) {
        return new SourcePage(source, text, reader, null, null, null);
    }

    /**
     * A page the format made itself. Its number is taken as printed when positive; 0 means not known (the
     * edition then numbers it by the file name or the first free number). Its item ids may be null.
     */
    public static SourcePage made(String source, Masthead masthead, Page page) {
        return new SourcePage(source, null, null,
                new PageHead(masthead == null ? Masthead.NONE : masthead, page.number() > 0 ? page.number() : null,
                        page.name()), page, null);
    }

    /**
     * A page whose layout the format read (a born-digital PDF): its areas go through the text stages one by
     * one, and their boxes become the items' regions and lines.
     */
    public static SourcePage laidOut(LaidOutPage layout) {
        return new SourcePage(layout.source(), null, null, null, null, layout);
    }

    /** The name of the file it came from. */
    public String source() {
        return source;
    }
}
