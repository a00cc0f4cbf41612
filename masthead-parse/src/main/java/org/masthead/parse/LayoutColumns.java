package org.masthead.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Normalisation stage for {@code pdftotext -layout} text, which sets the page's columns side by side on each
 * line. The page is cut into bands at blank lines; in each band the columns start at the character positions
 * where many lines have text after a gap, and each band is given column by column, top to bottom. A band that
 * opens with no head and sets its columns where the band above did goes on from it: pdftotext leaves a blank
 * line where one column's baselines drift from its neighbours' (a subhead's space), not only between items.
 * pdftotext places text by character count, not display width (a CJK character takes one position, padded with
 * spaces after it), so positions are compared as character indices, with a little slack: a long line pushes the
 * next column's text a position or two to the right, and a narrow gutter shrinks to a single space.
 */
final class LayoutColumns {
    /** A gap of this many spaces inside a line is a gutter (text never has one). */
    private static final int GUTTER = 3;
    /** Positions this close count as one column start. */
    private static final int SLACK = 2;
    /** A paragraph's first line is indented by two CJK characters, four positions. */
    private static final int INDENT = 4;
    /** A subtitle's dash and the first of its words stand within this many characters. */
    private static final int SUBTITLE_OPENING = 4;
    /** A row of headlines over items side by side takes this many lines at most (kicker, headline, subtitle, byline). */
    private static final int HEAD_ROW_LINES = 6;
    /**
     * How many times the page's usual character width a headline's characters print, about, in halves: two and a
     * half times (a 30-point headline over 12-point text).
     */
    private static final int HEAD_HALF_WIDTHS = 5;
    /** A headline's phrase holds this many characters at most (合作之路越走越宽广). */
    private static final int MAX_PHRASE = 9;
    /** A column is started on this share of a band's lines at least (and on three). */
    private static final int MIN_SHARE = 4;

    private LayoutColumns() {
    }

    /** A piece of one line: its text and where it starts and ends on the line. */
    private record Piece(int line, int start, int end, String text) {
    }

    /**
     * One item's heads in a row of headlines, top down, and how far right they reach: pdftotext places text by the
     * page's usual character width, and a head's characters print about two and a half times as wide, so a head
     * reaches that far from its start (a kicker centred under its headline's row: 我国5G基站总数达11.54万个 /
     * 倾听官兵心声).
     */
    private static final class Stack {
        private final List<Piece> heads = new ArrayList<>();
        private int reach;

        void add(Piece head) {
            heads.add(head);
            reach = Math.max(reach, head.start() + HEAD_HALF_WIDTHS * head.text().length() / 2);
        }

        /** A piece rowed beside the last head joins it; a byline's next name may follow a padding's width on. */
        void rowBeside(Piece piece) {
            Piece before = last();
            heads.set(heads.size() - 1, new Piece(piece.line(), before.start(), piece.end(),
                    before.text() + ' ' + piece.text()));
            reach = Math.max(reach, piece.end() + INDENT + SLACK);
        }

        /** Whether the piece starts within the stack's reach. */
        boolean reaches(Piece piece) {
            return piece.start() < reach;
        }

        Piece last() {
            return heads.get(heads.size() - 1);
        }

        int lastLine() {
            return last().line();
        }

        int left() {
            return heads.stream().mapToInt(Piece::start).min().orElse(0);
        }

        /** Whether a head of the stack has a headline's words: not a byline, a date or a column's label alone. */
        boolean hasHeadline() {
            return heads.stream().anyMatch(head -> !Band.isRowedBeside(head.text())
                    && ItemSegmenter.hasHeadlineWords(head.text()));
        }
    }

    /** The text with each band's columns one after another, or the text itself when it is not set in columns. */
    static String split(String text) {
        List<String> lines = LineSplitter.rawLines(text);
        if (!isLayout(lines)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int lineWidth = InterleavedColumns.usualWidth(lines);
        Band open = null;
        // The page's first band holds its masthead or running head, never a row of headlines over the columns.
        Band first = null;
        int bandStart = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).isBlank()) {
                if (i > bandStart) {
                    Band band = band(lines.subList(bandStart, i), lineWidth);
                    // A column that goes on under a blank line (pdftotext leaves one where a neighbouring
                    // column's baselines drift) is read on; a band that opens with a head, sets its columns
                    // elsewhere or is a row of heads, is a new one.
                    if (open != null && !band.hasHeads() && !band.isHeadRow() && open.sameColumns(band)) {
                        open.append(band);
                    } else if (open != null && open != first && open.isHeadRow() && band.takesHeadsOf(open)) {
                        // A row of headlines over items set side by side: each goes over its own columns.
                        open = band;
                    } else {
                        if (open != null) {
                            open.write(out);
                        }
                        open = band;
                        first = first == null ? band : first;
                    }
                }
                bandStart = i + 1;
            }
        }
        if (open != null) {
            open.write(out);
        }
        return out.toString();
    }

    /** Whether many lines hold a gutter: a run of spaces between two pieces of text. */
    static boolean isLayout(List<String> lines) {
        int nonBlank = 0;
        int guttered = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            nonBlank++;
            if (hasGutter(line)) {
                guttered++;
            }
        }
        return guttered >= 5 && guttered * 5 >= nonBlank;
    }

    private static boolean hasGutter(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        int run = 0;
        boolean text = false;
        for (int i = 0; i < end; i++) {
            if (line.charAt(i) == ' ') {
                run++;
            } else {
                if (text && run >= GUTTER) {
                    return true;
                }
                text = true;
                run = 0;
            }
        }
        return false;
    }

    /**
     * A band's text: its columns, and the lone lines it opens with when they stand clear of its first column
     * (a headline over its columns, which pdftotext places by the headline's own larger character width)
     * before the column its text starts in.
     */
    private static final class Band {
        private final int[] columns;
        private final List<Piece> heads;
        /** The column its heads stand over. */
        private final int headed;
        /** The pieces of each column, top down; a band that continues this one adds its own ({@link #append}). */
        private final List<List<Piece>> byColumn;
        /** The band's pieces, line by line. */
        private final List<Piece> pieces;
        /** Whether its pieces stand where their text starts (gutters wide enough to keep), so indents show. */
        private final boolean placed;
        /** Whether a band under a blank line went on from this one ({@link #append}): its pieces are not all. */
        private boolean continued;
        /** Headlines of the row above over each column ({@link #takesHeadsOf}), top down. */
        private final List<List<Piece>> over = new ArrayList<>();

        Band(int[] columns, List<Piece> heads, int headed, List<List<Piece>> byColumn, List<Piece> pieces,
                boolean placed) {
            this.placed = placed;
            this.columns = columns;
            this.heads = heads;
            this.headed = headed;
            this.byColumn = byColumn;
            this.pieces = pieces;
        }

        /**
         * A row of heads alone: a few lines, none of them running text (headlines, kickers, subtitles, bylines),
         * set at more than one place across the page, and no text under a blank line going on from it.
         */
        boolean isHeadRow() {
            int lines = pieces.isEmpty() ? 0 : pieces.get(pieces.size() - 1).line() + 1;
            return !continued && lines <= HEAD_ROW_LINES && pieces.stream().noneMatch(piece -> isText(piece.text()))
                    && pieces.stream().map(Piece::start).distinct().count() > 1;
        }

        /**
         * Takes the heads of the row above when they stand over two columns or more of this band, which opens with
         * no heads of its own (under a row of kickers, the headlines stand in the band, staggered): items set side by
         * side, their headlines in a row of their own, which pdftotext gives before their text. Each item's heads
         * (kicker, headline, subtitle, byline: a {@link Stack}) go over the column the stack starts in; a subtitle or
         * byline rowed beside a head within its reach ({@link #isRowedBeside}), or its second phrase
         * ({@link #arePhrases}), goes with it.
         */
        boolean takesHeadsOf(Band row) {
            if (columns.length < 2 || hasHeads() || !over.isEmpty()) {
                return false;
            }
            List<Stack> stacks = new ArrayList<>();
            Stack stack = null;
            for (Piece piece : row.pieces) {
                if (stack != null && stack.lastLine() == piece.line() && stack.reaches(piece)
                        && (isRowedBeside(piece.text()) || arePhrases(stack.last(), piece))) {
                    stack.rowBeside(piece);
                    continue;
                }
                stack = stackUnder(stacks, piece);
                if (stack == null) {
                    stack = new Stack();
                    stacks.add(stack);
                }
                stack.add(piece);
            }
            if (!stacks.stream().allMatch(Stack::hasHeadline)) {
                return false; // a byline, date or label alone: whose it is, the row does not tell
            }
            List<List<Piece>> byColumn = new ArrayList<>(columns.length);
            for (int k = 0; k < columns.length; k++) {
                byColumn.add(new ArrayList<>());
            }
            stacks.sort(Comparator.comparingInt(Stack::left));
            int taken = -1;
            for (Stack heads : stacks) {
                // A headline centred over its columns starts right of the first; the column under its start whose
                // text goes on from the column on its left (ending mid-sentence) is no item's first.
                int k = column(columns, heads.left());
                while (k - 1 > taken && goesOnFromLeft(k)) {
                    k--;
                }
                taken = Math.max(taken, k);
                byColumn.get(k).addAll(heads.heads);
            }
            if (byColumn.stream().filter(heads -> !heads.isEmpty()).count() < 2) {
                return false;
            }
            // Top down in each column, where two stacks share it.
            byColumn.forEach(heads -> heads.sort(Comparator.comparingInt(Piece::line)));
            over.addAll(byColumn);
            return true;
        }

        /** Whether column {@code k}'s text goes on from the bottom of the column on its left, mid-sentence. */
        private boolean goesOnFromLeft(int k) {
            List<Piece> left = byColumn.get(k - 1);
            return !left.isEmpty() && !byColumn.get(k).isEmpty()
                    && !Segments.finished(left.get(left.size() - 1).text());
        }

        /**
         * The stack of heads a piece stands under: of those with heads on the lines above, the nearest on its left
         * whose heads reach over its start. Null if none.
         */
        private static Stack stackUnder(List<Stack> stacks, Piece piece) {
            Stack under = null;
            for (Stack stack : stacks) {
                if (stack.lastLine() < piece.line() && stack.left() - INDENT <= piece.start() && stack.reaches(piece)
                        && (under == null || stack.left() > under.left())) {
                    under = stack;
                }
            }
            return under;
        }

        /**
         * What pdftotext rows beside a headline and is never a head of its own: a subtitle, a byline (■段建国) or its
         * role, a name, or half a padded name (马   静).
         */
        private static boolean isRowedBeside(String text) {
            return Segments.isSubtitle(text) || Segments.isReporters(text) || Segments.byline(text) != null
                    || Segments.isName(text)
                    || text.length() == 1 && HanScript.isHan(text.charAt(0));
        }

        boolean hasHeads() {
            return !heads.isEmpty();
        }

        boolean sameColumns(Band other) {
            if (other.columns.length != columns.length) {
                return false;
            }
            for (int k = 0; k < columns.length; k++) {
                if (Math.abs(other.columns[k] - columns[k]) > SLACK) {
                    return false;
                }
            }
            return true;
        }

        void append(Band other) {
            continued = true;
            for (int k = 0; k < columns.length; k++) {
                byColumn.get(k).addAll(other.byColumn.get(k));
            }
        }

        void write(StringBuilder out) {
            for (int k = 0; k < columns.length; k++) {
                List<Piece> column = byColumn.get(k);
                for (Piece head : over.isEmpty() ? List.<Piece>of() : over.get(k)) {
                    out.append(headRows(head.text())).append('\n');
                }
                if (k == headed) {
                    for (Piece head : heads) {
                        out.append(headRows(head.text())).append('\n');
                    }
                }
                for (Piece piece : column) {
                    if (placed && isIndented(piece, columns[k])) {
                        out.append(PrintedLines.INDENTED);
                    }
                    out.append(headRows(piece.text())).append('\n');
                }
                if (!column.isEmpty()) {
                    out.append('\n');
                }
            }
            out.append('\n');
        }
    }

    /**
     * The text, on two lines where it is a headline with the byline or subtitle set under it at its end:
     * pdftotext -layout rows a headline's tall line with the smaller line below it (铁血担当书写忠诚答卷本报记者 廖利民,
     * 北京拥军优属工作再上新台阶 本报记者 唐子涵, 我国5G基站总数达71.24万个 ——东部战区陆军某合成营…), or a commentary's
     * signature close up against it (全国民航航班正常率达3.9%■廖勇). The headline holds no punctuation but the comma
     * or question mark of a headline's shape (强军路上，我们一起奋斗 ■戴强: {@link PlainTextReader#isPunctuatedHeadline})
     * and is no dateline (本报北京2月5日电 记者…); a role without names, or a subtitle, is taken only after a space, and
     * a subtitle only with words after its dash (a dated speech headline's ——（2019年10月21日） is its own).
     */
    static String headRows(String text) {
        if (Segments.isReporters(text) || Segments.isSubtitle(text)) {
            return text;
        }
        int length = text.length();
        // One pass, whatever the line's length: past the first mark the head is no headline, a byline is short,
        // and a subtitle shows itself in its first characters.
        for (int k = 1; k < length - 1 && (!PrintedLines.isPunctuation(text.charAt(k - 1))
                || PlainTextReader.isHeadlineMark(text.charAt(k - 1))); k++) {
            if (text.charAt(k) == ' ') {
                continue;
            }
            boolean spaced = text.charAt(k - 1) == ' ';
            String tail = length - k <= Segments.MAX_BYLINE ? text.substring(k) : null;
            boolean byline = tail != null && (Segments.isReporters(tail) && (spaced || Segments.byline(tail) != null)
                    || Segments.isBullet(text.charAt(k)) && Segments.byline(tail) != null);
            String opening = text.substring(k, Math.min(length, k + SUBTITLE_OPENING));
            String words = Segments.subtitleText(opening);
            boolean subtitle = spaced && Segments.isSubtitle(opening) && !words.isEmpty()
                    && HanScript.isHan(words.charAt(0));
            if (byline || subtitle) {
                String head = text.substring(0, k).strip();
                if (Segments.dateline(head) != null) {
                    return text; // and so would every longer head
                }
                if (head.length() >= 2
                        && (!PrintedLines.hasPunctuation(head) || PlainTextReader.isPunctuatedHeadline(head))) {
                    return head + '\n' + text.substring(k);
                }
            }
        }
        return text;
    }

    /**
     * A line of text standing an indent right of its column's start: a paragraph's first line. (A line pushed right
     * by a long line beside it stands a position or two on; a line further on is no column's.)
     */
    private static boolean isIndented(Piece piece, int columnStart) {
        int in = piece.start() - columnStart;
        return in >= INDENT - 2 && in <= INDENT + 1 && PrintedLines.hasPunctuation(piece.text());
    }

    private static Band band(List<String> lines, int lineWidth) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            pieces(i, lines.get(i), pieces);
        }
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, line.length());
        }
        Map<Piece, List<InterleavedColumns.Piece>> cuts = new HashMap<>();
        if (lineWidth >= PrintedLines.MIN_MEASURED) {
            for (Piece piece : pieces) {
                cuts.put(piece, InterleavedColumns.cut(piece.text(), lineWidth, true));
            }
        }
        boolean narrow = !cuts.isEmpty() && isNarrow(cuts.values(), lines.size(), lineWidth);
        int[] columns = narrow ? fullLineStarts(cuts, lineWidth, width) : columnStarts(lines, width);
        Function<Piece, List<Piece>> parts = narrow ? piece -> atWidths(piece, cuts.get(piece), columns)
                : piece -> atGutters(piece, columns, lines);
        // Heads: the lines the band opens with that hold one piece each (or a byline, whose padded names may
        // stand apart, with the headline it was rowed with), standing right of the first column's indent and
        // crossing no gutter.
        List<Piece> heads = new ArrayList<>();
        int first = 0;
        while (first < pieces.size() && pieces.get(first).line() == heads.size()) {
            int end = first;
            while (end < pieces.size() && pieces.get(end).line() == heads.size()) {
                end++;
            }
            Piece head = end - first == 1 ? pieces.get(first) : joinedHead(pieces.subList(first, end));
            if (end == pieces.size() || head == null || head.start() <= columns[0] + INDENT + SLACK
                    || end - first == 1 && parts.apply(head).size() != 1) {
                break;
            }
            heads.add(head);
            first = end;
        }
        List<List<Piece>> byColumn = new ArrayList<>(columns.length);
        for (int k = 0; k < columns.length; k++) {
            byColumn.add(new ArrayList<>());
        }
        int[] lastLine = new int[columns.length];
        // No line yet: as far above as any line.
        java.util.Arrays.fill(lastLine, Integer.MIN_VALUE);
        for (Piece whole : pieces.subList(first, pieces.size())) {
            for (Piece piece : parts.apply(whole)) {
                int k = column(columns, piece.start());
                // A headline or byline over several columns goes with the leftmost column empty beside it, on its
                // line and the line above: a column with text right above it is another item's.
                if (k + 1 < columns.length && piece.end() > columns[k + 1] + SLACK) {
                    while (k > 0 && lastLine[k - 1] < piece.line() - 1) {
                        k--;
                    }
                }
                while (narrow && k + 1 < columns.length && endsFullLine(byColumn.get(k), piece.line(), lineWidth)) {
                    // A column whose line on this row is full holds nothing more on it: the piece after it, however
                    // far left the drift set it, is the next column's.
                    k++;
                }
                List<Piece> column = byColumn.get(k);
                Piece before = column.isEmpty() ? null : column.get(column.size() - 1);
                if (before != null && before.line() == piece.line()) {
                    // Wide spaces inside one column's line (an ideographic space, justification) are no gutter.
                    column.set(column.size() - 1, new Piece(piece.line(), before.start(), piece.end(),
                            before.text() + ' ' + piece.text()));
                } else {
                    column.add(piece);
                }
                lastLine[k] = piece.line();
            }
        }
        // How many columns have text on each line (a row that narrow gutters joined into one piece holds several).
        int[] onLine = new int[lines.size()];
        for (List<Piece> column : byColumn) {
            for (Piece piece : column) {
                onLine[piece.line()]++;
            }
        }
        for (List<Piece> column : byColumn) {
            headsFirst(column, onLine);
        }
        // The heads stand over the leftmost column they start in or whose text starts right under them (a
        // photo's caption beside them is no part of their item).
        int headed = first < pieces.size() ? column(columns, pieces.get(first).start()) : 0;
        for (Piece head : heads) {
            headed = Math.min(headed, column(columns, head.start()));
        }
        return new Band(columns, heads, headed, byColumn, pieces, !narrow);
    }

    /**
     * The pieces of one line as one, if together they are a byline (本报记者 钱春生  王新华), a headline with the
     * byline rowed beside it ({@link #headRows}: 把论文写在战位上■本报记者  方秀英  宋 洋) or a headline's two phrases
     * ({@link #arePhrases}); else null.
     */
    private static Piece joinedHead(List<Piece> line) {
        String text = String.join(" ", line.stream().map(Piece::text).toList());
        return Segments.isReporters(text) || !headRows(text).equals(text)
                || line.size() == 2 && arePhrases(line.get(0), line.get(1)) ? new Piece(line.get(0).line(),
                        line.get(0).start(), line.get(line.size() - 1).end(), text) : null;
    }

    /**
     * Whether two pieces of a line are the two matched phrases of one headline, which pdftotext sets apart by the
     * headline type's wide space (海上砺剑    劈波斩浪, 合作之路越走越宽广   友谊之花越开越灿烂). Joined, they are a head:
     * heads are never cut at the gutters, which a piece's positions tell only for its own text.
     */
    private static boolean arePhrases(Piece first, Piece second) {
        return first.line() == second.line() && isPhrase(first.text()) && isPhrase(second.text())
                && ItemSegmenter.isMatchedPhrases(first.text() + ' ' + second.text());
    }

    private static boolean isPhrase(String text) {
        return text.length() <= MAX_PHRASE && text.indexOf(' ') < 0 && !isText(text);
    }

    /** Whether the column's last piece is a full line on the given line. */
    private static boolean endsFullLine(List<Piece> column, int line, int lineWidth) {
        Piece last = column.isEmpty() ? null : column.get(column.size() - 1);
        return last != null && last.line() == line
                && InterleavedColumns.cut(last.text(), lineWidth).get(0).width() >= lineWidth - PrintedLines.FULL_SLACK;
    }

    /**
     * A headline set in large type reaches higher than the first line of text beside it, and pdftotext, which
     * rows a line by its top, may row it under that line: 练兵场上砺精兵 after （上接第一版）“过去种. Headline lines
     * alone on their rows right under a column's first line of text, which ends mid-sentence, go before it.
     */
    private static void headsFirst(List<Piece> column, int[] onLine) {
        if (column.size() < 3 || !isText(column.get(0).text()) || Segments.finished(column.get(0).text())) {
            return;
        }
        int heads = 1;
        while (heads < column.size() && column.get(heads).line() == column.get(0).line() + heads
                && onLine[column.get(heads).line()] == 1 && !isText(column.get(heads).text())
                && !Segments.finished(column.get(heads).text())) {
            heads++;
        }
        if (heads > 1 && heads < column.size()) {
            column.add(heads - 1, column.remove(0));
        }
    }

    /** A line of running text: a sentence's marks inside, or a continuation's or report's opening. */
    private static boolean isText(String line) {
        return PrintedLines.hasSentenceMarks(line) || Segments.jumpFrom(line) != null || Segments.dateline(line) != null;
    }

    /** The line's pieces: text between gaps of two spaces or more. */
    private static void pieces(int line, String text, List<Piece> pieces) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            while (i < length && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < length && !(text.charAt(i) == ' ' && (i + 1 == length || text.charAt(i + 1) == ' '))) {
                i++;
            }
            if (i > start) {
                pieces.add(new Piece(line, start, i, text.substring(start, i)));
            }
        }
    }

    /**
     * Whether the band's gutters are narrow: pdftotext then sets a column's text a single space after the full
     * line before it, however far right the column stands, so that positions drift from row to row and only the
     * widths of full lines ({@link InterleavedColumns#cut}) tell where a column's line ends. Several pieces hold
     * more than one column's line, and a fifth of the lines at least; and the band's columns are the page's
     * usual width: lines wider, which no cut fits, are another item's columns set wider beside them, for which
     * the positions tell more.
     */
    private static boolean isNarrow(Collection<List<InterleavedColumns.Piece>> cuts, int lines, int lineWidth) {
        int joined = 0;
        int wider = 0;
        for (List<InterleavedColumns.Piece> cut : cuts) {
            joined += cut.size() > 1 ? 1 : 0;
            wider += cut.size() == 1 && cut.get(0).width() > lineWidth + PrintedLines.FULL_SLACK ? 1 : 0;
        }
        return joined >= 3 && joined * 5 >= lines && wider * 10 <= cuts.size();
    }

    /**
     * Where the band's columns start, where gutters are narrow: a piece after a wide gap stands where its text
     * was printed, so the positions where pieces opening with a full line start, two at least, merged within
     * the slack (an indented first line starts a little right of its column's).
     */
    private static int[] fullLineStarts(Map<Piece, List<InterleavedColumns.Piece>> cuts, int column, int width) {
        int[] starts = new int[width + 2];
        cuts.forEach((piece, lines) -> {
            if (lines.get(0).width() >= column - PrintedLines.FULL_SLACK) {
                starts[piece.start()]++;
            }
        });
        return evenlySpaced(peaks(starts, width, 2), width);
    }

    /**
     * The column starts with those that no piece showed put in: a band's columns are as wide as each other, so
     * that the narrowest step between two starts is one column's, and wider steps, and the room right of the last
     * start, hold as many columns as fit.
     */
    private static int[] evenlySpaced(List<Integer> starts, int width) {
        if (starts.size() < 2) {
            return new int[] {0};
        }
        int step = Integer.MAX_VALUE;
        for (int k = 1; k < starts.size(); k++) {
            step = Math.min(step, starts.get(k) - starts.get(k - 1));
        }
        List<Integer> columns = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int next = k + 1 < starts.size() ? starts.get(k + 1) : width + step / 2;
            columns.add(start);
            int between = Math.round((float) (next - start) / step) - 1;
            for (int j = 1; j <= between; j++) {
                columns.add(start + (next - start) * j / (between + 1));
            }
        }
        return columns.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The piece cut where a full column line ends ({@link InterleavedColumns#cut}), where gutters are narrow: its
     * first line stands where it was printed, and each line after it in the next column.
     */
    private static List<Piece> atWidths(Piece piece, List<InterleavedColumns.Piece> lines, int[] columns) {
        List<Piece> parts = new ArrayList<>(lines.size());
        int k = column(columns, piece.start());
        int at = piece.start();
        for (InterleavedColumns.Piece line : lines) {
            parts.add(new Piece(piece.line(), at, at + line.text().length(), line.text()));
            k = Math.min(k + 1, columns.length - 1);
            at = Math.max(at + line.text().length() + 1, columns[k]);
        }
        return parts;
    }

    /**
     * Positions where at least a share of the band's lines have a word start after a space (a column whose
     * gutter shrank to one space shows only so), merged within the slack. Spaces inside a column's text (a
     * dateline, a padded name) fall at scattered positions and make no column.
     */
    private static int[] columnStarts(List<String> lines, int width) {
        int[] starts = new int[width + 2];
        for (String line : lines) {
            for (int i = 1; i < line.length(); i++) {
                if (line.charAt(i) != ' ' && line.charAt(i - 1) == ' ') {
                    starts[i]++;
                }
            }
        }
        return peaks(starts, width, Math.max(3, lines.size() / MIN_SHARE)).stream().mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * Column starts from counts of text starting at each position: 0, and each position that counts the most
     * within the slack around it where {@code needed} starts or more fall within the slack, clear of the start
     * before it.
     */
    private static List<Integer> peaks(int[] starts, int width, int needed) {
        List<Integer> columns = new ArrayList<>();
        columns.add(0);
        for (int p = 1; p <= width; p++) {
            int near = 0;
            boolean highest = true;
            for (int q = Math.max(0, p - SLACK); q <= Math.min(width, p + SLACK); q++) {
                near += starts[q];
                highest &= q < p ? starts[q] < starts[p] : starts[q] <= starts[p];
            }
            if (highest && near >= needed && p - columns.get(columns.size() - 1) > SLACK * 2 + 1) {
                columns.add(p);
            }
        }
        return columns;
    }

    /**
     * The piece cut at single-space gutters where it runs across a column start. A space there is a gutter
     * only when the piece starts where its column's lines (or their indented first lines) start, and the
     * next column has text on the line above or below; a headline across columns has neither.
     */
    private static List<Piece> atGutters(Piece piece, int[] columns, List<String> lines) {
        List<Piece> parts = new ArrayList<>(2);
        int from = piece.start();
        // Where the part from there stands: a part cut off at a column's start stands at that start, though
        // the line's shorter text before it may have drawn it a few positions left.
        int at = from;
        String text = piece.text();
        for (int k = 1; k < columns.length; k++) {
            int column = columns[k];
            int own = columns[column(columns, at)];
            if (column <= at + SLACK || column >= piece.end() || at - own < -SLACK || at - own > INDENT + SLACK
                    || !hasTextAt(lines, piece.line() - 1, column) && !hasTextAt(lines, piece.line() + 1, column)) {
                continue;
            }
            for (int offset = 0; offset <= 2 * SLACK + 2; offset++) {
                int gap = nearest(column, offset);
                if (gap > from && gap < piece.end() && text.charAt(gap - piece.start()) == ' ') {
                    parts.add(new Piece(piece.line(), at, gap,
                            text.substring(from - piece.start(), gap - piece.start())));
                    from = gap + 1;
                    at = Math.max(from, column);
                    break;
                }
            }
        }
        parts.add(new Piece(piece.line(), at, piece.end(), text.substring(from - piece.start())));
        return parts;
    }

    /** Positions around a column start, nearest first: the space before it, then one each side. */
    private static int nearest(int column, int offset) {
        return offset % 2 == 0 ? column - 1 - offset / 2 : column + offset / 2;
    }

    /** Whether the line has a word starting within the slack of the position. */
    private static boolean hasTextAt(List<String> lines, int line, int position) {
        if (line < 0 || line >= lines.size()) {
            return false;
        }
        String text = lines.get(line);
        for (int i = Math.max(1, position - SLACK); i <= Math.min(text.length() - 1, position + SLACK); i++) {
            if (text.charAt(i) != ' ' && text.charAt(i - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** The column a piece starting at {@code start} belongs to: the last that starts at or just after it. */
    private static int column(int[] columns, int start) {
        int k = 0;
        while (k + 1 < columns.length && columns[k + 1] <= start + SLACK) {
            k++;
        }
        return k;
    }
}
