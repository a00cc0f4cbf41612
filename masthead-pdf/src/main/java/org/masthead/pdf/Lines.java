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
    /**
     * A narrower gap, unruled, is a gutter only where the page's rows leave it open again and again, or two rows
     * right around part two columns' lines there, as a column's edge does and a justified line's spread never does
     * twice in one place.
     */
    private static final float NARROW_GAP = 0.5f;
    /** A gap this wide is a gutter whatever the rows around it show. */
    private static final float SURE_GAP = 3.0f;
    /** Rows of a page that leave one gap open, as a gutter's rows do, and how far away in ems they may be. */
    private static final int PAGE_GUTTER = 8;
    private static final float GUTTER_REACH = 30;
    /** Headlines may be letter-spaced to fill their width. */
    private static final float DISPLAY_GAP = 2.0f;

    private Lines() {
    }

    static List<TextLine> of(List<Glyph> glyphs, List<Box> rules, float bodySize) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(g -> g.box().x()));
        List<List<Glyph>> rows = new ArrayList<>();
        int start = 0;
        while (start < sorted.size()) {
            // One row: glyphs whose baselines lie within a fraction of the smaller type's size. Measured by
            // the first glyph alone, a masthead title's row would take in the small lines set beside it.
            Glyph first = sorted.get(start);
            int end = start + 1;
            while (end < sorted.size() && sorted.get(end).baseline() - first.baseline()
                    < Math.min(first.size(), sorted.get(end).size()) * 0.3f) {
                end++;
            }
            List<Glyph> row = new ArrayList<>(sorted.subList(start, end));
            row.sort(Comparator.comparingDouble(g -> g.box().x()));
            rows.add(row);
            start = end;
        }
        List<Gap> gaps = wideGaps(rows, bodySize);
        List<TextLine> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            split(rows, r, rules, bodySize, gaps, lines);
        }
        return lines;
    }

    /** A gap in a row between printed glyphs, from and to x, at the row's baseline. */
    private record Gap(float from, float to, float baseline) {
    }

    /**
     * The gaps wider than a narrow gutter ({@link #NARROW_GAP}) between printed glyphs of the page's rows, the
     * open space before each row's first glyph (from minus infinity) and after its last (to infinity).
     */
    private static List<Gap> wideGaps(List<List<Glyph>> rows, float bodySize) {
        List<Gap> gaps = new ArrayList<>();
        for (List<Glyph> row : rows) {
            Glyph last = null;
            for (Glyph glyph : row) {
                if (glyph.text().isBlank()) {
                    continue;
                }
                if (last == null || glyph.box().x() - last.box().right() > bodySize * NARROW_GAP) {
                    gaps.add(new Gap(last == null ? Float.NEGATIVE_INFINITY : last.box().right(), glyph.box().x(),
                            glyph.baseline()));
                }
                last = glyph;
            }
            if (last != null) {
                gaps.add(new Gap(last.box().right(), Float.POSITIVE_INFINITY, last.baseline()));
            }
        }
        return gaps;
    }

    /**
     * Whether a space set on a gutter parts two columns' lines though the rows right around show no parting
     * (short, indented or spanning lines beside a dateline's space at its column's edge): the page's rows leave
     * that gap open again and again within some twenty lines, and the line before the space starts where a
     * column or its indent does, not centred across (a byline) or inside a column (a caption's credit).
     */
    private static boolean gutterOfPage(List<Gap> gaps, float baseline, float start, float from, float to,
            float size) {
        int gutter = 0;
        int ends = 0;
        int starts = 0;
        int column = 0;
        for (Gap gap : gaps) {
            if (Math.abs(gap.baseline() - baseline) > size * GUTTER_REACH) {
                continue;
            }
            // The column's text starts at one edge; the line before may stop short of it, as ragged lines do.
            boolean leftEdge = gap.from() < from + size * 0.5f && gap.from() > from - size * 1.5f;
            boolean rightEdge = Math.abs(gap.to() - to) < size * 0.5f;
            gutter += leftEdge && rightEdge ? 1 : 0;
            // Two columns whose baselines do not line up (one pushed down by a heading in larger type) leave
            // the gutter open in rows of their own: one ends its rows there, the other starts them.
            ends += leftEdge && gap.to() >= to + size * 0.5f ? 1 : 0;
            starts += rightEdge && gap.from() <= from - size * 1.5f ? 1 : 0;
            float indent = start - gap.to();
            column += indent > -size * 0.5f && (indent < size * 0.5f || Math.abs(indent - 2 * size) < size * 0.5f) ? 1 : 0;
        }
        return gutter + Math.min(ends, starts) >= PAGE_GUTTER && column >= PAGE_GUTTER;
    }

    /**
     * Whether a body-size gap is a gutter: the rows within about two lines above, or those below, leave some
     * of it unprinted by text of about that size. A justified line in a narrow column may be spread wider
     * than a gutter, but the lines of its column above and below print all across its gaps (a byline across
     * two columns covers a gutter only from above; a paragraph's short last line leaves its column's right
     * part open, and the line above or below prints there, so only the gutter itself stays open). Where no text
     * of the size stands on one side (a column's first line under its headline), the other side tells alone.
     */
    private static boolean gutter(List<List<Glyph>> rows, int r, float from, float to, float size) {
        float baseline = rows.get(r).get(0).baseline();
        // Half the gap's edges aside: glyph boxes of neighbours need not line up with this line's.
        float inset = Math.min(size * 0.2f, (to - from) * 0.25f);
        List<List<Glyph>> above = new ArrayList<>();
        for (int i = r - 1; i >= 0 && near(rows.get(i), baseline, size); i--) {
            above.add(rows.get(i));
        }
        List<List<Glyph>> below = new ArrayList<>();
        for (int i = r + 1; i < rows.size() && near(rows.get(i), baseline, size); i++) {
            below.add(rows.get(i));
        }
        boolean textAbove = hasText(above, size);
        boolean textBelow = hasText(below, size);
        if (!textAbove && !textBelow) {
            return true;
        }
        boolean coveredAbove = !textAbove || covers(above, from + inset, to - inset, size);
        boolean coveredBelow = !textBelow || covers(below, from + inset, to - inset, size);
        return !(coveredAbove && coveredBelow);
    }

    private static boolean near(List<Glyph> row, float baseline, float size) {
        return Math.abs(row.get(0).baseline() - baseline) <= size * 3.2f;
    }

    /** Whether the rows print any text of about the size. */
    private static boolean hasText(List<List<Glyph>> rows, float size) {
        return rows.stream().flatMap(List::stream).anyMatch(glyph -> ofSize(glyph, size));
    }

    /** Whether text of about the size, in the rows together, prints all across x from {@code from} to {@code to}. */
    private static boolean covers(List<List<Glyph>> rows, float from, float to, float size) {
        float reached = from;
        boolean grown = true;
        while (grown && reached < to) {
            grown = false;
            for (List<Glyph> row : rows) {
                for (Glyph glyph : row) {
                    if (glyph.box().x() <= reached + 0.5f && glyph.box().right() > reached && ofSize(glyph, size)) {
                        reached = glyph.box().right();
                        grown = true;
                    }
                }
            }
        }
        return reached >= to;
    }

    /** A glyph that prints text of about the size. */
    private static boolean ofSize(Glyph glyph, float size) {
        return glyph.size() < size * 1.3f && glyph.size() > size / 1.3f && !glyph.text().isBlank();
    }

    /**
     * Whether a row around is two columns' lines parted right there: it prints up to about x {@code from} and
     * from about {@code to} on, and nothing between. A space hanging off a column's last glyph into the gutter
     * is told from a space set between words so, not by its width.
     */
    private static boolean parted(List<List<Glyph>> rows, int r, float from, float to, float size) {
        float baseline = rows.get(r).get(0).baseline();
        float inset = Math.min(size * 0.2f, (to - from) * 0.25f);
        int parted = 0;
        int ended = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (i == r || !near(rows.get(i), baseline, size)) {
                continue;
            }
            boolean left = false;
            boolean edge = false;
            boolean right = false;
            boolean between = false;
            for (Glyph glyph : rows.get(i)) {
                if (glyph.text().isBlank() || glyph.size() > size * 1.3f || glyph.size() < size / 1.3f) {
                    continue;
                }
                Box box = glyph.box();
                // The column on the left may end its line a character short; the one on the right may start it
                // with a paragraph's indent.
                left |= box.right() <= from + inset && box.right() >= from - size * 1.5f;
                edge |= Math.abs(box.right() - from) <= inset;
                right |= box.x() >= to - inset && box.x() <= to + size * 2.5f;
                between |= box.x() < to - inset && box.right() > from + inset;
            }
            parted += left && right && !between ? 1 : 0;
            ended += edge && !right && !between ? 1 : 0;
        }
        // Two rows, as a gutter shows: one alone may be a word space that happens to stand there (…电 空 under a
        // byline's 者 严). Or one, and a row whose line ends right there with nothing beside it: the right
        // column ended higher (a short article's last column).
        return parted >= 2 || parted == 1 && ended >= 1;
    }

    /**
     * Whether a line is centred across a gutter (a byline over two columns, 本报记者　尹　强　　许　艳, whose padded
     * spaces may fall on the gutter): a row around shows the two columns' lines parted at the gap, and this line
     * starts well inside the left one and ends well inside the right one, where a column's line starts at its
     * edge or a first line's indent and a right-aligned note (（下转第二版）) ends at the edge. A brief's head set
     * centred over its two columns, its space between two phrases on the gutter, is such a line too; so is a line in
     * larger type whose glyphs on both sides of the gap print into the gutter.
     */
    private static boolean centredAcross(List<List<Glyph>> rows, int r, List<Glyph> line, int next, float from,
            float to, float size) {
        if (line.isEmpty()) {
            return false;
        }
        float start = line.get(0).box().x();
        float end = end(rows.get(r), next, size);
        float baseline = rows.get(r).get(0).baseline();
        // The columns' edges, from every row around that parts there: one row's line may start at an indent.
        float columnsStart = Float.MAX_VALUE;
        float columnsEnd = -Float.MAX_VALUE;
        float inside = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (i == r || !near(rows.get(i), baseline, size)) {
                continue;
            }
            List<Glyph> row = new ArrayList<>();
            for (Glyph glyph : rows.get(i)) {
                if (!glyph.text().isBlank() && glyph.size() < size * 1.3f && glyph.size() > size / 1.3f) {
                    row.add(glyph);
                }
            }
            for (int k = 0; k + 1 < row.size(); k++) {
                Box left = row.get(k).box();
                Box right = row.get(k + 1).box();
                if (left.right() <= from + size * 0.5f && left.right() >= from - size && right.x() >= to - size * 0.5f
                        && right.x() <= to + size) {
                    if (size > row.get(k).size() * 1.1f && from > left.right() + size * 0.2f && to < right.x() - size * 0.2f) {
                        // A line in larger type than the columns' prints into the gutter on both sides of its gap:
                        // the gap is a word space of a head across the columns (a brief's head over four).
                        return true;
                    }
                    // The two columns' lines out to their edges: their glyphs stand close, as set or justified (a
                    // closing mark hanging into a gutter beyond does not close it).
                    int first = k;
                    while (first > 0 && closeUp(row, first - 1, size)) {
                        first--;
                    }
                    int last = k + 1;
                    while (last + 1 < row.size() && closeUp(row, last, size)) {
                        last++;
                    }
                    columnsStart = Math.min(columnsStart, row.get(first).box().x());
                    columnsEnd = Math.max(columnsEnd, row.get(last).box().right());
                    // Inside by more than the columns' own indent, in their type: a headline over them is larger.
                    inside = Math.max(inside, row.get(k).size() * 2.5f);
                    break;
                }
            }
        }
        return inside > 0 && start - columnsStart > inside && columnsEnd - end > inside;
    }

    /**
     * Whether a gap narrower than a body gap, from x {@code from} to {@code to} before the row's glyph {@code next},
     * is a gutter: wider than {@link #NARROW_GAP}, the rows around or the page's rows leave it open, and the line
     * so far is not centred across it.
     */
    private static boolean narrowGutter(List<List<Glyph>> rows, int r, List<Glyph> line, int next, List<Gap> gaps,
            float from, float to, float size) {
        return to - from > size * NARROW_GAP
                && (parted(rows, r, from, to, size)
                        || gutterOfPage(gaps, rows.get(r).get(next).baseline(), line.get(0).box().x(), from, to, size))
                && gutter(rows, r, from, to, size) && !centredAcross(rows, r, line, next, from, to, size);
    }

    /**
     * Whether the row's glyph after {@code i} stands close to it, in one line: less than half an em apart. A closing
     * mark pulled into the glyph before it (。” set close) may hang past its line's end, its ink in its em's left
     * half ({@link Glyph#inkRight}); inside a line such a pair leaves about half an em from that ink to the next
     * character, a gutter more.
     */
    private static boolean closeUp(List<Glyph> row, int i, float size) {
        Glyph glyph = row.get(i);
        float next = row.get(i + 1).box().x();
        boolean pulledIn = i > 0 && glyph.box().x() < row.get(i - 1).box().right() - glyph.size() * 0.1f;
        return next - glyph.box().right() < size * 0.5f && !(pulledIn && next - glyph.inkRight() > size * 0.65f);
    }

    /** Whether an upright rule (a column rule) stands between x {@code from} and {@code to} beside the row. */
    private static boolean ruleBetween(List<Box> rules, float from, float to, Glyph glyph) {
        for (Box rule : rules) {
            if (rule.height() > rule.width() && rule.x() >= from && rule.right() <= to
                    && rule.y() < glyph.baseline() && rule.bottom() > glyph.box().y()) {
                return true;
            }
        }
        return false;
    }

    /** Where the text from the row's glyph {@code at} on ends: at the first gap no line's word space reaches. */
    private static float end(List<Glyph> row, int at, float size) {
        float end = row.get(at).box().right();
        for (int i = at + 1; i < row.size() && row.get(i).box().x() - end < size * SURE_GAP; i++) {
            if (!row.get(i).text().isBlank()) {
                end = row.get(i).box().right();
            }
        }
        return end;
    }

    private static void split(List<List<Glyph>> rows, int r, List<Box> rules, float bodySize, List<Gap> gaps,
            List<TextLine> lines) {
        List<Glyph> row = rows.get(r);
        List<Glyph> current = new ArrayList<>();
        // The gap is measured from the last glyph printed: a line's trailing space may hang into the gutter. But
        // spaces set glyph to glyph, without a gap before or after, are typeset (新华社电　正文, a credit): no gap.
        Glyph last = null;
        Glyph space = null;
        boolean closeSpaces = false;
        for (int g = 0; g < row.size(); g++) {
            Glyph glyph = row.get(g);
            if (last != null && !glyph.text().isBlank()) {
                float size = Math.max(last.size(), glyph.size());
                boolean spaced = closeSpaces && glyph.box().x() - space.box().right() < size * 0.3f;
                float gap = glyph.box().x() - last.box().right();
                boolean display = size >= bodySize * Blocks.DISPLAY;
                boolean sizeChange = Math.max(last.size(), glyph.size()) > Math.min(last.size(), glyph.size()) * 1.3f;
                float from = last.box().right();
                // A closing mark ending a column's line may hang into the gutter: a narrow gutter may be measured
                // from its ink too, the rows around showing the columns' edges there.
                float ink = last.inkRight();
                float to = glyph.box().x();
                // Whether the line is centred across the gap is asked only of a gap that looks like a gutter.
                boolean apart = display ? gap > size * DISPLAY_GAP
                        : spaced ? (parted(rows, r, from, to, size)
                                || !current.isEmpty()
                                        && gutterOfPage(gaps, glyph.baseline(), current.get(0).box().x(), from, to, size))
                                && !centredAcross(rows, r, current, g, from, to, size)
                        : gap > size * BODY_GAP && (gap > size * SURE_GAP
                        || gutter(rows, r, from, to, size) && !centredAcross(rows, r, current, g, from, to, size))
                        || !current.isEmpty() && (narrowGutter(rows, r, current, g, gaps, from, to, size)
                                || ink < from && narrowGutter(rows, r, current, g, gaps, ink, to, size))
                        || gap > 0 && ruleBetween(rules, from, to, glyph);
                if (apart || sizeChange || gap < -size) {
                    display(current, bodySize, lines);
                    current = new ArrayList<>();
                }
            }
            if (!glyph.text().isBlank() || !current.isEmpty()) {
                current.add(glyph);
            }
            if (!glyph.text().isBlank()) {
                last = glyph;
                space = null;
                closeSpaces = false;
            } else if (last != null) {
                closeSpaces = glyph.box().x() - (space == null ? last : space).box().right() < glyph.size() * 0.3f
                        && (space == null || closeSpaces);
                space = glyph;
            }
        }
        if (!current.isEmpty()) {
            display(current, bodySize, lines);
        }
    }

    /**
     * Display type may be spread evenly across its width; within a run, a gap well over that spread parts
     * two headlines set side by side. Two characters show no spread to measure: spaced apart, they are one word
     * spread (数　说), never two headlines of a character each.
     */
    private static void display(List<Glyph> run, float bodySize, List<TextLine> lines) {
        float size = run.get(0).size();
        if (size < bodySize * Blocks.DISPLAY || run.size() < 3) {
            add(run, lines);
            return;
        }
        float spacing = letterSpacing(run);
        int start = 0;
        for (int i = 1; i < run.size(); i++) {
            float gap = run.get(i).box().x() - run.get(i - 1).box().right();
            if (gap > size * 0.5f && gap > spacing * 2.5f) {
                add(run.subList(start, i), lines);
                start = i;
            }
        }
        add(run.subList(start, run.size()), lines);
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

    /** The run as a line, unless it prints nothing (display type spread so far that a space stands alone). */
    private static void add(List<Glyph> run, List<TextLine> lines) {
        TextLine line = line(run);
        if (!line.text().isEmpty()) {
            lines.add(line);
        }
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
                // A CJK font's own space is about a fifth of an em wide (Noto CJK's 0.224): 本报记者 龚海波 范娟.
                if (extra > glyph.size() * (words ? 0.15f : 0.2f)) {
                    text.append(' ');
                }
            }
            text.append(t);
            box = box.union(glyph.box());
            size = Math.max(size, glyph.size());
            bold += glyph.bold() ? 1 : 0;
            previous = glyph;
        }
        return new TextLine(List.copyOf(glyphs), text.toString().strip(), box, size, bold * 2 > glyphs.size(),
                mostCommonFace(glyphs));
    }

    /** The typeface most of the glyphs are set in (digits and Latin letters are often set in another). */
    static String mostCommonFace(List<Glyph> glyphs) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        String best = "";
        int most = 0;
        for (Glyph glyph : glyphs) {
            int count = counts.merge(glyph.face(), 1, Integer::sum);
            if (count > most) {
                most = count;
                best = glyph.face();
            }
        }
        return best;
    }
}
