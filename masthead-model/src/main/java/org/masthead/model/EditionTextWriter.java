package org.masthead.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

/** A writer of one text per edition, one after another (Edition JSON, Markdown). */
public abstract class EditionTextWriter implements EditionWriter {

    /** The edition's text, ending in a line end. */
    protected abstract String text(Edition edition);

    @Override
    public final long write(Iterator<StitchedEdition> editions, Writer out) throws IOException {
        long count = 0;
        while (editions.hasNext()) {
            out.write(text(editions.next().edition()));
            count++;
        }
        out.flush();
        return count;
    }
}
