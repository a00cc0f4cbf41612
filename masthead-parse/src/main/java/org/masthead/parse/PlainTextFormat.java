package org.masthead.parse;

import java.util.ArrayList;
import java.util.List;

/** Plain converter text (pdftotext, mutool): no marks at all; what a line is, is read from its look. */
public final class PlainTextFormat implements SourceFormat {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public List<String> mediaTypes() {
        return List.of("text/plain");
    }

    /**
     * Any text that no more specific format claims, but not structured data: text opening with a brace,
     * bracket or angle bracket is JSON, XML or HTML (a generator's ground truth, a METS file), never a
     * converter's page. A .txt name makes it surer.
     */
    @Override
    public double detect(Source source) {
        if (!source.looksLikeText() || "{[<".indexOf(source.opening()) >= 0) {
            return 0;
        }
        return source.extension().equals("txt") || source.extension().equals("text") ? 0.5 : 0.3;
    }

    /**
     * A page, or a whole edition: pdftotext and mutool end every page of a PDF with a form feed, so the text of
     * an edition's PDF gives a page per form feed (numbered by their heads, as a PDF's pages are).
     */
    @Override
    public List<SourcePage> read(Source source) throws UnusableInputException {
        String text = source.text();
        List<SourcePage> pages = new ArrayList<>();
        for (String page : text.split("\f")) {
            if (!page.isBlank()) {
                pages.add(SourcePage.text(source.name(), page, PlainTextReader.INSTANCE));
            }
        }
        return pages.size() > 1 ? pages : List.of(SourcePage.text(source.name(), text, PlainTextReader.INSTANCE));
    }
}
