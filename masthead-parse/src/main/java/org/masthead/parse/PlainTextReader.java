package org.masthead.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text with no marks at all. Paragraphs are runs of lines between blank lines (or single lines
 * when the file has no blank lines); text a PDF converter broke at every printed line comes with its paragraphs
 * rebuilt a line each ({@link PrintedLines}, a stage before). A short line without sentence punctuation is a heading.
 */
final class PlainTextReader implements PageReader {
    static final PlainTextReader INSTANCE = new PlainTextReader();

    /** Longer lines are text even without punctuation; headlines with a subtitle stay below this. */
    private static final int MAX_HEADING = 50;

    /** Bare section headings (小标题) are a few words (a space between two phrases not counted); headlines are longer. */
    private static final int MAX_BARE_SECTION = 12;

    /**
     * The label a newspaper sets over a boxed note beside a report (background, figures, further reading): the
     * headline of an item of its own, however short.
     */
    private static final Pattern BOX_NOTE_LABEL = Pattern.compile(
            "(?:相关|新闻|背景|知识)?链接|新闻背景|背景资料|延伸阅读|数说|数读|图说");

    /**
     * How much narrower than its headline a kicker is set, in half-em units (two characters): a headline's first
     * line over its rest may be a little narrower, where figures below are set half an em (2023年全国粮食 /
     * 总产量89.68亿斤).
     */
    private static final int KICKER_SHORTER = 4;

    /** The longest headline with phrase marks (坚定信心，勇毅前行) read as one: they are short. */
    private static final int MAX_PUNCTUATED_HEADLINE = 30;

    /** A headline's phrases on either side of its comma are two characters or more (加油，中国队！). */
    private static final int MIN_PHRASE = 2;

    /** How much longer one of a headline's two matched phrases may be than the other (中国式现代化，民生为大). */
    private static final int MAX_PHRASE_GAP = 2;

    /** A headline's first phrase that needs no match: a place or a time before the comma (广州，一座城的拥军情). */
    private static final int MAX_LEAD_PHRASE = 4;

    /** A headline's speaker or place before its colon: 习近平, 霍尔果斯, 国务院新闻办. */
    private static final int MAX_SPEAKER = 6;

    private PlainTextReader() {
    }

    @Override
    public List<Block> read(String text) {
        List<Block> blocks = new ArrayList<>();
        boolean linePerParagraph = !text.strip().contains("\n\n");
        LineSplitter.paragraphs(text, line -> linePerParagraph, lines -> {
            int from = 0;
            // A heading line directly above its text (no blank line between) is split off.
            while (from < lines.size() - 1 && !isShort(lines.get(from + 1))
                    && headingType(lines.get(from + 1)) == null) {
                Block.Type type = headingType(lines.get(from));
                if (type == null) {
                    break;
                }
                blocks.add(Block.of(type, lines.get(from)));
                from++;
            }
            List<String> rest = lines.subList(from, lines.size());
            Block.Type heading = rest.size() == 1 ? headingType(rest.get(0)) : null;
            blocks.add(new Block(heading == null ? Block.Type.TEXT : heading, rest));
        });
        keepHeadlinesLastCharacters(blocks);
        markPunctuatedHeadlines(blocks);
        demoteBareSectionHeadings(blocks);
        // After the section headings: a poem's title, over lines still read as headings, stays its headline.
        markVerse(blocks);
        markKickers(blocks);
        return blocks;
    }

