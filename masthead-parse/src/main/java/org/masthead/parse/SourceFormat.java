package org.masthead.parse;

import java.util.List;

/**
 * One format of source files (converter Markdown, plain text, and next PDF, METS/ALTO), in the manner of a
 * Tika parser: it says what it takes, recognises its files, and reads one into pages.
 *
 * <p>Formats are found with {@link java.util.ServiceLoader}: a class implementing this, with a public
 * no-argument constructor, named in {@code META-INF/services/org.masthead.parse.SourceFormat} of its jar.
 * {@link Formats} picks the one that claims a file most strongly; {@code parse} and {@code ingest} then use
 * it with no other change. Implementations are stateless and thread-safe.
 */
public interface SourceFormat {

    /** A short lower-case name (markdown, text, pdf), shown in messages and {@code --help}. */
    String name();

    /** The media types it reads (text/markdown). */
    List<String> mediaTypes();

    /**
     * How surely this is a file of this format, from its bytes and its name: 0 when it is not, up to 1 when
     * certain (a magic number). Content weighs more than the name, which converters and people get wrong.
     * Called on every file; should look at no more than it needs.
     */
    double detect(Source source);

    /**
     * Reads a file of this format: one page, or for formats that hold a whole edition (PDF, METS) several,
     * each either text for the parse chain ({@link SourcePage#text}) or a page already made
     * ({@link SourcePage#made}) with what its masthead says.
     *
     * @throws UnusableInputException when the file cannot be read after all; the message names the problem
     */
    List<SourcePage> read(Source source) throws UnusableInputException;
}
