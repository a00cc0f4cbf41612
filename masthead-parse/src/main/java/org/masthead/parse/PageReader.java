package org.masthead.parse;

import java.util.List;

/**
 * Second stage: one reader per source format turns decoded page text into typed blocks. Readers only
 * recognise what the format marks; what a block means is decided by later stages.
 */
interface PageReader {

    List<Block> read(String text);

    /** The reader for text of no declared format: Markdown when it has ATX headings, else plain text. */
    static PageReader forText(String text) {
        return MarkdownReader.looksLikeMarkdown(text) ? MarkdownReader.INSTANCE : PlainTextReader.INSTANCE;
    }
}
