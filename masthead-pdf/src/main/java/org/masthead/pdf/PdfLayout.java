package org.masthead.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The layout stages for one page, in order; each stage has one job and hands the next what it made.
 * <ol>
 * <li>{@link PageMarks}: glyphs with boxes, sizes and weights; rules, frames, images.</li>
 * <li>body size: the size most glyphs are set in, which the other stages measure against.</li>
 * <li>{@link Lines}: glyphs into lines within one column; justification spacing closed up; compatibility
 * forms made ordinary ({@link Characters}).</li>
 * <li>{@link Blocks}: lines into blocks of one size and weight in one column.</li>
 * <li>{@link Areas}: head and foot zones; photos with captions; framed boxes; headlines with kicker and
 * subtitle; every other block to its headline; reading order; paragraphs and section headings.</li>
 * </ol>
 */
final class PdfLayout {
    private PdfLayout() {
    }

    static PageLayout of(PDPage page) throws IOException {
        PageMarks.Marks marks = PageMarks.of(page);
        float body = bodySize(marks.glyphs());
        List<TextLine> lines = Lines.of(marks.glyphs(), marks.rules(), body);
        List<TextBlock> blocks = Blocks.of(lines, marks.rules(), body);
        return Areas.of(marks, blocks, body);
    }

    /** The size most glyphs are set in, to the half point. */
    static float bodySize(List<Glyph> glyphs) {
        int[] counts = new int[400];
        int best = 20;
        for (Glyph glyph : glyphs) {
            int halfPoints = Math.min(counts.length - 1, Math.round(glyph.size() * 2));
            if (++counts[halfPoints] > counts[best]) {
                best = halfPoints;
            }
        }
        return best / 2f;
    }
}
