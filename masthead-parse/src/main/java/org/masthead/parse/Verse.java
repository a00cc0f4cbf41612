package org.masthead.parse;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * A poem's lines (a literary page's 诗歌): short lines bare of a sentence's marks, one under another, each a
 * paragraph of its own. Every other rule reads such a line as a heading (a headline or subhead: short, no
 * punctuation) or as the head of a paragraph a column end cut, and so would make the poem a stack of headings
 * or one run-on line. What tells verse is the run: four lines or more of that shape, and ragged, where a
 * column's prose fills its lines to one width and a headline's stack has a byline, a dateline or text under it.
 */
final class Verse {
    /** The fewest lines that tell a poem under its byline (a kicker, a headline of two lines and a subtitle: three). */
    private static final int MIN_LINES = 4;
    /** The fewest that tell one where the converter set its byline elsewhere (pdftotext may): twice as many. */
    private static final int MIN_UNSIGNED = 2 * MIN_LINES;
    /** The fewest lines of a stanza: its converter's block or paragraph (a heading's stack has fewer). */
    private static final int MIN_STANZA = 3;
    /** A verse line is a few words; a longer bare line is a headline or prose. */
    private static final int MAX_LINE = 16;
    /** A clause's marks: a verse line may end on one but holds none, where a narrow column's prose line has them. */
    private static final String MARKS = "，。、；：？！,;:?!";

    private Verse() {
    }

    /**
     * A run of verse lines: where it ends, and whether it is a poem's. A run is taken whole or not at all, so a
     * caller goes on after its end either way (and reads each line once).
     */
    record Run(int end, boolean poem) {
    }

    /**
     * The run of verse lines at {@code from}, before {@code end} at the latest (the lines after it still tell where
     * the next item's headline stands): a poem's if it is long and ragged enough to be one. Under the poem's byline
     * ({@code signed}) a shorter run tells.
     */
    static Run run(List<String> lines, int from, int end, boolean signed) {
        int to = from;
        while (to < end && isLine(lines.get(to)) && !headsItem(lines, to + 1)) {
            to++;
        }
        return new Run(to, to - from >= (signed ? MIN_LINES : MIN_UNSIGNED) && isRagged(lines.subList(from, to)));
    }

    /**
     * Which of the lines are a poem's, where a poem starts: at a verse line under its byline, or right under its
     * title ({@code title} tells which lines are titles) where the converter set the byline elsewhere. A run from
     * line {@code i} goes on to {@code end.applyAsInt(i)} at most.
     */
    static boolean[] poems(List<String> lines, IntPredicate title, IntUnaryOperator end) {
        return poems(lines, 1, i -> {
            // The line's shape first: a byline's pattern costs more, and nearly every line fails the shape.
            if (!isLine(lines.get(i))) {
                return null;
            }
            boolean signed = Segments.byline(lines.get(i - 1)) != null;
            return signed || title.test(i - 1) ? signed : null;
        }, end);
    }

    /** Which of the lines are a poem's, wherever a run of them stands (paragraphs already under their headline). */
    static boolean[] poems(List<String> lines) {
        return poems(lines, 0, i -> true, i -> lines.size());
    }

    /**
     * The poems' lines, reading runs from line {@code first} on: a run may start at a line where {@code signed}
     * says whether it is under a byline, and nowhere it says null.
     */
    private static boolean[] poems(List<String> lines, int first, IntFunction<Boolean> signed, IntUnaryOperator end) {
        boolean[] poem = new boolean[lines.size()];
        for (int i = first; i < lines.size(); ) {
            Boolean underByline = signed.apply(i);
            if (underByline == null) {
                i++;
                continue;
            }
            Run run = run(lines, i, end.applyAsInt(i), underByline);
            if (run.poem()) {
                Arrays.fill(poem, i, run.end(), true);
            }
            i = Math.max(i + 1, run.end());
        }
        return poem;
    }

    /** Lines that may be a stanza: three verse lines or more, nothing else. */
    static boolean isStanza(List<String> lines) {
        return lines.size() >= MIN_STANZA && lines.stream().allMatch(Verse::isLine);
    }

    /**
     * A line a poem may have: short, a clause's mark only at its end, no figures, and none of the lines that stand
     * alone in a report (byline, credit, jump note, a bulleted or numbered subhead, a dateline, a running head) or
     * on the page's edge (a QR code's label).
     */
    static boolean isLine(String line) {
        int length = line.length();
        if (length < 2 || length > MAX_LINE) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            // Figures and Latin words, which reports are full of, a poem seldom has.
            if (i < length - 1 && MARKS.indexOf(c) >= 0 || Punctuation.isAsciiWord(c)) {
                return false;
            }
        }
        return !PrintedLines.standsAlone(line) && Segments.numberedHeading(line) == 0 && Segments.dateline(line) == null
                && !MastheadReader.isHeadLine(line) && !Furniture.isQrLabelLine(line);
    }

    /**
     * Whether the line over line {@code below} heads an item, as the next item's headline does where a poem ends:
     * a byline, a dateline or a paragraph of prose under it (a photo's caption is none), or under it the rest of a
     * headline its line could not hold (走进联勤保障部队某中心的训 / 练场; 规模以上工业增加值 / 同比增长9.6%) over one of
     * those. (In a poem, a bare line over prose is rare.)
     */
    private static boolean headsItem(List<String> lines, int below) {
        return headsItem(lines, below, true);
    }

    private static boolean headsItem(List<String> lines, int below, boolean orItsRest) {
        if (below >= lines.size()) {
            return false;
        }
        String line = lines.get(below);
        if (Segments.byline(line) != null || Segments.dateline(line) != null) {
            return true;
        }
        if (line.length() > MAX_LINE) {
            return hasMark(line) && !isCaption(lines, below);
        }
        // A headline's rest is bare of marks; a short line with them is a headline of its own (强军路上，我们一起奋斗).
        // Short enough for a verse line, it is a headline's rest where a word runs across into it (海军陆战队某旅破解保
        // / 障难题见实效): a poem breaks its lines between words.
        return orItsRest && (PrintedLines.isTail(line) || !hasMark(line) && (!isLine(line)
                || DictionaryWords.runAcross(lines.get(below - 1), line))) && headsItem(lines, below + 1, false);
    }

    private static boolean hasMark(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (MARKS.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A photo's caption: its credit at its end or on the line under it. */
    private static boolean isCaption(List<String> lines, int i) {
        return Segments.captionWithCredit(lines.get(i)) != null
                || i + 1 < lines.size() && Segments.credit(lines.get(i + 1)) != null;
    }

    /**
     * Lines that stop where their words end, not at one width: fewer than half of them as wide as the widest, to
     * half an em. A column's prose, justified, fills all its lines but a paragraph's last (a figure's half em
     * aside); a poem's lines differ by whole characters.
     */
    static boolean isRagged(List<String> run) {
        int widest = 0;
        for (String line : run) {
            widest = Math.max(widest, PrintedLines.width(line));
        }
        int full = 0;
        for (String line : run) {
            full += PrintedLines.width(line) >= widest - 1 ? 1 : 0;
        }
        return full * 2 < run.size();
    }
}
