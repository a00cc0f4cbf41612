package org.masthead.pdf;

import java.util.ArrayList;
import java.util.List;
import org.masthead.parse.LaidOutPage;
import org.masthead.parse.Source;
import org.masthead.parse.SourceFormat;
import org.masthead.parse.SourcePage;
import org.masthead.parse.UnusableInputException;

/**
 * Born-digital page PDFs, one page a file or a whole edition in one: known by the %PDF- header, laid out by
 * {@link PdfLayout}, then read by the text stages area by area.
 */
public final class PdfFormat implements SourceFormat {

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public List<String> mediaTypes() {
        return List.of("application/pdf");
    }

    @Override
    public double detect(Source source) {
        return PdfPages.isPdf(source.bytes()) ? 1 : 0;
    }

    @Override
    public List<SourcePage> read(Source source) throws UnusableInputException {
        List<SourcePage> pages = new ArrayList<>();
        for (LaidOutPage page : PdfPages.read(source.file())) {
            pages.add(SourcePage.laidOut(page));
        }
        return pages;
    }
}
