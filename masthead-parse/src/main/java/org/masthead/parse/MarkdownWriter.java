package org.masthead.parse;

import org.masthead.model.Edition;
import org.masthead.model.EditionTextWriter;

/** The edition as clean Markdown that reads like the newspaper ({@link EditionMarkdown}). */
public final class MarkdownWriter extends EditionTextWriter {

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String mediaType() {
        return "text/markdown";
    }

    @Override
    protected String text(Edition edition) {
        return EditionMarkdown.of(edition);
    }
}
