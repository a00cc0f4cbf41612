package org.masthead.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Normalisation stage for converter text that gives a page's columns row by row. pdftotext (without
 * {@code -layout}) joins the lines of neighbouring columns that stand on one baseline into one line, a space
 * between, whenever the gutter is narrower than the word spacing it allows (about an em and a half; most
 * newspapers set their gutters near one em). A column line that stops short (a paragraph's last line) leaves a
 * wider gap, so the row goes on in a line of its own; one that starts late (an indented first line) may, where
 * the gutters are wide enough that its indent tips the gap over. Inside
 * each of the converter's blocks (lines between blank lines) the text therefore walks the rows top to bottom
 * and each row left to right.
 *
 * <p>This stage cuts the joined lines at their gutters, where a piece the width of a full column line ends,
 * and gives each block column by column. Which column a piece that stands on a line of its own belongs to is
 * not written in the text; it is the best reading of the whole block ({@link #columns}): rows fill left to
 * right, few cells stay empty, and a column's text runs on, so that a full line ending mid-sentence is
 * followed by the rest of its sentence (often a word runs across the join) rather than by an indented first
 * line.
 */
final class InterleavedColumns {
    /** Widths in half-em units, as {@link PrintedLines#width} measures them; justified lines vary by this. */
    private static final int SLACK = PrintedLines.FULL_SLACK;
    /** The spaces between a joined line's pieces (compiled once: every line of a page is cut at them). */
    private static final Pattern SPACES = Pattern.compile(" +");
    /** A paragraph's first line is indented two characters. */
    private static final int INDENT = PrintedLines.INDENT;
    /** Narrower lines tell nothing about the column width. */
    private static final int MIN_COLUMN = PrintedLines.MIN_MEASURED;
    /** Joined lines needed before a page counts as interleaved: a few, and a tenth of its lines. */
    private static final int MIN_JOINED = 5;
    /** Joined lines that make one block of a page otherwise set apart a block of joined columns. */
    private static final int MIN_JOINED_IN_BLOCK = 3;
    /** A dateline cut at its line's end is short: the paper or agency, the place and the date (新华社霍尔果斯12月31). */
    private static final int MAX_CUT_DATELINE = 16;
    /** Lines of another column the converter may set between a cut dateline and its rest. */
    private static final int MAX_LINES_OVER_REST = 2;
    /** A block of this many lines or fewer, over a block of columns, is the first rows of those columns. */
    private static final int MAX_SPLIT_ROWS = 3;
    /** A space inside a column's line (a dateline's, a Latin word's) is rarer than a misfit at the gutter. */
    private static final double SPACE_IN_LINE = SLACK + 1;
    /** No page sets more columns side by side than this; more pieces on a line are cells of a table. */
    private static final int MAX_COLUMNS = 12;
    /** Fewer one-line blocks in a run tell too little of its order to read it anew. */
    private static final int MIN_ROWS_RUN = 8;
    /** The most columns a run of one-line blocks is read in. */
    private static final int MAX_ROW_COLUMNS = 4;
    /** Readings of a block kept while it is read. */
    private static final int BEAM = 12;
    /** Costs of a reading: an empty cell in a row, and the ways a column's text can fail to run on. */
    private static final double EMPTY_CELL = 1.0;
    private static final double OUT_OF_ORDER = 1.0;
    private static final double PASSED_OVER = 0.25;
    private static final double FIRST_LINE_INSIDE_SENTENCE = 2.0;
    private static final double HEADING_INSIDE_SENTENCE = 1.0;
    private static final double FULL_LINE_AFTER_PARAGRAPH_END = 1.5;
    private static final double FIRST_LINE_AFTER_PARAGRAPH_END = -0.5;
    private static final double WORD_ACROSS_JOIN = -1.0;

    private InterleavedColumns() {
    }

    /** One column's line: its text, printed width, and whether it was joined to the piece before it. */
    record Piece(String text, int width, boolean joined) {
        char first() {
            return text.charAt(0);
        }

        char last() {
            return text.charAt(text.length() - 1);
        }
    }

    /** Line {@code i} is the page's running head (解放军报 2024年1月2日 星期二). */
    private static boolean isRunningHead(List<String> lines, int i) {
        return i < lines.size() && MastheadReader.isRunningHead(lines.get(i));
    }

    /** The text with each block given column by column, or the text itself when no columns were joined. */
    static String split(String given) {
        List<String> lines = LineSplitter.lines(given);
        String text = given;
        List<String> rejoined = withCutDatelinesRejoined(lines);
        if (rejoined != null) {
            lines = rejoined;
            text = String.join("\n", lines) + "\n";
        }
        int column = usualWidth(lines);
        if (column < MIN_COLUMN) {
            return text;
        }
        List<List<Piece>> cut = new ArrayList<>(lines.size());
        int joined = 0;
        int nonBlank = 0;
        for (int i = 0; i < lines.size(); i++) {
            List<Piece> pieces = cut(lines.get(i), column);
            cut.add(pieces);
            nonBlank += pieces.isEmpty() ? 0 : 1;
            joined += pieces.size() > 1 ? 1 : 0;
        }
        boolean interleaved = joined >= MIN_JOINED && joined * 10 >= nonBlank;
        if (!interleaved && !keepJoinedBlocks(cut, lines)) {
            return readLineBlocks(text, lines, column);
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Piece> band = new ArrayList<>();
        int bandLines = 0;
        for (int i = 0; i <= lines.size(); i++) {
            List<Piece> pieces = i < lines.size() ? cut.get(i) : List.of();
            if (pieces.isEmpty() && bandLines > 0 && bandLines <= MAX_SPLIT_ROWS && opensColumns(cut, i - bandLines)
                    && opensColumns(cut, i + 1) && !isRunningHead(lines, i + 1)) {
                // The converter may end a block after an article's first row or two (under its headline): the
                // row goes with the columns below it.
                continue;
            }
            boolean wide = pieces.size() == 1 && pieces.get(0).width() > column + SLACK;
            boolean heading = bandLines == 0 && pieces.size() == 1 && isHeading(pieces.get(0), column);
            if (pieces.isEmpty() || wide || heading || isRunningHead(lines, i)) {
                // A blank line ends the converter's block; a line wider than a column (a headline across
                // columns) ends the rows above it, and a heading over the rows stands before them. The page's
                // running head, which pdftotext may give after an article's first rows, is no row of columns.
                band(band, column, out);
                band.clear();
                bandLines = 0;
                if (i < lines.size()) {
                    out.append(lines.get(i)).append('\n');
                }
            } else {
                band.addAll(pieces);
                bandLines++;
            }
        }
        if (!interleaved) {
            String split = out.toString();
            return readLineBlocks(split, LineSplitter.lines(split), column);
        }
        return out.toString();
    }

    /**
     * The lines with a dateline's rest brought back under the line its dateline was cut on (新华社厦门12月31日 / 电
     * 夜幕降临…), where the converter set a line or two of another column between (its first line, on the same row
     * as the dateline: pdftotext keeps a bold dateline's line a block of its own); those lines follow the block
     * the rest opens. Null where no dateline was parted from its rest.
     */
    private static List<String> withCutDatelinesRejoined(List<String> given) {
        List<String> lines = given;
        for (int i = 0; i + 2 < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || line.length() > MAX_CUT_DATELINE || Segments.dateline(line) != null) {
                continue;
            }
            int between = 0;
            int rest = -1;
            for (int j = i + 1; j < lines.size() && between <= MAX_LINES_OVER_REST; j++) {
                String next = lines.get(j);
                if (next.isEmpty()) {
                    continue;
                }
                if (Segments.isCutDateline(line, next)) {
                    rest = between > 0 && lines.get(j - 1).isEmpty() ? j : -1;
                    break;
                }
                between++;
            }
            if (rest < 0) {
                continue;
            }
            int end = rest;
            while (end < lines.size() && !lines.get(end).isEmpty()) {
                end++;
            }
            List<String> order = new ArrayList<>(lines.size() + 2);
            order.addAll(lines.subList(0, i + 1));
            order.addAll(lines.subList(rest, end));
            order.add("");
            lines.subList(i + 1, rest).stream().filter(other -> !other.isEmpty()).forEach(order::add);
            order.add("");
            order.addAll(lines.subList(end, lines.size()));
            lines = order;
        }
        return lines == given ? null : lines;
    }

    /**
     * On a page that sets most of its columns apart, the converter's blocks that join columns all the same (two
     * articles side by side whose gutter is narrow): their lines stay cut where most of the block's lines are
     * joined, and every other line is whole again, as a page without joined columns has it. Whether any block
     * stays cut.
     */
    private static boolean keepJoinedBlocks(List<List<Piece>> cut, List<String> lines) {
        boolean kept = false;
        int from = 0;
        for (int i = 0; i <= cut.size(); i++) {
            if (i < cut.size() && !cut.get(i).isEmpty()) {
                continue;
            }
            int joined = 0;
            for (int k = from; k < i; k++) {
                joined += cut.get(k).size() > 1 ? 1 : 0;
            }
            if (joined >= MIN_JOINED_IN_BLOCK && joined * 4 >= i - from) {
                kept = true;
            } else {
                for (int k = from; k < i; k++) {
                    if (cut.get(k).size() > 1) {
                        cut.set(k, List.of(new Piece(lines.get(k), PrintedLines.width(lines.get(k)), false)));
                    }
                }
            }
            from = i + 1;
        }
        return kept;
    }

    /**
     * The text with each run of one-line blocks that the converter gave row by row read column by column. Where
     * lines stand further apart than it takes into one block (1.6 lines apart, as much web type is set),
     * pdftotext makes every printed line a block and orders the blocks by their baselines, so that the lines of
     * neighbouring columns alternate; mutool, on the same pages, gives the same one-line blocks in reading order.
     * A run is read anew only where the reading makes the text run on far better than the converter's order
     * does ({@link #readRows}). Bylines, credits, captions, masthead and running-head lines, single characters (a
     * padded name's) and lines wider than the run's column stay where they stand and divide the run: they are no
     * column's line.
     */
    private static String readLineBlocks(String text, List<String> given, int pageColumn) {
        List<String> lines = withDatelinesWhole(given, pageColumn);
        int n = lines.size();
        List<Integer> lineBlocks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (isLineBlock(lines, i)) {
                lineBlocks.add(i);
            }
        }
        String[] read = new String[n];
        boolean changed = false;
        int a = 0;
        while (a < lineBlocks.size()) {
            int b = a + 1;
            while (b < lineBlocks.size() && isBlankBetween(lines, lineBlocks.get(b - 1), lineBlocks.get(b))) {
                b++;
            }
            List<Integer> run = lineBlocks.subList(a, b);
            int column = b - a < MIN_ROWS_RUN ? 0 : usualWidth(run.stream().map(lines::get).toList());
            int from = 0;
            List<Piece> pieces = new ArrayList<>();
            for (int k = 0; k <= run.size() && column >= MIN_COLUMN; k++) {
                String line = k < run.size() ? lines.get(run.get(k)) : null;
                int width = line == null ? 0 : printedWidth(line, column);
                if (line == null || line.length() == 1 || width > column + SLACK
                        || PrintedLines.standsAlone(line) || MastheadReader.isHeadOnly(line)) {
                    if (k - from >= MIN_ROWS_RUN) {
                        changed |= readRows(pieces, run.subList(from, k), column, read);
                    }
                    from = k + 1;
                    pieces = new ArrayList<>();
                } else {
                    pieces.add(new Piece(line, width, false));
                }
            }
            a = b;
        }
        if (!changed) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < n; i++) {
            out.append(read[i] != null ? read[i] : lines.get(i)).append('\n');
        }
        return out.toString();
    }

    /**
     * The width a line was printed at: a justified line that the converter letter-spaced (实 现 17% 的 大 幅 增 长)
     * is a full column line, however wide its spaces make it.
     */
    private static int printedWidth(String line, int column) {
        if (line.indexOf(' ') < 0) {
            return PrintedLines.width(line); // one word: nothing spaced to close up (most one-line blocks)
        }
        List<Piece> pieces = cut(line, column);
        return pieces.size() == 1 ? pieces.get(0).width() : PrintedLines.width(line);
    }

    /** A line with blank lines (or the text's ends) above and below: a block of its own. */
    private static boolean isLineBlock(List<String> lines, int i) {
        return !lines.get(i).isEmpty() && (i == 0 || lines.get(i - 1).isEmpty())
                && (i + 1 == lines.size() || lines.get(i + 1).isEmpty());
    }

    private static boolean isBlankBetween(List<String> lines, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!lines.get(k).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the one-line blocks at {@code run} (their lines as {@code pieces}) column by column into {@code read},
     * if a reading in two to
     * {@link #MAX_ROW_COLUMNS} columns runs the text on far better than the converter's order: it runs words on
     * across a tenth of its joins or more beyond twice as many as that order does (ICU's dictionary, not the
     * page, tells a word), and breaks no more paragraphs. A converter's order that already runs words on as
     * column text does is taken as it is, unread: lines in reading order join mid-word at a quarter to a half of
     * their ends, lines of neighbouring columns by chance at a twentieth.
     */
    private static boolean readRows(List<Piece> pieces, List<Integer> run, int column, String[] read) {
        WordsAcross words = new WordsAcross(pieces);
        int n = pieces.size();
        int runsOn = (n * 3 + 19) / 20;
        int across = 0;
        for (int i = 1; i < n && across < runsOn; i++) {
            across += wordAcross(pieces, i - 1, i, words) ? 1 : 0;
        }
        if (across >= runsOn) {
            return false;
        }
        Fit given = fit(pieces, new int[n], 1, column, words);
        int[] best = null;
        Fit bestFit = null;
        for (int columns = 2; columns <= MAX_ROW_COLUMNS; columns++) {
            int[] assigned = columns(pieces, columns, column, words);
            Fit fit = assigned == null ? null : fit(pieces, assigned, columns, column, words);
            if (fit != null && fit.words() >= 2 * given.words() + Math.max(3, n / 10)
                    && fit.faults() <= given.faults() && (bestFit == null || fit.score() < bestFit.score())) {
                best = assigned;
                bestFit = fit;
            }
        }
        if (best == null) {
            return false;
        }
        int at = 0;
        for (int k = 0; k < MAX_ROW_COLUMNS; k++) {
            for (int i = 0; i < n; i++) {
                if (best[i] == k) {
                    read[run.get(at++)] = pieces.get(i).text();
                }
            }
        }
        return true;
    }

    /**
     * The lines with each dateline that stands as a block of its own (set in bold, it is printed in another font)
     * joined again to the rest of its line: the next one-line block of two characters or more, if it fits beside
     * it in a column (the single characters of a padded byline's name may come between), where that block stands;
     * the dateline's own block is left blank.
     */
    private static List<String> withDatelinesWhole(List<String> lines, int column) {
        List<String> joined = new ArrayList<>(lines);
        for (int i = 0; i < joined.size(); i++) {
            String line = joined.get(i);
            Segments.DatelineMatch dateline = isLineBlock(joined, i) ? Segments.dateline(line) : null;
            if (dateline == null || dateline.end() < line.length()) {
                continue;
            }
            int k = i + 1;
            while (k < joined.size() && joined.get(k).length() <= 1) {
                k++;
            }
            if (k < joined.size() && isLineBlock(joined, k)
                    && PrintedLines.width(line) + 1 + PrintedLines.width(joined.get(k)) <= column + SLACK) {
                joined.set(k, line + " " + joined.get(k));
                joined.set(i, "");
            }
        }
        return joined;
    }

    /**
     * How a reading runs on: the joins where a paragraph's shape breaks ({@link #runOn} finds fault without the
     * words), the joins where a word runs across, and the reading's cost with both.
     */
    private record Fit(int faults, int words, double score) {
    }

    private static Fit fit(List<Piece> pieces, int[] assigned, int columns, int column, WordsAcross words) {
        int faults = 0;
        int across = 0;
        double score = 0;
        for (int k = 0; k < columns; k++) {
            int before = -1;
            for (int i = 0; i < pieces.size(); i++) {
                if (assigned[i] != k) {
                    continue;
                }
                if (before >= 0) {
                    double shape = runOn(pieces.get(before), pieces.get(i), column, () -> false);
                    boolean word = wordAcross(pieces, before, i, words);
                    faults += shape > 0 ? 1 : 0;
                    across += word ? 1 : 0;
                    score += shape + (word ? WORD_ACROSS_JOIN : 0);
                }
                before = i;
            }
        }
        return new Fit(faults, across, score);
    }

    /** Whether a word runs across from a line that leaves its sentence open into the line after it. */
    private static boolean wordAcross(List<Piece> pieces, int before, int after, WordsAcross words) {
        return !Segments.finished(pieces.get(before).text()) && words.across(before, after);
    }

    /** A line short of a column's width that reads as a heading: a headline, kicker or subhead. */
    private static boolean isHeading(Piece piece, int column) {
        return piece.width() < column - SLACK && PlainTextReader.headingType(piece.text()) != null;
    }

    /** Whether the block starting at line {@code i} sets columns side by side (holds a joined line). */
    private static boolean opensColumns(List<List<Piece>> cut, int i) {
        for (int k = i; k < cut.size() && !cut.get(k).isEmpty(); k++) {
            if (cut.get(k).size() > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The width of a full column line: the commonest width among the words of the page wide enough to be
     * lines (a justified CJK column gives most of its lines one width).
     */
    static int usualWidth(List<String> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String line : lines) {
            for (String word : SPACES.split(line)) {
                int width = PrintedLines.width(word);
                if (width >= MIN_COLUMN) {
                    counts.merge(width, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0);
    }

    /**
     * The line cut at the spaces where a full column line ends: every piece but the last is a column's full
     * width or an indented first line, which ends at the column's edge too (where the gutters are narrow, the
     * indent's gap does not break pdftotext's line, and such a line stands anywhere in it), and none is wider
     * than a column. A line that no such cut fits (a headline across columns) stays whole. A letter-spaced
     * run is one column's line, justified to its width, and is never cut.
     */
    static List<Piece> cut(String line, int column) {
        return cut(line, column, false);
    }

    /**
     * The same, a piece set flush right ({@link #isSetFlushRight}: a photo's credit) ending at the column's edge too
     * where {@code flushRight}: where the text keeps each piece's place on its row (pdftotext -layout), the short
     * piece stands in its own column; in text that gives rows alone, it would count for one more column in every
     * row of its block.
     */
    static List<Piece> cut(String line, int column, boolean flushRight) {
        if (line.isEmpty()) {
            return List.of();
        }
        List<Unit> units = units(SPACES.split(line), column);
        int n = units.size();
        // best[b]: the least misfit of cutting units [0, b) into full pieces; from[b]: where the last one starts.
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int b = 1; b <= n; b++) {
            int width = -1;
            for (int a = b - 1; a >= 0; a--) {
                Unit unit = units.get(a);
                width += unit.width() + 1;
                if (width > column + SLACK || b - a > 1 && (unit.spaced() || units.get(b - 1).spaced())) {
                    break;
                }
                double misfit = b == n || unit.spaced() ? 0 : fullMisfit(width, column);
                if (flushRight && misfit == Double.POSITIVE_INFINITY && isSetFlushRight(units, a, b)) {
                    misfit = SLACK;
                }
                misfit += (b - a - 1) * SPACE_IN_LINE;
                if (best[a] + misfit < best[b]) {
                    best[b] = best[a] + misfit;
                    from[b] = a;
                }
            }
        }
        boolean fits = PrintedLines.width(line) <= column + SLACK;
        if (n == 1 || best[n] == Double.POSITIVE_INFINITY || fits && !Segments.finished(line)) {
            // A line that fits one column holds two only as a full line and the few words ending a paragraph
            // beside it; a dateline and the words after it are one line.
            return List.of(new Piece(line, n == 1 ? units.get(0).width() : PrintedLines.width(line), false));
        }
        List<Piece> pieces = new ArrayList<>();
        for (int b = n; b > 0; b = from[b]) {
            List<Unit> piece = units.subList(from[b], b);
            String text = String.join(" ", piece.stream().map(Unit::text).toList());
            int width = piece.size() == 1 ? piece.get(0).width() : PrintedLines.width(text);
            pieces.add(0, new Piece(text, width, from[b] > 0));
        }
        return pieces;
    }

    /**
     * Units {@code [from, to)} are a photo's credit, a caption ending on it or a jump note: set flush right, they
     * end at the column's edge however short (付静摄 制将成为一个建设性、战略性协). Only a piece that ends on the
     * credit's 摄 or the note's bracket is read, as few do.
     */
    private static boolean isSetFlushRight(List<Unit> units, int from, int to) {
        String last = units.get(to - 1).text();
        char end = last.charAt(last.length() - 1);
        if (end != '摄' && end != '）' && end != ')') {
            return false;
        }
        String text = String.join(" ", units.subList(from, to).stream().map(Unit::text).toList());
        int[] jump = Segments.jumpOn(text);
        return Segments.credit(text) != null || jump != null && jump[1] == 0 || Segments.captionWithCredit(text) != null;
    }

    /** A word of a line, or a letter-spaced run of single characters and the width it was printed at. */
    private record Unit(String text, int width, boolean spaced) {
    }

    /**
     * The line's words, letter-spaced runs taken together: five single characters or more in a row, figures
     * and Latin words among them (良 天 数 比 例 为 6.5% ，). A run holding half a column's characters or more was justified to the column's
     * width; fewer are a heading spaced for show.
     */
    private static List<Unit> units(String[] words, int column) {
        List<Unit> units = new ArrayList<>(words.length);
        int i = 0;
        while (i < words.length) {
            int end = i;
            int singles = 0;
            while (end < words.length && (words[end].length() <= 2 || LetterSpacing.isSetWhole(words[end]))) {
                singles += words[end].length() == 1 ? 1 : 0;
                end++;
            }
            if (singles >= LetterSpacing.MIN_SINGLES) {
                String run = String.join(" ", Arrays.asList(words).subList(i, end));
                int closed = PrintedLines.width(run.replace(" ", ""));
                units.add(new Unit(run, closed * 2 >= column ? column : closed, true));
                i = end;
            } else {
                units.add(new Unit(words[i], PrintedLines.width(words[i]), false));
                i++;
            }
        }
        return units;
    }

    /** How far a piece joined on its right falls from a full line (or an indented first line); infinite if far. */
    private static double fullMisfit(int width, int column) {
        int full = Math.abs(width - column);
        if (full <= SLACK) {
            return full;
        }
        int indented = Math.abs(width - (column - INDENT));
        return indented <= SLACK ? indented + 0.5 : Double.POSITIVE_INFINITY;
    }

    /**
     * The band's pieces, column by column; as they are when no line held two columns, or more columns than a
     * page has (a table's cells), or when no reading fits them.
     */
    private static void band(List<Piece> pieces, int column, StringBuilder out) {
        int columns = 1;
        int run = 1;
        for (int i = 1; i < pieces.size(); i++) {
            run = pieces.get(i).joined() ? run + 1 : 1;
            columns = Math.max(columns, run);
        }
        int[] assigned = columns > 1 && columns <= MAX_COLUMNS
                ? columns(pieces, columns, column, new WordsAcross(pieces)) : null;
        if (assigned == null) {
            for (int i = 0; i < pieces.size(); i++) {
                out.append(pieces.get(i).text()).append('\n');
            }
            return;
        }
        for (int k = 0; k < columns; k++) {
            for (int i = 0; i < pieces.size(); i++) {
                if (assigned[i] == k) {
                    out.append(pieces.get(i).text()).append('\n');
                }
            }
        }
    }

    /**
     * A partial reading of a band: the columns that have a piece in the current row, the column of the last
     * piece, each column's last piece so far.
     */
    private record Reading(double cost, int row, int column, int[] last, Step path) {
    }

    private record Step(int column, Step before) {
    }

    /**
     * The column of each piece in the best reading of the band (null if none fits), found by a beam search
     * over the pieces in the converter's order. A joined piece is in the next column of the same row. Any other
     * piece goes to a column of the row that has none yet, or opens the next row; a row's columns come left to
     * right unless a column's baselines sit a little higher than its neighbours' (after a subhead), so that
     * its line comes first.
     */
    private static int[] columns(List<Piece> pieces, int columns, int column, WordsAcross words) {
        int[] runs = new int[pieces.size()];
        for (int i = pieces.size() - 1; i >= 0; i--) {
            runs[i] = i + 1 < pieces.size() && pieces.get(i + 1).joined() ? runs[i + 1] + 1 : 1;
        }
        int[] none = new int[columns];
        Arrays.fill(none, -1);
        int all = (1 << columns) - 1;
        List<Reading> readings = List.of(new Reading(0, all, columns - 1, none, null));
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            int run = (1 << runs[i]) - 1;
            Map<Long, Reading> next = new HashMap<>();
            for (Reading reading : readings) {
                if (piece.joined()) {
                    int k = reading.column() + 1;
                    if ((reading.row() & 1 << k) == 0) {
                        place(reading, i, k, reading.row() | 1 << k, 0, pieces, column, words, next);
                    }
                    continue;
                }
                for (int k = 0; k + runs[i] <= columns; k++) {
                    if ((reading.row() & run << k) == 0) {
                        // Left to right: a column passed over in the row is most likely left empty.
                        double order = k < reading.column() ? OUT_OF_ORDER
                                : Integer.bitCount(~reading.row() & (1 << k) - (2 << reading.column())) * PASSED_OVER;
                        place(reading, i, k, reading.row() | 1 << k, order, pieces, column, words, next);
                    }
                    double empty = (columns - Integer.bitCount(reading.row())) * EMPTY_CELL;
                    place(reading, i, k, 1 << k, empty, pieces, column, words, next);
                }
            }
            readings = next.values().stream().sorted(Comparator.comparingDouble(Reading::cost)).limit(BEAM).toList();
            if (readings.isEmpty()) {
                return null;
            }
        }
        int[] assigned = new int[pieces.size()];
        Step step = readings.get(0).path();
        for (int i = pieces.size() - 1; i >= 0; i--, step = step.before()) {
            assigned[i] = step.column();
        }
        return assigned;
    }

    private static void place(Reading reading, int i, int k, int row, double rowCost, List<Piece> pieces,
            int column, WordsAcross words, Map<Long, Reading> next) {
        int before = reading.last()[k];
        double cost = reading.cost() + rowCost
                + (before < 0 ? 0 : runOn(pieces.get(before), pieces.get(i), column, () -> words.across(before, i)));
        int[] last = reading.last().clone();
        last[k] = i;
        // Readings that agree on the row and the last pieces read alike from here on: the cheaper stands for both.
        long key = (long) row << 8 | k;
        for (int piece : last) {
            key = key * 1_000_003L + piece;
        }
        Reading known = next.get(key);
        if (known == null || cost < known.cost()) {
            next.put(key, new Reading(cost, row, k, last, new Step(k, reading.path())));
        }
    }

    /** The cost of {@code piece} following {@code before} in one column: how badly the text fails to run on. */
    private static double runOn(Piece before, Piece piece, int column, BooleanSupplier wordAcross) {
        boolean full = piece.width() >= column - SLACK;
        // Indented: shorter on the left, never joined to the column before; a paragraph's last line of about
        // that width ends its sentence.
        boolean firstLine = !piece.joined() && !full && piece.width() >= column - INDENT - SLACK
                && !Segments.finished(piece.text());
        if (before.width() < column - INDENT - SLACK || before.joined() && before.width() < column - SLACK) {
            // A short line ends a paragraph or is a heading (so is a line starting flush, where an indented
            // first line never starts, and stopping short): an indented first line comes next.
            return full ? FULL_LINE_AFTER_PARAGRAPH_END : firstLine ? FIRST_LINE_AFTER_PARAGRAPH_END : 0;
        }
        if (Segments.finished(before.text())) {
            return 0;
        }
        double cost = wordAcross.getAsBoolean() ? WORD_ACROSS_JOIN : 0;
        if (firstLine) {
            cost += FIRST_LINE_INSIDE_SENTENCE;
        } else if (!full && !Segments.finished(piece.text())) {
            cost += HEADING_INSIDE_SENTENCE;
        }
        return cost;
    }

    /** Whether a word runs across the join of two pieces ({@link DictionaryWords}), remembered: a band asks often. */
    private static final class WordsAcross {
        private final List<Piece> pieces;
        private final Map<Long, Boolean> known = new HashMap<>();

        WordsAcross(List<Piece> pieces) {
            this.pieces = pieces;
        }

        /** Whether a word runs from piece {@code before} into piece {@code after}. */
        boolean across(int before, int after) {
            return known.computeIfAbsent((long) before * pieces.size() + after,
                    key -> DictionaryWords.runAcross(pieces.get(before).text(), pieces.get(after).text()));
        }
    }
}