    /**
     * Two heading lines over text, the upper the narrower by two characters or more and no part of the lower's
     * headline: the upper is the
     * kicker (引题) set over the headline, as a lower heading level marks it in Markdown; the item stage takes a
     * heading with no text under it so (倾听官兵心声 / CPI同比上涨3.5% 就业形势总体稳定). Without marks, a shorter line
     * over a headline is a kicker far more often than a headline of an item with no text at all.
     */
    private static void markKickers(List<Block> blocks) {
        for (int i = 0; i + 2 < blocks.size(); i++) {
            Block kicker = blocks.get(i);
            Block headline = blocks.get(i + 1);
            if (kicker.type() == Block.Type.HEADLINE && headline.type() == Block.Type.HEADLINE
                    && kicker.lines().size() == 1 && headline.lines().size() == 1
                    && blocks.get(i + 2).type() != Block.Type.HEADLINE
                    && (i == 0 || blocks.get(i - 1).type() != Block.Type.HEADLINE)
                    && PrintedLines.width(kicker.text()) + KICKER_SHORTER <= PrintedLines.width(headline.text())
                    && !Segments.isSubtitle(headline.text())
                    && !ItemSegmenter.isHeadlineRest(kicker.text(), headline.text())) {
                blocks.set(i, new Block(Block.Type.SECTION, kicker.lines()));
            }
        }
    }

