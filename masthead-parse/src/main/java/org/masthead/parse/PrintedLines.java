package org.masthead.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from printed lines. PDF converters end every line where the page's column ended it, and
 * blank lines fall where the converter's block finder guessed (mutool gives each paragraph's indented first
 * line a block of its own, and may give every line one). Blank lines are therefore little evidence here: only
 * on a page that shows its converter opening a block at every paragraph ({@link #blocksMarkParagraphs}) does a
 * line inside a block go on. A paragraph ends where its last line stops short of the column's usual width on
 * closing punctuation, or where the next line opens something of its own (a dateline, byline, credit, jump
 * note, subtitle, bulleted or numbered heading). A short line without closing punctuation is joined only when
 * it is a paragraph's indented first line (about two characters short) or ends mid-sentence; otherwise it
 * stays a line of its own: a headline, kicker or subhead.
 */
final class PrintedLines {
    /** Lines are measured in half-em units: a CJK character is 2, a Latin letter or digit about 1. */
    private static final int CJK = 2;
    /** Justified lines of one column differ by a Latin letter or two; a full line is within this of the usual. */
    static final int FULL_SLACK = 3;
    /**
     * What the column stage sets before a paragraph's first line where the converter kept where each line starts
     * (pdftotext -layout) and it stands an indent in: two ideographic spaces.
     */
    static final String INDENTED = "\u3000\u3000";
    /** Paragraph indents are two characters; converters keep the shorter line, not the indent. */
    static final int INDENT = 2 * CJK;
    /** Lines around a line that tell its column's usual width. */
    private static final int WINDOW = 5;
    /** The longest place name a headline sets before its colon (呼和浩特, 阿拉山口口岸). */
    private static final int MAX_PLACE = 6;
    /** The most lines a headline takes in a narrow column. */
    private static final int HEADLINE_LINES = 3;
    /** Paragraph ends that tell whether the converter opens a block at each paragraph. */
    private static final int MIN_PARAGRAPH_ENDS = 5;
    /** Lines with punctuation that tell a column's usual width well enough. */
    private static final int MIN_TELLING = 3;
    /** A dateline is shorter than this (新华社阿斯塔纳6月17日电, 本报记者 王五 李小四 北京6月2日电). */
    private static final int MAX_DATELINE = 30;
    /** No printed line is wider than this (60 characters: a box across a broadsheet page in body type). */
    private static final int MAX_PRINTED = 60 * CJK;
    /** Lines shorter than this are not counted when deciding whether a text is wrapped at all. */
    static final int MIN_MEASURED = 16;
    /** Marks inside or at the end of a sentence. */
    private static final String SENTENCE_MARKS = "，。、；？！";
    /**
     * Full-width marks whose blank half CJK type closes up against a neighbouring mark (a set, since every character
     * of every measured line is asked).
     */
    private static final BitSet COMPRESSIBLE = "，。、；：？！（）《》〈〉「」『』【】".chars()
            .collect(BitSet::new, BitSet::set, BitSet::or);
    /** A jump note whose line ended before its closing bracket: （下转 / （下转第四. */
    private static final Pattern OPEN_JUMP = Pattern.compile("[（(]\\s*(?:下转|转至|转|上接|接|紧接)[^）)]{0,6}$");

    /** The text's lines, letter spacing closed up. */
    private final List<String> lines;
    /** Each line's printed width ({@link #width}), negated when the line was spaced out. */
    private final int[] widths;
    /** The width of a full line in each line's column ({@link #usualWidths}); -1 where too few lines tell. */
    private final int[] usualWidths;
    /** Whether each line opens one of the converter's blocks (a blank line, or the text's start, before it). */
    private final List<Boolean> blockStarts;
    /** Whether the column stage saw each line stand an indent in ({@link #INDENTED}). */
    private final List<Boolean> indented;
    /** Whether the converter opened a block at every paragraph, as this page shows ({@link #blocksMarkParagraphs}). */
    private final boolean blocksMarkParagraphs;
    /** Whether each line is a poem's ({@link #verse}): a paragraph of its own. */
    private final boolean[] verse;
    /** What {@link #continues} answered for each line: 0 not yet asked, 1 no, 2 yes. */
    private final byte[] carriesOn;

    private PrintedLines(List<String> lines, int[] widths, List<Boolean> blockStarts, List<Boolean> indented) {
        this.indented = indented;
        this.lines = lines;
        this.widths = widths;
        this.blockStarts = blockStarts;
        usualWidths = usualWidths();
        blocksMarkParagraphs = blocksMarkParagraphs();
        verse = verse();
        carriesOn = new byte[lines.size()];
    }

    /**
     * The lines of a poem set in a block under its byline, and in the blocks of verse lines after it, its stanzas
     * ({@link Verse}): short and ragged, they look like the full lines of a narrow column, but each ends where its
     * words do.
     */
    private boolean[] verse() {
        int n = lines.size();
        // Where a poem that reaches each line may go on to: the end of the line's block, or of the stanzas (blocks
        // of verse lines) that follow it. Worked out backwards, each block read once.
        int[] blockEnds = new int[n];
        int[] stanzasEnd = new int[n];
        boolean[] stanza = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            blockEnds[i] = i + 1 == n || blockStarts.get(i + 1) ? i + 1 : blockEnds[i + 1];
            int end = blockEnds[i];
            stanzasEnd[i] = end < n && stanza[end] ? stanzasEnd[end] : end;
            stanza[i] = blockStarts.get(i) && Verse.isStanza(lines.subList(i, end));
        }
        return Verse.poems(lines, i -> false, i -> stanzasEnd[i]);
    }

    /**
     * Whether the converter opened a block at every paragraph's first line, as mutool does: nearly every line
     * that follows a paragraph's plain last line (ending its sentence well short of the column) opens a block. On
     * such a page, where most lines stand inside blocks, a line inside a block opens no paragraph, however its width
     * reads. pdftotext, which sets a whole column in one block where the lines stand close, does not.
     */
    private boolean blocksMarkParagraphs() {
        int ends = 0;
        int opened = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            int usual = usualWidths[i];
            if (usual >= 0 && widths[i] >= 0 && Segments.finished(lines.get(i)) && hasPunctuation(lines.get(i + 1))
                    && widths[i] < usual - INDENT - FULL_SLACK && !opensOwnLine(i + 1)) {
                ends++;
                opened += blockStarts.get(i + 1) ? 1 : 0;
            }
        }
        long inside = blockStarts.stream().filter(start -> !start).count();
        // Most lines inside blocks: the converter did not set each line in a block of its own.
        return ends >= MIN_PARAGRAPH_ENDS && opened * 10 >= ends * 9 && inside * 2 >= lines.size();
    }

    /**
     * Whether the text was broken at printed line ends: many of its long lines end mid-sentence. Text with a
     * paragraph per line (clean text, Markdown flattened) ends nearly all of them on closing punctuation.
     */
    static boolean areWrapped(List<String> allLines) {
        // Blank lines are no evidence either way: mutool may set every printed line in a block of its own.
        List<String> lines = allLines.stream().filter(line -> !line.isEmpty()).toList();
        int measured = 0;
        int open = 0;
        int wide = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            int width = width(line);
            if (width >= MIN_MEASURED) {
                measured++;
                wide += width > MAX_PRINTED ? 1 : 0;
                open += Segments.finished(line) ? 0 : 1;
            }
        }
        // Most lines wider than any printed line: paragraphs a line each, some of them cut or headings.
        return measured >= 4 && open * 10 >= measured * 3 && wide * 2 < measured;
    }

    /**
     * The text with its paragraphs rebuilt, a line each, when it was broken at printed line ends; else as it
     * is. Runs before letter spacing is closed up ({@link LetterSpacing}), since a spaced-out line is evidence:
     * justification spread it to the column's full width, however few characters it holds.
     */
    static String rebuild(String text) {
        List<String> raw = LineSplitter.rawLines(text);
        List<String> lines = raw.stream().map(String::strip).toList();
        List<String> closed = lines.stream().map(LetterSpacing::closeUp).toList();
        if (!areWrapped(closed)) {
            return text;
        }
        return String.join("\n", paragraphs(lines, raw.stream().map(line -> line.startsWith(INDENTED)).toList()));
    }

    /** The paragraphs (and lines standing alone) of wrapped text, one string each; blank lines dropped. */
    static List<String> paragraphs(List<String> allLines) {
        return paragraphs(allLines, null);
    }

    /** The same, where {@code allIndented} says which lines the column stage saw indented (null where none). */
    private static List<String> paragraphs(List<String> allLines, List<Boolean> allIndented) {
        List<String> lines = new ArrayList<>(allLines.size());
        List<Boolean> spaced = new ArrayList<>(allLines.size());
        List<Boolean> blockStarts = new ArrayList<>(allLines.size());
        List<Boolean> indented = new ArrayList<>(allLines.size());
        boolean blank = true;
        for (int k = 0; k < allLines.size(); k++) {
            String line = allLines.get(k);
            if (line.isEmpty()) {
                blank = true;
            } else {
                String closed = LetterSpacing.closeUp(line);
                lines.add(closed);
                spaced.add(!closed.equals(line));
                blockStarts.add(blank);
                indented.add(allIndented != null && allIndented.get(k));
                blank = false;
            }
        }
        int quote = quoteWidth(lines);
        int[] widths = new int[lines.size()];
        for (int i = 0; i < widths.length; i++) {
            // A spaced-out line's width is negated: how wide it was printed is known once the column's width is.
            widths[i] = spaced.get(i) ? -width(lines.get(i), quote) : width(lines.get(i), quote);
        }
        PrintedLines printed = new PrintedLines(lines, widths, blockStarts, indented);
        List<String> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            current.add(lines.get(i));
            if (i + 1 == lines.size() || !printed.continues(i)) {
                paragraphs.add(new Block(Block.Type.TEXT, current).text());
                current.clear();
            }
        }
        return paragraphs;
    }

    /**
     * Whether line {@code i + 1} carries on the paragraph of line {@code i}. The rules look ahead at whether lines
     * below carry on, each answer once ({@link #carriesOn}).
     */
    private boolean continues(int i) {
        if (carriesOn[i] == 0) {
            carriesOn[i] = (byte) (readContinues(i) ? 2 : 1);
        }
        return carriesOn[i] == 2;
    }

    private boolean readContinues(int i) {
        String line = lines.get(i);
        String next = lines.get(i + 1);
        if (verse[i]) {
            return false;
        }
        if (isJumpNoteAlone(next) || opensJump(line) || opensJump(next) && next.length() <= 10) {
            return true;
        }
        if (opensCutDateline(i)) {
            // A dateline its line could not hold to the end: 本报日喀则6月2日 / 电 廖艳说…, 新华社烟台12月31 / 日电.
            return true;
        }
        if (i > 0 && opensCutDateline(i - 1) && !Segments.finished(line) && !opensOwnLine(i + 1)) {
            // Its rest opens the report's text, which runs on however bare of marks its line: 新华社济南6月4日 /
            // 电 新疆军区某边防团 / 所属某连指导员严超告 is no subhead.
            return true;
        }
        if (isCreditCut(line, next) || isCaptionCut(i)) {
            // A photo's credit its caption's last line could not hold: 本报记者 / 于勇摄, 黄 / 博文摄; or the
            // caption's last words with the credit (…直升机编队飞越郑州 / 上空。 马嘉欣摄).
            return true;
        }
        if (i > 0 && Segments.isSpeechDate(lines.get(i - 1)) && isSpeakersName(line)) {
            // The speaker's name under a speech's date, as short as an indented first line: a line of its own,
            // over the speech (（2023年12月29日） / 黎长城 / 同志们，朋友).
            return false;
        }
        if (opensOwnLine(i + 1) || MastheadReader.isHeadOnly(line)) {
            // Nor does a page's running head run on into what stands under it, however full its line, whatever
            // comes before the paper's name on it (5 科技前沿 解放军报 2025年1月3日 星期五 over a photo's caption).
            return false;
        }
        if (Segments.finished(line) && indented.get(i + 1)) {
            // Where the converter kept where lines start, a sentence's end over an indented line ends its paragraph,
            // however full the indented line reads (justified, or holding Latin letters and figures).
            return false;
        }
        if (quotedHeadingAt(i + 1) > 0 && Segments.finished(line) || endsQuotedHeading(i)) {
            // A subhead set in quotes, however wide: between paragraphs, a line of its own.
            return false;
        }
        if (isTail(next) && !Segments.finished(line) && (Segments.isBullet(line.charAt(0)) || !standsAlone(line))) {
            // A character or two its full line could not hold, a subhead's too (■为伙伴关系开启新篇 / 章).
            int usual = usualWidths[i];
            if (usual >= 0 && full(widths[i], usual) >= usual - FULL_SLACK) {
                return true;
            }
        }
        if (subheadRunsOn(i)) {
            return true;
        }
        if (isSubhead(line) && !Segments.finished(line) && hasPunctuation(next) && !Segments.finished(next)
                && usualWidths[i] >= 0 && isIndentedFirst(widths[i + 1], usualWidths[i], heldRoom(i + 1))) {
            // A subhead over a paragraph's indented first line has ended there (二、打通最后一公里 / 余梓萌告诉记者，).
            return false;
        }
        if (Segments.isSubtitle(line) && !hasPunctuation(line) && !hasPunctuation(next) && width(next) < width(line)
                && !opensOwnLine(i + 1) && i + 2 < lines.size() && !Segments.isSubtitle(lines.get(i + 2))
                && !continues(i + 1)) {
            // A subtitle its line could not hold goes on onto a line that no text carries on, over the byline,
            // dateline or text (——南部战区空军某部扎实推进实战 / 化训练见闻); a line over another subtitle is a headline.
            return true;
        }
        if (i > 0 && subheadRunsOn(i - 1) && full(widths[i], usualWidths[i]) < usualWidths[i] - FULL_SLACK) {
            // The rest of a subhead its line could not hold ends it, short as an indented first line
            // (一、高质量发展，迈 / 向共同现代化 / 梁艳说：“只要群).
            return false;
        }
        if (!Segments.finished(line) && isPushedDown(next)) {
            // A character pushed down with the mark after it (获 / 悉，) carries on the line above, however that line
            // reads (spread out to the column, 记 者 从 酒 泉 获 looks like a byline of padded names).
            return true;
        }
        if (i > 0 && isUnderHeading(i) && hasPunctuation(next)) {
            // A line bare of marks under a kicker, wider than the column's lines: the headline across columns, and
            // the text opens under it (倾听官兵心声 / 呼和浩特退役军人就业服务持续升温 / 6月2日，第6届…).
            return false;
        }
        if (standsAlone(line) || (Segments.finished(line) || !hasPunctuation(line) || isHeadlineAlone(i))
                && isHeadlineAbove(i + 1)) {
            // Over a headline (no punctuation, a subtitle, dateline or byline under it) a paragraph has ended; a
            // line without punctuation there is a kicker or the headline's first line, which the item stage
            // tells apart, however full or short it looks (练兵备战正当时 / 高原练兵 淬火成钢), and so is a line of a
            // headline's shape that the converter set in a block of its own (漠河，一座城的拥军情 / 外贸进出口总值
            // 19.49万亿元 / 本报记者 田建华).
            return false;
        }
        if (Punctuation.quoteDepth(line) > 0 && !Segments.finished(line)) {
            // A quotation opened and not closed goes on, however short its line (“这次经历让我真正 / 明白了…).
            return true;
        }
        if (quotesOn(i)) {
            // 说： and the words quoted on the next line: one sentence (说： at a line's end looks finished).
            return true;
        }
        if (Segments.dateline(line) != null && !Segments.finished(line)) {
            // A dateline opens a report's first paragraph, which runs on however short its first line looks
            // (the dateline set bold, a wide space after it, or the line ending right after it).
            return true;
        }
        int usual = usualWidths[i];
        if (usual < 0) {
            return false;
        }
        int width = heldBack(i, usual) ? usual : full(widths[i], usual);
        // Under a line that ends no sentence, a line short by what its next line pushed down ran on full.
        int nextWidth = heldBack(i + 1, usual) || !Segments.finished(line) && isPushedShort(i + 1, usual) ? usual
                : full(widths[i + 1], usual);
        if (width > usual + FULL_SLACK && hasPunctuation(line) && !Segments.finished(line) && Segments.finished(next)
                && nextWidth * 2 <= width && Segments.captionWithCredit(line) == null) {
            // A sentence across columns (a photo's caption under it) ends on the short line under it; a caption
            // signed at its end has ended.
            return true;
        }
        if (width > usual + FULL_SLACK || nextWidth > usual + FULL_SLACK) {
            // Wider than the column: a headline across columns, or a line of another column.
            return false;
        }
        if (width >= usual - FULL_SLACK && !endsShort(line, usual - width, next)) {
            // A full line ending a sentence, over an indented line that is not a paragraph's last: a new paragraph.
            // A paragraph's last line ends a sentence: a short line that does not is a heading (or a box label).
            // A first line may be spaced out too, when the character after it may not open a line (能 / 力，):
            // its characters still tell its indent.
            // Nor does a paragraph run on into a line without punctuation that ends there: a subhead. Nor into a
            // line that can only be indented, however the line above ends (a headline a column wide: 火箭军工程大学
            // 某系组 / 织跨昼夜实兵对抗演练 / 在哈尔滨某医院，).
            if (Segments.finished(line) && isSpacedFirst(i + 1, usual)) {
                // Spread out, and still an indent short: the next paragraph's first line (持续36天。 / 在 肖 明 看 来 ，).
                return false;
            }
            if (blocksMarkParagraphs && !blockStarts.get(i + 1) && Segments.finished(line) && runsOnInBlock(i + 1)) {
                // The converter opened no block here, and it opens one at every paragraph: the text goes on. (Where
                // it opens one, the paragraph may still go on: a column's end opens a block too.)
                return true;
            }
            if (blocksMarkParagraphs && (!hasPunctuation(line) || isSubhead(line) && !Segments.finished(line))
                    && blockStarts.get(i) && blockStarts.get(i + 1) && isFirstLineAlone(i + 1, usual)) {
                // A line bare of marks (but a numbered subhead's 一、) alone in its block, over the next paragraph's
                // first line alone in its own: a subhead, however near the column's width (让基层官兵得实惠 /
                // 5月28日，第19届 / 军营开放日…, 一、为伙伴关系开启新篇章 / 新兵代表陆振宇表示，将牢).
                return false;
            }
            if (blocksMarkParagraphs && Segments.finished(line) && isFirstLineAlone(i + 1, usual)) {
                // A block of one line, short of the column and running on: the next paragraph's indented first line,
                // which this converter sets alone (次，同比增长8.1%。 / 这是今年西部战区 / 陆军某旅…), though figures
                // leave the widths in doubt. A column's end opens a block that runs on over many lines.
                return false;
            }
            return !(Segments.finished(line) && isIndentedFirst(widths[i + 1], usual, heldRoom(i + 1))
                    && (!Segments.finished(next) || quotesOn(i + 1)) && !heldBack(i + 1, usual))
                    && !(Segments.finished(line) && isSubheadOverText(i + 1))
                    && (nextWidth >= usual - FULL_SLACK || Segments.finished(next) || endsMidSentence(next))
                    && !isSurelyIndented(i + 1, usual);
        }
        if (Segments.finished(line)) {
            // A paragraph's last line, or its indented first line that a sentence filled to the end: then a full
            // line carries it on, where the next paragraph's first line would be indented again. Filled, it left
            // no room after its indent for what opens the next line (合作。 / 5月30日，深圳举行 has ended).
            return isIndentedFirst(width, usual, 0) && opensParagraph(i) && nextWidth >= usual - FULL_SLACK
                    && hasPunctuation(next) && !(widths[i] >= 0 && endsShort(line, usual - INDENT - width, next));
        }
        // An indented first line goes on onto a full line; a line spread out and still an indent short is a
        // paragraph's first, so the line above, an indent short itself, is a subhead over it (五、打通最后一公里 /
        // 我 们 要 坚 持 守 正 创). A line without punctuation over a heading's line is a heading's too (a kicker:
        // 倾听官兵心声 / 呼和浩特退役军人就 / 业服务持续升温).
        return isIndentedFirst(width, usual, heldRoom(i)) && !isSpacedFirst(i + 1, usual)
                && (hasPunctuation(line) || !isSubheadOverText(i + 1))
                && (nextWidth >= usual - FULL_SLACK || Segments.finished(next)) || endsMidSentence(line);
    }

    /**
     * Line {@code k}, a subhead, goes on onto the next line, bare of marks and opening nothing of its own (a byline
     * set with a bullet, ■本报记者 王五, stands over its dateline): its line could not hold it all, and the rest is too
     * short for a paragraph's first line (●高质量发展，迈向 / 共同现代化), or a paragraph's indented first line follows
     * the rest, where a paragraph would have run on (■高质量发展，迈 / 向共同现代化 / 苏浩然说：“今).
     */
    private boolean subheadRunsOn(int k) {
        String line = lines.get(k);
        int usual = usualWidths[k];
        return isSubhead(line) && !Segments.finished(line) && !hasPunctuation(lines.get(k + 1)) && usual >= 0
                && !opensOwnLine(k + 1) && full(widths[k], usual) >= usual - INDENT
                && (full(widths[k + 1], usual) < usual - INDENT - FULL_SLACK || k + 2 < lines.size()
                        && isIndentedFirst(widths[k + 2], usual, heldRoom(k + 2)));
    }

    /**
     * Line {@code k} is running text of its block: it has punctuation, or the block goes on under it into a line
     * that has (合肥大力推进“互联网+政务服 / 务”，12.6%的事项…): no heading, which stands alone or over its own text.
     */
    private boolean runsOnInBlock(int k) {
        return hasPunctuation(lines.get(k))
                || k + 1 < lines.size() && !blockStarts.get(k + 1) && hasPunctuation(lines.get(k + 1));
    }

    /**
     * Line {@code k} is alone in its converter block, a character or more short of {@code usual}, and ends no
     * sentence: a paragraph's first line (or a heading's), never the run of a paragraph from the line above. Spread
     * out and still as short, it was spread over the room its indent left (会 议 强 调 ， 要 统 / 筹发展和安全).
     */
    private boolean isFirstLineAlone(int k, int usual) {
        return k + 1 < lines.size() && blockStarts.get(k) && blockStarts.get(k + 1)
                && Math.abs(widths[k]) <= usual - CJK && !Segments.finished(lines.get(k));
    }

    /**
     * Line {@code k} opens a block of the converter's, is bare of marks and wider than a full line of its column,
     * under a line bare of marks too short for any paragraph's line but its last (which ends a sentence): a heading
     * under a heading.
     */
    private boolean isUnderHeading(int k) {
        int usual = usualWidths[k];
        String above = lines.get(k - 1);
        return usual >= 0 && blockStarts.get(k) && widths[k - 1] >= 0 && !hasPunctuation(lines.get(k))
                && !hasPunctuation(above) && !Segments.finished(above) && widths[k - 1] < usual - INDENT - FULL_SLACK
                && full(widths[k], usual) > usual;
    }

    /** Line {@code k} ends 说： and the next opens the words quoted: the sentence goes on, though : looks final. */
    private boolean quotesOn(int k) {
        String line = lines.get(k);
        return k + 1 < lines.size() && (line.endsWith("：") || line.endsWith(":")) && lines.get(k + 1).charAt(0) == '“';
    }

    /**
     * Line {@code k} has no punctuation, ends no sentence and the next line does not carry it on (it opens a
     * paragraph), or carries on only the character or two its line could not hold (为伙伴关系开启新篇 / 章): a
     * subhead, however full its line (从“跟跑”到“领跑”).
     */
    private boolean isSubheadOverText(int k) {
        if (k + 1 >= lines.size() || hasPunctuation(lines.get(k)) || Segments.finished(lines.get(k))) {
            return false;
        }
        int end = k + 2 < lines.size() && isTail(lines.get(k + 1)) && continues(k) ? k + 1 : k;
        return !continues(end);
    }

    /**
     * Line {@code k}, measured exactly and ending no sentence, stops an indent short though nothing opening the
     * next line was held back ({@link #heldBack}): only an indent took that room, so the line opens a paragraph.
     */
    private boolean isSurelyIndented(int k, int usual) {
        String line = lines.get(k);
        return widths[k] >= 0 && !Segments.finished(line) && isMeasuredExactly(line)
                && isIndentedFirst(widths[k], usual, 0) && !heldBack(k, usual);
    }

    /**
     * Line {@code k} was spread out to its width and is still an indent short: a paragraph's first line. Spread
     * before a figure it could not hold, a full line may be as short ({@link #heldRoom}), so only a line that
     * lost a character to the next tells, or one that lost a figure only its indent left no room for
     * ({@link #isSpreadOverIndent}).
     */
    private boolean isSpacedFirst(int k, int usual) {
        return widths[k] < 0 && (heldRoom(k) == 0 && isIndentedFirst(widths[k], usual, 0)
                || isSpreadOverIndent(k, usual));
    }

    /**
     * Line {@code k}, of CJK type alone (its curly quotes at the width the page sets them), was spread out and is
     * an indent short: a paragraph's first line, spread over the column's slack, when the next line opens with a
     * character that could have stood at its end (a character with no mark after it that may not open a line)
     * and the room past the indent was too little for it (a half-em quote leaves half an em: “ 形 成 了 ⼀ 种 前 /
     * 所未有的), or with a figure that the room without the indent would have held (这 是 今 年 陆 军 第 / 71集团军).
     * A full line loses two characters only to the next line's opening (努 / 力，), and figures may set narrower
     * than they count.
     */
    private boolean isSpreadOverIndent(int k, int usual) {
        String line = lines.get(k);
        int pastIndent = usual + widths[k] - INDENT;
        if (k + 1 == lines.size() || pastIndent < 0 || pastIndent >= CJK || !isMeasuredExactly(line, true)) {
            return false;
        }
        String next = lines.get(k + 1);
        if (opensWithFigure(next)) {
            // A figure too wide for the room past the indent, which a line without one would have held with a
            // character's room to spare (这 是 今 年 陆 军 第 / 71集团军…).
            int figure = heldRoom(k);
            return figure > pastIndent && figure + CJK <= pastIndent + INDENT;
        }
        return HanScript.isHan(next.charAt(0))
                && (next.length() == 1 || LineBreaking.NO_LINE_START.indexOf(next.charAt(1)) < 0)
                && LineBreaking.NO_LINE_END.indexOf(line.charAt(line.length() - 1)) < 0;
    }

    /**
     * A line of CJK type alone (measured exactly) that ends its sentence with {@code room} left at its end, room
     * enough for the next line's opening ({@link #openingWidth}): a paragraph's last line. Otherwise a line a
     * character short is full: what came next would not fit (an opening quote may not end a line, a character
     * may not be parted from the mark after it, a figure is not broken), and figures and Latin words are
     * measured only roughly: digits need more room than they count (发展。 / 12月28日 did not fit in the em left).
     */
    private static boolean endsShort(String line, int room, String next) {
        return Segments.finished(line) && isMeasuredExactly(line)
                && room >= openingWidth(next) + (opensWithDigits(next) ? 1 : 0);
    }

    /**
     * The caption's credit opens on {@code line} and ends on {@code next}, its names or role cut apart, the role
     * inside a word too (本报记 / 者 邵磊摄).
     */
    private static boolean isCreditCut(String line, String next) {
        if (next.charAt(next.length() - 1) != '摄') {
            return false;
        }
        String[] credited = Segments.captionWithCredit(line + next);
        return credited != null && credited[0].length() < line.strip().length();
    }

    /**
     * Line {@code i}, a caption bare of marks, wraps onto a short line that ends its sentence and carries the
     * credit, or stands over it: the line holds more of the caption than its rest does (南部战区海军某驱逐舰支队
     * 直升机编队飞越郑州 / 上空。 马嘉欣摄; …舰艇编队在某海域进行补给 / 训练。 / 本报记者 杜铁军摄).
     */
    private boolean isCaptionCut(int i) {
        String line = lines.get(i);
        if (hasPunctuation(line)) {
            return false;
        }
        String next = lines.get(i + 1);
        String[] credited = Segments.captionWithCredit(next);
        String rest = credited != null ? credited[0].strip() : Segments.finished(next) && i + 2 < lines.size()
                && Segments.credit(lines.get(i + 2)) != null ? next : null;
        return rest != null && Segments.finished(rest) && rest.length() * 2 < line.length();
    }

    /**
     * How many lines a subhead set in quotes takes from line {@code k}: one, or two where its line could not hold
     * it (“在急难险重任务中淬 / 炼”, the first line full); 0 where none starts there.
     */
    private int quotedHeadingAt(int k) {
        if (isQuotedHeading(lines.get(k))) {
            return 1;
        }
        int usual = usualWidths[k];
        return k + 1 < lines.size() && Punctuation.quoteDepth(lines.get(k)) > 0 && usual >= 0
                && full(widths[k], usual) >= usual - FULL_SLACK && isQuotedHeading(lines.get(k) + lines.get(k + 1))
                ? 2 : 0;
    }

    /** Line {@code i} ends a subhead set in quotes that opens a paragraph's place. */
    private boolean endsQuotedHeading(int i) {
        return quotedHeadingAt(i) == 1 && opensParagraph(i)
                || i > 0 && quotedHeadingAt(i - 1) == 2 && opensParagraph(i - 1);
    }

    /**
     * One quotation and no sentence: a subhead set in quotes (“中亚国家同中国合作的强大动力”), which may quote words
     * inside (“从“跟跑”到“领跑””). Its opening quote closes at its end, not before.
     */
    private static boolean isQuotedHeading(String line) {
        int last = line.length() - 1;
        return last > 2 && Punctuation.closingQuote(line) == last && !hasPunctuation(line);
    }

    /**
     * Line {@code i} can open a paragraph: the line above ended one, or is a heading, byline or the like. Full
     * lines without a mark that carry on the sentence the line above them left open are running text, not a
     * heading (交通运输部门统计，12月29 / 日当天全市发送旅客65.85万 / 人次，同比增长9.6%。 and 边防线上， / 新疆军区某边防团官
     * / 兵每年徒步巡逻里程 / 超过3900公里。 end their paragraphs).
     */
    private boolean opensParagraph(int i) {
        if (i == 0 || Segments.finished(lines.get(i - 1))) {
            return true;
        }
        if (hasPunctuation(lines.get(i - 1))) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && !hasPunctuation(lines.get(k)) && usualWidths[k] >= 0
                && full(widths[k], usualWidths[k]) >= usualWidths[k] - FULL_SLACK) {
            k--;
        }
        return !(k < i - 1 && hasPunctuation(lines.get(k)) && !Segments.finished(lines.get(k)));
    }

    /**
     * Line {@code k} stops short, unfinished, only because the figure or Latin word opening the next line would
     * not fit in the room left ({@link #heldRoom}), and the browser spread it to the column's width too little
     * for the text to show. A line shorter than that word leaves had room for it: an indent, or a heading's end.
     * An indented first line filled to its end, the next line opening with a figure, looks the same; a sentence
     * ending a full line ends its paragraph about one time in four (on a real front page and the generator's
     * alike), so the line is taken as held back.
     */
    private boolean heldBack(int k, int usual) {
        int room = usual - widths[k];
        return widths[k] >= 0 && room > 0 && room <= heldRoom(k);
    }

    /**
     * Line {@code k} stops short only by the character and mark opening the next line, which may not be parted
     * ({@link #isPushedDown}): a full line that could not hold them (工作29 / 天，累计). An indented first line
     * filled to its end looks the same, so only a line the text above runs on into is read so (read so everywhere,
     * as {@link #heldRoom} reads figures, it lost more paragraph breaks than it mended on the development set). A
     * subhead bare of marks over such a first line still reads as running on into it (高质量发展 迈向共同现代化 /
     * “过去种地靠经验，现在靠数 / 据。”): keeping to lines with a sentence's marks, or under unfinished lines, cost
     * more than that.
     */
    private boolean isPushedShort(int k, int usual) {
        int room = usual - widths[k];
        return widths[k] >= 0 && k + 1 < lines.size() && isPushedDown(lines.get(k + 1)) && room > 0
                && room <= openingWidth(lines.get(k + 1));
    }

    /**
     * The most room line {@code k} may leave at its end for the figure or Latin word opening the next line (and
     * the marks that may not be parted from it): never broken, it goes on to the next line whole when it does
     * not fit (达到 / 88%，); digits print wider than they count ({@link #opensWithDigits}). 0 when line
     * {@code k} ends its sentence or a character opens the next.
     */
    private int heldRoom(int k) {
        if (k + 1 == lines.size() || Segments.finished(lines.get(k))) {
            return 0;
        }
        String next = lines.get(k + 1);
        return opensWithFigure(next) ? openingWidth(next) - (opensWithDigits(next) ? 0 : 1) : 0;
    }

    /** The line opens with a figure or a Latin word, which a line is never broken inside. */
    private static boolean opensWithFigure(String line) {
        char first = line.charAt(0);
        return first < 0x80 && Character.isLetterOrDigit(first);
    }

    /**
     * The line opens with digits alone (12月, 4120名, 88%，), which a CJK font prints wider than half an em each
     * (about 0.55 em): room as wide as they count does not hold them. Latin letters run narrower or wider (IPv6).
     */
    private static boolean opensWithDigits(String line) {
        int i = 0;
        while (i < line.length() && (Character.isDigit(line.charAt(i)) && line.charAt(i) < 0x80
                || i > 0 && (line.charAt(i) == '.' || line.charAt(i) == '%'))) {
            i++;
        }
        return i > 0 && (i == line.length() || !isHalfWidth(line.charAt(i)) || line.charAt(i) == ' ');
    }

    /**
     * The width of what opens the line and cannot be parted from it, so the line above had to leave room for
     * all of it or for none: a character, or a figure or Latin word, with the marks that may not open a line
     * after it (悉，, 88%，). Any other opening (a quote, a bracket) is not measured: {@link Integer#MAX_VALUE}.
     */
    private static int openingWidth(String line) {
        int end = 1;
        if (opensWithFigure(line)) {
            while (end < line.length() && isHalfWidth(line.charAt(end)) && line.charAt(end) != ' ') {
                end++;
            }
        } else if (!HanScript.isHan(line.charAt(0))) {
            return Integer.MAX_VALUE;
        }
        while (end < line.length() && LineBreaking.NO_LINE_START.indexOf(line.charAt(end)) >= 0) {
            end++;
        }
        return width(line.substring(0, end));
    }

    /**
     * A line's printed width: a spaced-out line (negative width) holding at least half a column's characters
     * was justified to the column's width; fewer are a heading spaced for show.
     */
    private static int full(int width, int usual) {
        return width >= 0 ? width : -width * 2 >= usual ? usual : -width;
    }

    /**
     * About two characters short of the usual width, as a paragraph's first line is. One character short is
     * no indent: a line gives its last character to the next when that one may not open a line (kinsoku: 说。).
     * A spaced-out line (negative width) was spread because what came next would not fit: spread so, an
     * indented line lost a character and is more than an indent short, while a full line that lost two
     * (努 / 力，, or figures set narrower than they count) is no more than that. An indented line may leave the
     * room {@code held} as well for the figure opening the next ({@link #heldRoom}).
     */
    private static boolean isIndentedFirst(int width, int usual, int held) {
        int shortBy = usual - Math.abs(width);
        return shortBy > (width < 0 ? INDENT : CJK) && shortBy <= INDENT + FULL_SLACK + held;
    }

    /**
     * Line {@code k} is a headline: no punctuation on it (but the colon after a place it names, or the comma or
     * question mark of a headline's shape: {@link PlainTextReader#isPunctuatedHeadline}) nor on the lines a narrow
     * column wraps it onto (a few, the character or two it could not hold among them), and under them a subtitle,
     * dateline, byline or jump line, or the end of the text. A paragraph never runs on unfinished into those.
     */
    private boolean isHeadlineAbove(int k) {
        int below = k;
        while (below < lines.size() && below - k < HEADLINE_LINES && isHeadlineLine(lines.get(below))
                && (below == k || !opensOwnLine(below))) {
            below++;
        }
        return below > k && (below >= lines.size() || opensOwnLine(below));
    }

    /**
     * Line {@code k} stands in a block of its own and has a headline's shape at its loosest (a place before its
     * comma: {@link PlainTextReader#hasPunctuatedHeadlineShape}).
     */
    private boolean isHeadlineAlone(int k) {
        return blockStarts.get(k) && k + 1 < lines.size() && blockStarts.get(k + 1)
                && PlainTextReader.hasPunctuatedHeadlineShape(lines.get(k));
    }

    /** A line a headline's words may fill: bare of marks, or with a headline's own comma or question mark. */
    private static boolean isHeadlineLine(String line) {
        return !hasPunctuation(headlineWords(line)) || PlainTextReader.isPunctuatedHeadline(line);
    }

    /** A headline's words after the place it may name before a colon (沈阳：“5G+工业互联网”赋能制造业升级). */
    private static String headlineWords(String line) {
        int colon = line.indexOf('：');
        return colon > 0 && colon <= MAX_PLACE ? line.substring(colon + 1) : line;
    }

    /** A person's name alone, padded or not (黎长城, 王　五). */
    private static boolean isSpeakersName(String line) {
        return Segments.isPersonName(Segments.signedName(line));
    }

    /** A subhead inside a report: bulleted (●■) or numbered (一、). */
    static boolean isSubhead(String line) {
        return Segments.isBullet(line.charAt(0)) || Segments.numberedHeading(line) > 0;
    }

    /** The line opens with a character and a mark that may not open a line (悉，), not a numbered heading's 一、. */
    private static boolean isPushedDown(String line) {
        return line.length() > 1 && HanScript.isHan(line.charAt(0))
                && "一二三四五六七八九十".indexOf(line.charAt(0)) < 0 && "，。；：？！".indexOf(line.charAt(1)) >= 0;
    }

    /** At most two characters, ending no sentence. */
    static boolean isTail(String line) {
        return width(line) <= 2 * CJK && !Segments.finished(line);
    }

    private static boolean endsMidSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '，' || last == '、' || last == '；' || last == ',' || last == '：' && line.length() > 12;
    }

    /** The line ends in a jump note cut before its closing bracket. */
    private static boolean opensJump(String line) {
        return OPEN_JUMP.matcher(line).region(Math.max(0, line.length() - 10), line.length()).find();
    }

    private static boolean isJumpNoteAlone(String line) {
        char first = line.charAt(0);
        int[] jump = (first == '（' || first == '(') ? Segments.jumpOn(line) : null;
        return jump != null && jump[1] == 0;
    }

    /** Line {@code k} opens something of its own, a dateline cut at its end among them. */
    private boolean opensOwnLine(int k) {
        return opensOwnLine(lines.get(k)) || opensCutDateline(k);
    }

    /** Line {@code k} opens a dateline that runs on onto the next line (which opens none of its own). */
    private boolean opensCutDateline(int k) {
        String line = lines.get(k);
        return k + 1 < lines.size() && line.length() < MAX_DATELINE && Segments.isCutDateline(line, lines.get(k + 1));
    }

    /** Lines that open something of their own: never the rest of the line above. */
    private static boolean opensOwnLine(String line) {
        char first = line.charAt(0);
        return Segments.isBullet(first) || Segments.isSubtitle(line) || Segments.dateline(line) != null
                || Segments.byline(line) != null || Segments.credit(line) != null
                || Segments.jumpFrom(line) != null || Segments.numberedHeading(line) > 0 || Segments.isSpeechDate(line)
                || Furniture.opensRoleLine(line);
    }

    /** Lines that end what they are on: nothing below joins them, a caption signed at its end among them. */
    static boolean standsAlone(String line) {
        return Segments.isBullet(line.charAt(0)) || Segments.byline(line) != null || Segments.credit(line) != null
                || Segments.captionWithCredit(line) != null || Segments.jumpOn(line) != null
                || Segments.pageRef(line) != null || Furniture.opensRoleLine(line);
    }

    /**
     * The width of a full line in the column of each line: the second widest of the nearby lines that
     * carry punctuation (headlines rarely do; the second, so that one stray wide line does not count). Where
     * fewer than three such lines are near (the top of a page, under its running head), the look goes twice as
     * far. Figures, Latin words and curly quotes are set narrower or wider than their count says, by the font
     * (79.18万辆 may fill a line that counts half an em too wide), so when most of the lines share one width a
     * little under that, theirs is the full line's, unless a line measured exactly is as wide as the second
     * widest (头的桥吊正在有序作业，集 over lines of 2025年 and 。“ that count a half em short). -1 when too few
     * lines tell. The look stays inside the report of each line, from its dateline (or under its byline or a
     * photo's credit) down to the next report's or photo's (the report above may be set in a box or a column of
     * another width), and inside its column: two punctuated lines running half as wide again as the lines around
     * it are a box's across columns (a boxed note under the column's last paragraph), unless too few lines tell
     * there.
     */
    private int[] usualWidths() {
        // A byline or a photo's credit parts one item's lines from the next's; a dateline opens a report.
        boolean[] parting = new boolean[lines.size()];
        boolean[] datelines = new boolean[lines.size()];
        for (int k = 0; k < parting.length; k++) {
            parting[k] = Segments.byline(lines.get(k)) != null || Segments.credit(lines.get(k)) != null;
            datelines[k] = Segments.dateline(lines.get(k)) != null;
        }
        int[] usual = new int[lines.size()];
        for (int i = 0; i < usual.length; i++) {
            int own = -1;
            for (int k = Math.max(0, i - 2); k <= Math.min(lines.size() - 1, i + 2); k++) {
                own = hasPunctuation(lines.get(k)) ? Math.max(own, widths[k]) : own;
            }
            int top = i;
            while (top > 0 && i - top < 2 * WINDOW && !parting[top - 1]
                    && !isBoxAcrossColumns(top - 1, -1, own)) {
                top--;
                if (datelines[top]) {
                    break;
                }
            }
            int bottom = i;
            while (bottom + 1 < lines.size() && bottom - i < 2 * WINDOW && !parting[bottom + 1]
                    && !datelines[bottom + 1] && !isBoxAcrossColumns(bottom + 1, 1, own)) {
                bottom++;
            }
            int inReport = usualWidth(i, top, bottom, MIN_TELLING);
            usual[i] = inReport >= 0 ? inReport : usualWidth(i, 0, lines.size() - 1, 0);
        }
        return usual;
    }

    /**
     * Line {@code k} and the next one in {@code direction} are punctuated lines half as wide again as the lines
     * around the one measured ({@code own}, the widest of them): a box's across columns. One such line alone
     * may be a caption's.
     */
    private boolean isBoxAcrossColumns(int k, int direction, int own) {
        int next = k + direction;
        return own >= 0 && next >= 0 && next < lines.size() && widths[k] * 2 > own * 3
                && widths[next] * 2 > own * 3 && hasPunctuation(lines.get(k)) && hasPunctuation(lines.get(next));
    }

    /** The usual width from lines {@code top} to {@code bottom}; -1 when fewer than {@code needed} tell. */
    private int usualWidth(int i, int top, int bottom, int needed) {
        int widest = -1;
        int second = -1;
        int from = i;
        int to = i;
        int counted = 0;
        for (int reach = WINDOW; reach <= 2 * WINDOW; reach += WINDOW) {
            widest = -1;
            second = -1;
            counted = 0;
            from = Math.max(top, i - reach);
            to = Math.min(bottom, i + reach);
            for (int k = from; k <= to; k++) {
                if (!hasPunctuation(lines.get(k)) || widths[k] < 0) {
                    continue;
                }
                counted++;
                int width = widths[k];
                if (width > widest) {
                    second = widest;
                    widest = width;
                } else if (width > second) {
                    second = width;
                }
            }
            if (counted >= MIN_TELLING) {
                break;
            }
        }
        if (counted < needed) {
            return -1;
        }
        int most = mostCommonWidth(from, to);
        int usual = most >= second - FULL_SLACK && most < second ? most : second;
        int exact = -1;
        for (int k = from; k <= to; k++) {
            if (widths[k] > exact && widths[k] <= second && hasPunctuation(lines.get(k))
                    && isMeasuredExactly(lines.get(k))) {
                exact = widths[k];
            }
        }
        return Math.max(usual, exact);
    }

    /**
     * Whether the line may have been as full as the line under it, so that the next line's first character did not
     * fit on it: as wide, or, where figures or Latin words print wider than they count, a character narrower at most
     * (国产大飞机C919 / 累计运送旅客突破).
     */
    static boolean asFullAs(String line, String next) {
        int narrower = width(next) - width(line);
        return narrower <= 0 || narrower <= CJK && !isMeasuredExactly(line);
    }

    /**
     * The line is CJK type alone, no two marks side by side: its width is what its characters count, where
     * figures, Latin words, curly quotes and marks a typesetter may compress are set by the font.
     */
    private static boolean isMeasuredExactly(String line) {
        return isMeasuredExactly(line, false);
    }

    /**
     * As {@link #isMeasuredExactly(String)}; with {@code quotes}, curly quotes count as measured, at the width the
     * page sets them ({@link #quoteWidth}).
     */
    private static boolean isMeasuredExactly(String line, boolean quotes) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isHalfWidth(c) || isCurlyQuote(c) && !quotes || i > 0 && isMark(c) && isMark(line.charAt(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** A mark a typesetter may compress beside another: CJK punctuation and curly quotes. */
    private static boolean isMark(char c) {
        return COMPRESSIBLE.get(c) || isCurlyQuote(c);
    }

    /** The width most punctuated lines from {@code from} to {@code to} share, three at least; else -1. */
    private int mostCommonWidth(int from, int to) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int k = from; k <= to; k++) {
            if (widths[k] >= 0 && hasPunctuation(lines.get(k))) {
                count.merge(widths[k], 1, Integer::sum);
            }
        }
        int most = -1;
        int votes = 0;
        boolean tied = false;
        for (Map.Entry<Integer, Integer> entry : count.entrySet()) {
            if (entry.getValue() > votes) {
                most = entry.getKey();
                votes = entry.getValue();
                tied = false;
            } else if (entry.getValue() == votes) {
                tied = true;
            }
        }
        return votes >= MIN_TELLING && !tied ? most : -1;
    }

    /** Whether the line holds punctuation ({@link #isPunctuation}). */
    static boolean hasPunctuation(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (isPunctuation(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Punctuation: a sentence's marks, or a colon. */
    static boolean isPunctuation(char c) {
        return c == '：' || SENTENCE_MARKS.indexOf(c) >= 0;
    }

    /** Whether the line holds a mark only a sentence sets (a headline may hold a colon: 日喀则：“5G+工业互). */
    static boolean hasSentenceMarks(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (SENTENCE_MARKS.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The line's printed width in half-em units, its curly quotes set a full em wide. */
    static int width(String line) {
        return width(line, CJK);
    }

    /**
     * The line's printed width in half-em units, its curly quotes {@code quote} units wide. Of two full-width
     * marks side by side (。“ ”， ）。) the first is set half wide, as CJK type compresses them (标点挤压).
     */
    static int width(String line, int quote) {
        int width = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int own = isCurlyQuote(c) ? quote : isHalfWidth(c) ? 1 : CJK;
            width += i + 1 < line.length() && isFullWidthMark(c, quote) && isFullWidthMark(line.charAt(i + 1), quote)
                    ? 1 : own;
        }
        return width;
    }

    /** A mark set a full em wide: CJK punctuation, and curly quotes where the page sets them so. */
    private static boolean isFullWidthMark(char c, int quote) {
        return isCurlyQuote(c) ? quote == CJK : COMPRESSIBLE.get(c);
    }

    /** Latin letters, figures and half-width forms: about half an em, by the font. */
    private static boolean isHalfWidth(char c) {
        return c < 0x1100 || c >= 0xFF61 && c <= 0xFFDC;
    }

    private static boolean isCurlyQuote(char c) {
        return c >= '\u2018' && c <= '\u201D';
    }

    /**
     * How wide the page's curly quotes (“ ” ‘ ’) were set, in half-em units. CJK type sets them a full em;
     * a browser may take them from a Latin font, half an em. Full lines with quotes tell: with the right width
     * they come out as wide as the page's usual full line without quotes.
     */
    static int quoteWidth(List<String> lines) {
        Map<Integer, Integer> plain = new HashMap<>();
        for (String line : lines) {
            if (quotes(line) == 0 && hasPunctuation(line) && width(line) >= MIN_MEASURED) {
                plain.merge(width(line), 1, Integer::sum);
            }
        }
        int usual = plain.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
        int half = 0;
        int full = 0;
        for (String line : lines) {
            int quotes = quotes(line);
            if (quotes > 0 && usual > 0) {
                full += width(line, CJK) == usual ? 1 : 0;
                half += width(line, 1) == usual ? 1 : 0;
            }
        }
        return half > full ? 1 : CJK;
    }

    private static int quotes(String line) {
        int quotes = 0;
        for (int i = 0; i < line.length(); i++) {
            quotes += isCurlyQuote(line.charAt(i)) ? 1 : 0;
        }
        return quotes;
    }
}
