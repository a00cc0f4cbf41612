package org.masthead.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Second stage: glyphs into lines. Glyphs sharing a baseline form a row; a row splits at column gutters,
 * so each line stays within one column: where the gap between glyphs is wider than an em and the rows
 * around print nothing across it (a justified line in a narrow column may be spread that wide, but its
 * neighbours cover the gap). Large type (headlines spread across their width) may be spaced far wider.
 */
final class Lines {
    /** A gap this many em wide splits body-size text; gutters are at least about one em. */
    private static final float BODY_GAP = 0.9f;
    /** A gap this wide is a gutter whatever the rows around it show. */
    private static final float SURE_GAP = 3.0f;
    /** Headlines may be letter-spaced to fill their width. */
    private static final float DISPLAY_GAP = 2.0f;

    private Lines() {
    }

    static List<TextLine> of(List<Glyph> glyphs, float bodySize) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(g -> g.box().x()));
        List<List<Glyph>> rows = new ArrayList<>();
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
            rows.add(row);
            start = end;
        }
        List<TextLine> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            split(rows, r, bodySize, lines);
        }
        return lines;
    }

    /**
     * Whether a body-size gap is a gutter: the rows within about two lines above, or those below, print
     * nothing of about that size across its middle. A justified line in a narrow column may be spread wider
     * than a gutter, but the lines of its column above and below cover that x (a byline across two columns
     * covers a gutter only from above; a paragraph's short last line leaves it open, the line above not).
     */
    private static boolean gutter(List<List<Glyph>> rows, int r, float x, float size) {
        float baseline = rows.get(r).get(0).baseline();
        boolean above = false;
        for (int i = r - 1; i >= 0 && near(rows.get(i), baseline, size) && !above; i--) {
            above = covers(rows.get(i), x, size);
        }
        boolean below = false;
        for (int i = r + 1; i < rows.size() && near(rows.get(i), baseline, size) && !below; i++) {
            below = covers(rows.get(i), x, size);
        }
        return !(above && below);
    }

    private static boolean near(List<Glyph> row, float baseline, float size) {
        return Math.abs(row.get(0).baseline() - baseline) <= size * 3.2f;
    }

    private static boolean covers(List<Glyph> row, float x, float size) {
        for (Glyph glyph : row) {
            if (glyph.box().x() <= x && glyph.box().right() >= x && glyph.size() < size * 1.3f
                    && glyph.size() > size / 1.3f && !glyph.text().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static void split(List<List<Glyph>> rows, int r, float bodySize, List<TextLine> lines) {
        List<Glyph> row = rows.get(r);
        List<Glyph> current = new ArrayList<>();
        for (Glyph glyph : row) {
            if (!current.isEmpty()) {
                Glyph last = current.get(current.size() - 1);
                float size = Math.max(last.size(), glyph.size());
                float gap = glyph.box().x() - last.box().right();
                boolean display = size >= bodySize * Blocks.DISPLAY;
                boolean sizeChange = Math.max(last.size(), glyph.size()) > Math.min(last.size(), glyph.size()) * 1.3f;
                boolean apart = display ? gap > size * DISPLAY_GAP
                        : gap > size * BODY_GAP && (gap > size * SURE_GAP
                        || gutter(rows, r, last.box().right() + gap / 2, size));
                if (apart || sizeChange || gap < -size) {
                    display(current, bodySize, lines);
                    current = new ArrayList<>();
                }
            }
            if (!glyph.text().isBlank() || !current.isEmpty()) {
                current.add(glyph);
            }
        }
        if (!current.isEmpty()) {
            display(current, bodySize, lines);
        }
    }

    /**
     * Display type may be spread evenly across its width; within a run, a gap well over that spread parts
     * two headlines set side by side.
     */
    private static void display(List<Glyph> run, float bodySize, List<TextLine> lines) {
        float size = run.get(0).size();
        if (size < bodySize * Blocks.DISPLAY || run.size() < 2) {
            lines.add(line(run));
            return;
        }
        float spacing = letterSpacing(run);
        int start = 0;
        for (int i = 1; i < run.size(); i++) {
            float gap = run.get(i).box().x() - run.get(i - 1).box().right();
            if (gap > size * 0.5f && gap > spacing * 2.5f) {
                lines.add(line(run.subList(start, i)));
                start = i;
            }
        }
        lines.add(line(run.subList(start, run.size())));
    }

    /** The usual gap between neighbouring glyphs of a row: the median, so one wide gap does not count. */
    private static float letterSpacing(List<Glyph> row) {
        if (row.size() < 3) {
            return 0;
        }
        float[] gaps = new float[row.size() - 1];
        for (int i = 1; i < row.size(); i++) {
            gaps[i - 1] = Math.max(0, row.get(i).box().x() - row.get(i - 1).box().right());
        }
        java.util.Arrays.sort(gaps);
        return gaps[gaps.length / 2];
    }

    /**
     * A line's text. Blank glyphs count as space, not text: a space is put where the gap between two glyphs
     * is clearly wider than the line's usual letter spacing, so justification's even spread (新 华 社) closes
     * up while word spaces (本报记者 张三, or before a credit) stay.
     */
    private static TextLine line(List<Glyph> all) {
        List<Glyph> glyphs = new ArrayList<>(all.size());
        for (Glyph glyph : all) {
            if (!glyph.text().isBlank()) {
                glyphs.add(glyph);
            }
        }
        if (glyphs.isEmpty()) {
            glyphs.add(all.get(0));
        }
        float spacing = letterSpacing(glyphs);
        StringBuilder text = new StringBuilder(glyphs.size());
        Box box = glyphs.get(0).box();
        float size = 0;
        int bold = 0;
        Glyph previous = null;
        for (Glyph glyph : glyphs) {
            String t = Characters.ordinary(glyph.text());
            if (previous != null && text.length() > 0) {
                float extra = glyph.box().x() - previous.box().right() - spacing;
                boolean words = Characters.isWordChar(text.charAt(text.length() - 1))
                        && Characters.isWordChar(t.charAt(0));
                if (extra > glyph.size() * (words ? 0.15f : 0.25f)) {
                    text.append(' ');
                }
            }
            text.append(t);
            box = box.union(glyph.box());
            size = Math.max(size, glyph.size());
            bold += glyph.bold() ? 1 : 0;
            previous = glyph;
        }
        return new TextLine(List.copyOf(glyphs), text.toString().strip(), box, size, bold * 2 > glyphs.size());
    }
}
