package org.masthead.parse;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import org.masthead.model.EditionWriter;
import org.masthead.model.StitchedEdition;

/** The edition as clean Markdown that reads like the newspaper ({@link EditionMarkdown}). */
public final class MarkdownWriter implements EditionWriter {

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String mediaType() {
        return "text/markdown";
    }

    @Override
    public long write(Iterator<StitchedEdition> editions, Writer out) throws IOException {
        long count = 0;
        while (editions.hasNext()) {
            out.write(EditionMarkdown.of(editions.next().edition()));
            count++;
        }
        out.flush();
        return count;
    }
}
