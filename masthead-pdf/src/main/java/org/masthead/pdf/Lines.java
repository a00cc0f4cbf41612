package org.masthead.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Second stage: glyphs into lines. Glyphs sharing a baseline form a row; a row splits where the gap
 * between glyphs is wider than the text could be spread by justification (column gutters), so each line
 * stays within one column. Large type (headlines spread across their width) may be spaced far wider
 * than body type.
 */
final class Lines {
    /** A gap this many em wide splits body-size text; gutters are at least about one em. */
    private static final float BODY_GAP = 0.9f;
    /** Headlines may be letter-spaced to fill their width. */
    private static final float DISPLAY_GAP = 3.5f;

    private Lines() {
    }

    static List<TextLine> of(List<Glyph> glyphs, float bodySize) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(g -> g.box().x()));
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        while (start < sorted.size()) {
            // One row: glyphs whose baselines lie within a fraction of the first one's size.
            Glyph first = sorted.get(start);
            int end = start + 1;
            while (end < sorted.size() && sorted.get(end).baseline() - first.baseline() < first.size() * 0.3f) {
                end++;
            }
            List<Glyph> row = new ArrayList<>(sorted.subList(start, end));
            row.sort(Comparator.comparingDouble(g -> g.box().x()));
            split(row, bodySize, lines);
            start = end;
        }
        return lines;
    }

    private static void split(List<Glyph> row, float bodySize, List<TextLine> lines) {
        List<Glyph> current = new ArrayList<>();
        for (Glyph glyph : row) {
            if (!current.isEmpty()) {
                Glyph last = current.get(current.size() - 1);
                float size = Math.max(last.size(), glyph.size());
                float gap = glyph.box().x() - last.box().right();
                float allowed = size * (size >= bodySize * Blocks.DISPLAY ? DISPLAY_GAP : BODY_GAP);
                boolean sizeChange = Math.max(last.size(), glyph.size()) > Math.min(last.size(), glyph.size()) * 1.3f;
                if (gap > allowed || sizeChange || gap < -size) {
                    lines.add(line(current));
                    current = new ArrayList<>();
                }
            }
            if (!glyph.text().isBlank() || !current.isEmpty()) {
                current.add(glyph);
            }
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
    }

    private static TextLine line(List<Glyph> glyphs) {
        while (glyphs.size() > 1 && glyphs.get(glyphs.size() - 1).text().isBlank()) {
            glyphs.remove(glyphs.size() - 1);
        }
        StringBuilder text = new StringBuilder(glyphs.size());
        Box box = glyphs.get(0).box();
        float size = 0;
        int bold = 0;
        Glyph previous = null;
        for (Glyph glyph : glyphs) {
            String t = Characters.ordinary(glyph.text());
            if (t.isBlank()) {
                previous = glyph;
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                continue;
            }
            if (previous != null && text.length() > 0 && text.charAt(text.length() - 1) != ' '
                    && glyph.box().x() - previous.box().right() > glyph.size() * 0.2f
                    && Characters.isWordChar(text.charAt(text.length() - 1)) && Characters.isWordChar(t.charAt(0))) {
                text.append(' '); // a word space set as a gap, not a glyph
            }
            text.append(t);
            box = box.union(glyph.box());
            size = Math.max(size, glyph.size());
            bold += glyph.bold() ? 1 : 0;
            previous = glyph;
        }
        // A space glyph between two Chinese characters is justification, not a word space.
        String closed = Characters.closeUp(text.toString().strip());
        return new TextLine(List.copyOf(glyphs), closed, box, size, bold * 2 > glyphs.size());
    }
}
