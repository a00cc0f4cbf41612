package org.masthead.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.masthead.model.PageSize;
import org.masthead.model.Unit;
import org.masthead.parse.LaidOutPage;
import org.masthead.parse.PageSource;
import org.masthead.parse.UnusableInputException;

/**
 * Reads the pages of one PDF file (one page, or a whole edition) into laid-out pages, refusing with one
 * reason what cannot be a newspaper's pages: not a PDF, truncated, damaged, locked by a password, too many
 * pages or too large a page or picture (PDF bombs), or no text layer at all (scans: OCR is not supported).
 */
public final class PdfPages {
    /** An edition has tens of pages; special issues reach a hundred or two. More is a bomb or a book. */
    public static final int MAX_PAGES = 200;
    /** A broadsheet page is about 1,000 × 1,500 points; ten times that is no newspaper page. */
    private static final float MAX_PAGE_SIDE = 15_000;

    private PdfPages() {
    }

    /** Whether the bytes are a PDF: the header within the first kilobyte, as readers accept it. */
    public static boolean isPdf(byte[] bytes) {
        int end = Math.min(bytes.length, 1024);
        String start = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-");
    }

    /** The file's pages, laid out, in file order. */
    public static List<LaidOutPage> read(PageSource source) throws UnusableInputException {
        List<LaidOutPage> pages = new ArrayList<>();
        read(source, (layout, index, count) -> pages.add(laidOut(source.name(), layout, index, count)));
        return pages;
    }

    /** What is done with each page's layout. */
    interface PageConsumer {
        void accept(PageLayout layout, int index, int count) throws IOException;
    }

    static void read(PageSource source, PageConsumer consumer) throws UnusableInputException {
        String name = source.name();
        byte[] bytes = source.bytes();
        if (!isPdf(bytes)) {
            throw new UnusableInputException(name, "is not a PDF (no %PDF- header)");
        }
        if (!hasEnd(bytes)) {
            throw new UnusableInputException(name, "is a truncated PDF (no %%EOF end marker)");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw new UnusableInputException(name, "is a PDF with no pages");
            }
            if (count > MAX_PAGES) {
                throw new UnusableInputException(name, "is a PDF of " + count + " pages; an edition has at most "
                        + MAX_PAGES);
            }
            List<PageLayout> layouts = new ArrayList<>(count);
            boolean text = false;
            for (PDPage page : document.getPages()) {
                float side = Math.max(page.getCropBox().getWidth(), page.getCropBox().getHeight());
                if (side > MAX_PAGE_SIDE) {
                    throw new UnusableInputException(name, "has a page " + Math.round(side)
                            + " points long; no newspaper page is");
                }
                PageLayout layout = PdfLayout.of(page);
                text |= !layout.head().isEmpty() || !layout.foot().isEmpty()
                        || layout.areas().stream().anyMatch(area -> !area.parts().isEmpty());
                layouts.add(layout);
            }
            if (!text) {
                throw new UnusableInputException(name, "is a PDF with no text layer (a scan?); OCR is not supported"
                        + " yet");
            }
            for (int i = 0; i < layouts.size(); i++) {
                consumer.accept(layouts.get(i), i + 1, count);
            }
        } catch (InvalidPasswordException e) {
            throw new UnusableInputException(name, "is an encrypted PDF (it needs a password)");
        } catch (PageMarks.TooLargeException e) {
            throw new UnusableInputException(name, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new UnusableInputException(name, "is a damaged PDF (" + e.getMessage() + ")");
        }
    }

    private static boolean hasEnd(byte[] bytes) {
        int from = Math.max(0, bytes.length - 2048);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** The layout handed to the text stages; a page of a multi-page file is named by its place (… p3). */
    static LaidOutPage laidOut(String name, PageLayout layout, int index, int count) {
        String source = count == 1 ? name : name + " p" + index;
        List<LaidOutPage.Piece> head = new ArrayList<>();
        for (TextBlock block : layout.head()) {
            boolean title = block.size() >= layout.body() * 2.5f && block.lines().size() == 1;
            head.add(new LaidOutPage.Piece(title ? LaidOutPage.Role.TITLE : LaidOutPage.Role.TEXT, lines(block.lines())));
        }
        List<LaidOutPage.Area> areas = new ArrayList<>();
        for (Area area : layout.areas()) {
            List<LaidOutPage.Piece> pieces = new ArrayList<>();
            for (Area.Part part : area.parts()) {
                LaidOutPage.Role role = switch (part.role()) {
                    case KICKER -> LaidOutPage.Role.KICKER;
                    case HEADLINE -> LaidOutPage.Role.HEADLINE;
                    case SUBTITLE -> LaidOutPage.Role.SUBTITLE;
                    case HEADING -> LaidOutPage.Role.HEADING;
                    case PARAGRAPH, CAPTION -> LaidOutPage.Role.TEXT;
                };
                pieces.add(new LaidOutPage.Piece(role, lines(part.lines())));
            }
            if (!pieces.isEmpty()) {
                areas.add(new LaidOutPage.Area(pieces, area.region().stream().map(PdfPages::box).toList()));
            }
        }
        List<LaidOutPage.Piece> foot = new ArrayList<>();
        for (TextBlock block : layout.foot()) {
            foot.add(new LaidOutPage.Piece(LaidOutPage.Role.TEXT, lines(block.lines())));
        }
        return new LaidOutPage(source, new PageSize(layout.width(), layout.height(), Unit.POINT), head, areas,
                foot);
    }

    private static List<LaidOutPage.Line> lines(List<TextLine> lines) {
        List<LaidOutPage.Line> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            out.add(new LaidOutPage.Line(line.text(), box(line.box())));
        }
        return out;
    }

    /** A box to the tenth of a point: finer than any print, and short in JSON. */
    private static org.masthead.model.Box box(Box box) {
        return new org.masthead.model.Box(round(box.x()), round(box.y()), round(box.width()), round(box.height()));
    }

    private static double round(float value) {
        return Math.round(value * 10) / 10.0;
    }
}
