package org.masthead.parse;

import java.util.List;

/** Converter Markdown: page text with ATX headings ({@code #}, {@code ##}) as PDF/OCR converters write it. */
public final class MarkdownFormat implements SourceFormat {

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public List<String> mediaTypes() {
        return List.of("text/markdown");
    }

    /**
     * Text with ATX headings is Markdown whatever its name (converters name files .txt too); a .md name
     * without headings is not enough, as such a file reads better as plain text. A JSON object never is.
     */
    @Override
    public double detect(Source source) {
        if (source.opening() == '{') {
            return 0; // a JSON object, looked at no further; '[' and '<' may open Markdown (a link, an HTML anchor)
        }
        String text = source.textOrNull();
        if (text == null || !MarkdownReader.looksLikeMarkdown(text)) {
            return 0;
        }
        return source.extension().equals("md") || source.extension().equals("markdown") ? 0.9 : 0.8;
    }

    @Override
    public List<SourcePage> read(Source source) throws UnusableInputException {
        return List.of(SourcePage.text(source.name(), source.text(), MarkdownReader.INSTANCE));
    }
}
