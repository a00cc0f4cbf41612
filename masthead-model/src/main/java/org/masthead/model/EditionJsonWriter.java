package org.masthead.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

/** Edition JSON (docs/edition-json.md), pretty-printed, one document per edition. */
public final class EditionJsonWriter implements EditionWriter {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public long write(Iterator<StitchedEdition> editions, Writer out) throws IOException {
        long count = 0;
        while (editions.hasNext()) {
            out.write(Json.pretty(editions.next().edition()));
            out.write('\n');
            count++;
        }
        out.flush();
        return count;
    }
}