    /**
     * A headline may part its phrases with a comma and end on a question or an exclamation (坚定信心，勇毅前行;
     * 谁是最可爱的人？; 加油，中国队！), which a sentence does too: such a line heads an item only under a column's
     * label (短评), or where what follows opens one (a dateline, a byline or subtitle, an editor's note), which no
     * paragraph of running text has under it. (A line bare of marks above it tells nothing: pdftotext cuts many out of
     * its columns.)
     */
    private static void markPunctuatedHeadlines(List<Block> blocks) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.type() == Block.Type.TEXT && block.lines().size() == 1 && isHeadlineOver(blocks, i)) {
                blocks.set(i, new Block(Block.Type.HEADLINE, block.lines()));
            }
        }
    }

    /**
     * Whether block {@code i} has a punctuated headline's shape and what stands around it tells it one. Its phrases
     * must match, but for a short one before the comma (a place, a time: 广州，一座城的拥军情), under a column's label
     * or over a dateline too, unless a word runs across from the line into the text after the dateline. A report's
     * rest on another page opens under its headline set again (银川，一座城的拥军情 / （上接第一版）银…).
     */
    private static boolean isHeadlineOver(List<Block> blocks, int i) {
        String line = blocks.get(i).text();
        // The shape first, at its loosest: nearly every paragraph fails it, and the patterns around cost more.
        if (!hasPunctuatedHeadlineShape(line)) {
            return false;
        }
        int comma = line.indexOf('，');
        boolean leads = comma > 0 && comma <= MAX_LEAD_PHRASE;
        Block above = i > 0 ? blocks.get(i - 1) : null;
        if (above != null && above.type() == Block.Type.HEADLINE && ItemSegmenter.isColumnLabel(above.text())
                && (leads || isPunctuatedHeadline(line))) {
            return true;
        }
        if (!endsAbove(blocks, i)) {
            return false;
        }
        String next = blocks.get(i + 1).text();
        Segments.DatelineMatch dateline = Segments.dateline(next);
        // A sentence's first line over a dateline set out of its place (pdftotext's) goes on after the dateline: a
        // word runs across into the text there (今年以来，广州累计开行中 / 新华社广州6月5日电 欧班列…).
        boolean dated = dateline != null
                && !DictionaryWords.runAcross(line, next.substring(dateline.end()).stripLeading());
        return (leads || isPunctuatedHeadline(line)) && (dated || opensUndatedItem(next)
                || Segments.jumpFrom(next) != null);
    }

    /**
     * A line a headline's shape but for its phrase marks: a question or exclamation mark at its end (a closing
     * quote may follow), or two phrases of about the same length parted by a comma, as headlines match them (既要金山银山，
     * 也要绿水青山); no figures and no other sentence mark. A subtitle may follow on its line (谁是最可爱的人？
     * ——武汉推进双拥共建工作综述). A sentence's first printed line reads so too, but its phrases seldom match
     * (今年以来，广州累计开行中), it often holds a date, and it may stop on a 的 no phrase ends on (基层是部队建设的基础，
     * 也是各项工作落地的); phrases ending on 们 call the hearers of a speech (同志们，朋友们！).
     */
    static boolean isPunctuatedHeadline(String line) {
        return isPunctuatedHeadline(line, MAX_PHRASE_GAP);
    }

    /**
     * The same at its loosest, the comma's phrases of any lengths: for a line that something else sets apart as a
     * heading (in bold, or in a block of its own) and that needs no match (广州，一座城的拥军情).
     */
    static boolean hasPunctuatedHeadlineShape(String line) {
        return isPunctuatedHeadline(line, Integer.MAX_VALUE);
    }

    /** A mark a headline may hold among its words: a comma between its phrases, a question or an exclamation. */
    static boolean isHeadlineMark(char c) {
        return c == '，' || c == '？' || c == '！';
    }

    /** The same, the comma's two phrases differing in length by up to {@code phraseGap}. */
    private static boolean isPunctuatedHeadline(String line, int phraseGap) {
        Matcher dash = Segments.SUBTITLE_ON_LINE.matcher(line);
        String head = dash.find() ? line.substring(0, dash.start()) : line;
        if (head.length() > MAX_PUNCTUATED_HEADLINE || head.chars().anyMatch(c -> isDigit((char) c))
                || Punctuation.quoteDepth(head) != 0) {
            return false;
        }
        int last = head.endsWith("”") ? head.length() - 2 : head.length() - 1;
        boolean asks = last >= 0 && (head.charAt(last) == '？' || head.charAt(last) == '！');
        int comma = head.indexOf('，');
        if (comma != head.lastIndexOf('，') || !asks && comma < 0) {
            return false;
        }
        int end = asks ? last : head.length();
        if (end < MIN_PHRASE || head.charAt(end - 1) == '的' || head.charAt(end - 1) == '们') {
            return false;
        }
        if (comma >= 0 && (comma < MIN_PHRASE || end - comma - 1 < MIN_PHRASE || head.charAt(comma - 1) == '们'
                || !asks && Math.abs(end - comma - 1 - comma) > phraseGap)) {
            return false;
        }
        String words = asks ? head.substring(0, last) + head.substring(last + 1) : head;
        return headingType(words.replace("，", "") + line.substring(head.length())) == Block.Type.HEADLINE;
    }

    /**
     * Nothing runs on into block {@code i} from above: the page's start or head, a heading, text that ended its
     * sentence, a photo's credit (…进行战术训练。 蒋宇航摄), or the note that sends a report on to another page
     * (（下转第二版）).
     */
    private static boolean endsAbove(List<Block> blocks, int i) {
        if (i == 0 || blocks.get(i - 1).type() != Block.Type.TEXT) {
            return true;
        }
        String above = blocks.get(i - 1).text();
        return Segments.finished(above) || MastheadReader.isRunningHead(above) || MastheadReader.isHeadLine(above)
                || Segments.credit(above) != null || Segments.captionWithCredit(above) != null
                || Segments.jumpOn(above) != null;
    }

    /**
     * A byline, subtitle or editor's note (编者按) opens an item (as a dateline does); so does a signature set under the
     * headline (■赖艳), but not a bulleted subhead (■合作的强大动力).
     */
    private static boolean opensUndatedItem(String text) {
        if (Segments.isSubtitle(text) || Segments.isEditorsNote(text)) {
            return true;
        }
        return Segments.isBullet(text.charAt(0)) ? Segments.isPeoplesByline(text) : Segments.byline(text) != null;
    }

    /**
     * A poem under its byline (■张三 over 边关的月亮 / 照着哨所的窗 / …), or right under its title where the converter
     * set the byline elsewhere: its lines, which a heading's shape has, are its text, a paragraph each
     * ({@link Verse}). Elsewhere (a caption's lines, headlines the converter gave in a row) a run tells too little.
     */
    private static void markVerse(List<Block> blocks) {
        List<String> lines = blocks.stream().map(block -> block.lines().size() == 1 ? block.text() : "").toList();
        boolean[] poem = Verse.poems(lines, i -> blocks.get(i).type() == Block.Type.HEADLINE, i -> lines.size());
        for (int i = 0; i < poem.length; i++) {
            if (poem[i]) {
                blocks.set(i, new Block(Block.Type.TEXT, blocks.get(i).lines()));
            }
        }
    }

    /**
     * A character alone under a headline is the one its line could not hold (为官兵办实事解难 / 题): a headline's,
     * as the text stages join the rest of a headline to it.
     */
    private static void keepHeadlinesLastCharacters(List<Block> blocks) {
        for (int i = 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.type() == Block.Type.TEXT && block.text().length() == 1
                    && HanScript.isHan(block.text().charAt(0))
                    && blocks.get(i - 1).type() == Block.Type.HEADLINE) {
                blocks.set(i, new Block(Block.Type.HEADLINE, block.lines()));
            }
        }
    }

    /**
     * Without marks a bare section heading looks like a headline. Inside running text, a line of a few words
     * that is followed by plain text (no dateline, byline, page reference, continuation note, speech's date or
     * editor's note, which open items) is taken as a section heading of the article it stands in, two matched
     * phrases too (数据赋能 服务升级): a report's headline has its dateline or byline under it. Headlines are longer
     * or carry a subtitle; those stay headlines, and so does a boxed note's label (相关链接, 延伸阅读).
     */
    private static void demoteBareSectionHeadings(List<Block> blocks) {
        for (int i = 1; i + 1 < blocks.size(); i++) {
            if (isBareSectionHeading(blocks, i)) {
                blocks.set(i, new Block(Block.Type.SECTION, blocks.get(i).lines()));
            }
        }
    }

    /** Whether headline block {@code i} reads as a bare section heading of the text around it (see above). */
    static boolean isBareSectionHeading(List<Block> blocks, int i) {
        Block block = blocks.get(i);
        String line = block.lines().get(0);
        if (i == 0 || i + 1 >= blocks.size() || block.type() != Block.Type.HEADLINE
                || line.replace(" ", "").length() > MAX_BARE_SECTION
                || line.contains("——") || BOX_NOTE_LABEL.matcher(line).matches()) {
            return false;
        }
        Block next = blocks.get(i + 1);
        return next.type() == Block.Type.TEXT && isRunningTextAbove(blocks, i) && opensNothing(next.text())
                && !isBriefAbove(blocks, i) && !numbersStartUnder(blocks, i);
    }

    /**
     * A report numbers its sections once and from the first, with no bare subhead before its first numbered one:
     * where the first heading under block {@code i} is numbered first (一、), block {@code i} heads another report,
     * whether or not the report above numbered its own sections.
     */
    private static boolean numbersStartUnder(List<Block> blocks, int i) {
        int next = i + 1;
        while (next < blocks.size() && blocks.get(next).type() == Block.Type.TEXT) {
            next++;
        }
        return next < blocks.size() && Segments.numberedHeading(blocks.get(next).lines().get(0)) == 1;
    }

    /**
     * Block {@code i} stands under body text: a long paragraph, or a short one that ends its sentence under a
     * long one (a report's last words before a subhead: …18.3%的事项实现“一网通办”。).
     */
    private static boolean isRunningTextAbove(List<Block> blocks, int i) {
        Block previous = blocks.get(i - 1);
        if (previous.type() != Block.Type.TEXT) {
            return false;
        }
        String text = previous.text();
        return isRunningText(text) || i >= 2 && blocks.get(i - 2).type() == Block.Type.TEXT
                && isRunningText(blocks.get(i - 2).text()) && Segments.finished(text) && opensNothing(text)
                && Segments.jumpOn(text) == null && Segments.captionWithCredit(text) == null;
    }

    /**
     * The text above block {@code i}, up to the headline over it, is a brief's (简讯) as {@link ItemSegmenter#classify}
     * tells one: one short paragraph opened by a dateline that names no place (本报讯). A brief has no sections: a
     * heading under it heads an item of its own (a commentary, which opens with no dateline). A longer report opened
     * by 本报讯 may well go on under a subhead.
     */
    private static boolean isBriefAbove(List<Block> blocks, int i) {
        Block above = blocks.get(i - 1);
        if (i < 2 || blocks.get(i - 2).type() != Block.Type.HEADLINE || above.text().length() > ItemSegmenter.MAX_BRIEF) {
            return false;
        }
        Segments.DatelineMatch dateline = Segments.dateline(above.text());
        return dateline != null && dateline.place() == null;
    }

    /** Body text, not the end of an item (a jump note, a photo credit, a page reference) or the masthead. */
    private static boolean isRunningText(String text) {
        return text.length() > MAX_HEADING && Segments.jumpOn(text) == null && Segments.pageRef(text) == null;
    }

    private static boolean opensNothing(String text) {
        return Segments.dateline(text) == null && Segments.byline(text) == null && Segments.pageRef(text) == null
                && Segments.jumpFrom(text) == null && Segments.credit(text) == null && !Segments.isSpeechDate(text)
                && !Segments.isEditorsNote(text);
    }

    /** HEADLINE or SECTION for a line that reads as a heading, else null. */
    static Block.Type headingType(String line) {
        int length = line.length();
        if (length > MAX_HEADING || length < 2) {
            return null;
        }
        char first = line.charAt(0);
        char last = line.charAt(length - 1);
        if (last == '摄' || first == '■' || first == '□' || first == '●' || first == '◆' || last == '。') {
            return null;
        }
        if (Segments.numberedHeading(line) > 0) {
            return Block.Type.SECTION;
        }
        // A speech's date set on its headline's line (在座谈会上的讲话 ——（2024年12月23日）) brackets no sentence.
        Matcher dash = Segments.SUBTITLE_ON_LINE.matcher(line);
        int words = dash.find() && Segments.isSpeechDate(line.substring(dash.end()).strip()) ? dash.start() : length;
        for (int i = 0; i < words; i++) {
            if (isSentencePunctuation(line.charAt(i)) && !isInNumber(line, i) && !isHeadlineColon(line, i)) {
                return null;
            }
        }
        // Bylines, credits, datelines, jump notes and the lines only a masthead or running head prints (2025年6月2日
        // 星期一, 第10版) head nothing; asked last, as their patterns cost more than the scan above, which most lines
        // fail.
        if (Segments.byline(line) != null || Segments.credit(line) != null || Segments.dateline(line) != null
                || Segments.jumpOn(line) != null || MastheadReader.isHeadLine(line)) {
            return null;
        }
        return first == '“' && last == '”' ? Block.Type.SECTION : Block.Type.HEADLINE;
    }

    private static boolean isShort(String line) {
        return line.length() <= MAX_HEADING && line.indexOf('。') < 0;
    }

    /**
     * A headline names its speaker or place before a colon and quotes or titles what follows (酒泉：“5G+工业互联网”…,
     * 习近平：《…》); a sentence's colon is followed by plain words or ends the line.
     */
    private static boolean isHeadlineColon(String line, int i) {
        return line.charAt(i) == '：' && i >= 2 && i <= MAX_SPEAKER && i + 1 < line.length()
                && (line.charAt(i + 1) == '“' || line.charAt(i + 1) == '《');
    }

    /** A decimal point or thousands separator (1.43亿, 90.78%, 1,000) is part of a number, not punctuation. */
    private static boolean isInNumber(String line, int i) {
        char c = line.charAt(i);
        return (c == '.' || c == ',') && i > 0 && i + 1 < line.length() && isDigit(line.charAt(i - 1))
                && isDigit(line.charAt(i + 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static boolean isSentencePunctuation(char c) {
        switch (c) {
            case '，': case '。': case '；': case '：': case '？': case '！': case ',': case '.': case ';':
            case ':': case '?': case '!': case '(': case ')': case '（': case '）': case '…':
                return true;
            default:
                return false;
        }
    }
}
