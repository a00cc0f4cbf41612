package org.masthead.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Third stage: lines into blocks. A line continues the block above it when it is set in the same size, weight
 * and face (or the text runs on from one type into the other, as a run-in bold dateline does), in the same column (overlapping it, starting at most an indent to its right), at most a line's
 * gap below it, with no rule between them.
 */
final class Blocks {
    /** Leading leaves less than this many em between lines of one block; paragraphs are not split here. */
    private static final float MAX_GAP = 1.0f;
    /** Type this much larger than body text is display type (headlines), set centred line under line. */
    static final float DISPLAY = 1.3f;
    /**
     * Type this much larger than body text is title type: headlines (a brief's may be set this small, and
     * not bold), subtitles; set centred line under line. Section headings are set about body size.
     */
    static final float TITLE = 1.2f;
    /** The widest first-line indent, in em: two characters, three in some papers, and a little over. */
    private static final float MAX_INDENT = 3.2f;
    /**
     * How far, in em, a line of a column may end past another line's end (a hanging mark, a line set a little
     * wide); a line reaching further runs over the gutter into the next column.
     */
    private static final float MAX_REACH = 1.2f;
    /** A brief's head may be set this little above body size; no running text is. */
    static final float BRIEF_HEAD = 1.08f;

    private Blocks() {
    }

    static List<TextBlock> of(List<TextLine> lines, List<Box> rules, float body) {
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble((TextLine l) -> l.box().y()).thenComparingDouble(TextLine::x));
        List<List<TextLine>> open = new ArrayList<>();
        for (int at = 0; at < sorted.size(); at++) {
            TextLine line = sorted.get(at);
            List<TextLine> best = null;
            float bestGap = Float.MAX_VALUE;
            for (List<TextLine> block : open) {
                TextLine last = block.get(block.size() - 1);
                float gap = line.box().y() - last.box().bottom();
                if (gap < bestGap && continues(block, last, line, gap, body) && !ruleBetween(last.box(), line.box(), rules)
                        && !spansGutterOver(sorted, at, last)) {
                    best = block;
                    bestGap = gap;
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                open.add(best);
            }
            best.add(line);
        }
        List<TextBlock> blocks = new ArrayList<>(open.size());
        for (List<TextLine> block : open) {
            blocks.add(block(block));
        }
        return blocks;
    }

    /**
     * Whether {@code upper} reaches past the line {@code at} over a gutter: another column's line stands beside it,
     * on its row, under {@code upper} (a byline centred over two columns, over their first lines).
     */
    private static boolean spansGutterOver(List<TextLine> sorted, int at, TextLine upper) {
        TextLine line = sorted.get(at);
        float size = line.size();
        if (upper.box().right() <= line.box().right() + size * MAX_REACH) {
            return false;
        }
        for (int step = -1; step <= 1; step += 2) {
            for (int i = at + step; i >= 0 && i < sorted.size()
                    && Math.abs(sorted.get(i).box().y() - line.box().y()) < size * 0.5f; i += step) {
                TextLine other = sorted.get(i);
                if (other.x() >= line.box().right() && other.x() < upper.box().right() - size) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean continues(List<TextLine> block, TextLine last, TextLine line, float gap, float body) {
        float size = Math.max(last.size(), line.size());
        if (gap < -size * 0.3f || gap > size * MAX_GAP) {
            return false;
        }
        boolean sameType = last.bold() == line.bold() && last.face().equals(line.face());
        // One text's lines share a size within a few hundredths; a subtitle set a tenth above body is not its line.
        if (Math.abs(last.size() - line.size()) > size * 0.06f || !sameType && !runsOn(last, line, size)) {
            return false;
        }
        float overlap = last.box().overlapX(line.box());
        if (overlap < 0.5f * Math.min(last.box().width(), line.box().width()) && !lastLineUnderIndent(block, last, line, size)) {
            return false;
        }
        // A centred line (byline, credit, heading) stands apart from full lines above or below it.
        if (insetBothSides(last, line, size) && !shortFirstLine(block, last, line, size)
                || insetBothSides(line, last, size)) {
            // Inset on both sides, the lines are set centred if their centres meet, however little the inset.
            // A head's short last line, centred under it, may be set as little above body size as a brief's head.
            return centresMeet(last, line) && (last.bold() || last.size() >= body * TITLE
                    || insetBothSides(line, last, size) && line.size() >= body * BRIEF_HEAD);
        }
        // Body lines share the column's left edge, give or take a first line's indent; display lines are centred.
        float left = block.get(0).x();
        float right = block.get(0).box().right();
        for (TextLine l : block) {
            left = Math.min(left, l.x());
            right = Math.max(right, l.box().right());
        }
        // A line sticking out right over one sticking out left is not one column (a byline across two), unless the
        // upper one is only indented: a paragraph's first line over a line line breaking left short, back at the
        // edge of the lines above.
        boolean indentedOverEdge = block.size() > 1 && Math.abs(line.x() - left) < size * 0.5f
                && last.x() - left <= size * MAX_INDENT;
        if (last.box().right() > line.box().right() + size * MAX_REACH && line.x() < last.x() - size * 0.5f
                && (block.size() > 1 && !indentedOverEdge || last.x() - line.x() > size * MAX_INDENT)) {
            return false;
        }
        return lineIsCentredOn(last, line)
                || Math.abs(line.x() - left) <= size * MAX_INDENT && line.box().right() <= right + size * MAX_REACH;
    }

    /**
     * Whether text runs on from one line into the next across a change of the lines' type (weight or face): a
     * dateline or byline run into a paragraph in bold (or in 黑体 within 宋体) makes its first line (or two)
     * mostly that type, but the type is the same where one line ends and the next begins, and the upper line is
     * set out to the column's edge as running text is, but for what line breaking carried down. A section heading
     * is short, and its paragraph starts in another type.
     */
    private static boolean runsOn(TextLine upper, TextLine lower, float size) {
        Glyph end = upper.glyphs().get(upper.glyphs().size() - 1);
        Glyph start = lower.glyphs().get(0);
        return end.bold() == start.bold() && end.face().equals(start.face())
                && brokenShortOf(upper, lower, size);
    }

    private static boolean insetBothSides(TextLine inner, TextLine outer, float size) {
        return inner.x() > outer.x() + size * 0.5f && inner.box().right() < outer.box().right() - size * 0.5f;
    }

    /**
     * A paragraph's indented first line that line breaking left short of the edge (a character pushed down with
     * the punctuation after it), over the paragraph's next line: inset on both sides, but by an indent on the
     * left and on the right by no more than line breaking carried down.
     */
    private static boolean shortFirstLine(List<TextLine> block, TextLine upper, TextLine lower, float size) {
        return block.size() == 1 && upper.x() - lower.x() <= size * MAX_INDENT && brokenShortOf(upper, lower, size);
    }

    /**
     * Whether the upper line stops short of the lower one's end by no more than line breaking carries down: a
     * character with the mark after it, or whatever unit opens the lower line (“今, 67%，).
     */
    private static boolean brokenShortOf(TextLine upper, TextLine lower, float size) {
        return lower.box().right() - upper.box().right() <= Math.max(size * 1.5f, lower.openingWidth() + size * 0.5f);
    }

    /**
     * A two-line paragraph's last line, a character or two with the mark after it (能 / 力。), under its indented
     * first line: it stands wholly in the indent, so the two lines do not overlap, yet it starts at the column's
     * edge an indent left of the line above, as no line of another column could.
     */
    private static boolean lastLineUnderIndent(List<TextLine> block, TextLine upper, TextLine lower, float size) {
        float indent = upper.x() - lower.x();
        return block.size() == 1 && indent > size * 0.5f && indent <= size * MAX_INDENT
                && lower.box().right() <= upper.x() + size * 0.5f;
    }

    private static boolean lineIsCentredOn(TextLine above, TextLine line) {
        return centresMeet(above, line) && Math.abs(above.x() - line.x()) > line.size();
    }

    private static boolean centresMeet(TextLine above, TextLine line) {
        return Math.abs(above.box().centreX() - line.box().centreX()) < line.size() * 0.8f;
    }

    static boolean ruleBetween(Box above, Box below, List<Box> rules) {
        for (Box rule : rules) {
            if (rule.height() < rule.width() && rule.y() >= above.bottom() - 1 && rule.bottom() <= below.y() + 1
                    && rule.overlapX(below) > below.width() * 0.5f) {
                return true;
            }
        }
        return false;
    }

    private static TextBlock block(List<TextLine> lines) {
        Box box = lines.get(0).box();
        float size = 0;
        int bold = 0;
        int glyphs = 0;
        for (TextLine line : lines) {
            box = box.union(line.box());
            size = Math.max(size, line.size());
            bold += line.bold() ? line.glyphs().size() : 0;
            glyphs += line.glyphs().size();
        }
        return new TextBlock(List.copyOf(lines), box, size, bold * 2 > glyphs);
    }
}
