package org.masthead.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.model.Masthead;
import org.masthead.model.Warning;

/**
 * Third stage: reads the masthead (or an inside page's running header) from the blocks at the top of a
 * page, in the forms Chinese dailies print it (and English ones: Thursday, June 19, 2025), and reports how many
 * blocks it used.
 */
final class MastheadReader {
    /** The date: 2025年6月19日, or in English June 19, 2025 and 19 June 2025. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"
            + "|\\b" + MonthNames.PATTERN + "\\s+(\\d{1,2}),?\\s+(\\d{4})"
            + "|\\b(\\d{1,2})\\s+" + MonthNames.PATTERN + ",?\\s+(\\d{4})");
    private static final Pattern WEEKDAY = Pattern.compile("(?:星期|礼拜)([一二三四五六日天])"
            + "|\\b(?i:(mon|tues|wednes|thurs|fri|satur|sun)day)\\b");
    private static final List<String> ENGLISH_DAYS = List.of("mon", "tues", "wednes", "thurs", "fri", "satur", "sun");
    /** The issue's number: 第24632号, 第8823期, or in English Vol. CXXIV No. 170. */
    private static final Pattern ISSUE = Pattern.compile("第\\s*(\\d+)\\s*[号期]|\\bNo\\.\\s*(\\d{1,6})\\b");
    private static final Pattern LUNAR = Pattern.compile(
            "(?:农历\\s*)?([甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]\\s*年)\\s*(闰?\\s*[正一二三四五六七八九十冬腊]{1,2}\\s*月)"
                    + "\\s*(初[一二三四五六七八九十]|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]|廿[一二三四五六七八九]|卅)"
                    + "|农历\\s*(闰?[正一二三四五六七八九十冬腊]{1,2}月)\\s*"
                    + "(初[一二三四五六七八九十]|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]|廿[一二三四五六七八九]|卅)");
    private static final Pattern PAGE_COUNT = Pattern.compile("今日\\s*([0-9０-９一二三四五六七八九十百]{1,4})\\s*版");
    /** The dash between a serial's or postal code's figures, as a converter may give it: -, －, –, —. */
    private static final String FIGURE_DASH = "[-－–—]";
    private static final Pattern CN = Pattern.compile(
            "CN\\s*\\d{2}\\s*" + FIGURE_DASH + "\\s*\\d{4}(?:\\s*/\\s*(?:\\([A-Z]\\)|[A-Z]))?");
    private static final Pattern ISSN = Pattern.compile("ISSN\\s*\\d{4}\\s*-\\s*\\d{3}[0-9Xx]");
    private static final Pattern POSTAL = Pattern.compile("代号\\s*[:：]?\\s*(\\d{1,2}\\s*" + FIGURE_DASH + "\\s*\\d{1,4})");
    private static final Pattern WEBSITE = Pattern.compile("(?:https?://|www\\.)[A-Za-z0-9./_%?=&#~:+-]+");
    private static final Pattern PUBLISHER = Pattern.compile("(\\p{IsHan}{2,12}?社)\\s*出版");
    /**
     * The words a page's name ends in (要闻, 综合新闻, 长征副刊, 八一评论, 文化周刊): on a line of its own, a
     * name is told from the first headline by them; before a date, from the paper's name (要闻 2019年10月22日).
     */
    private static final String PAGE_NAME_WORDS = "(?:要闻|新闻|综合|副刊|周刊|专刊|专版|专题|特刊|评论|时评|理论|论坛|观察|视点|"
            + "国际|国内|文化|体育|经济|社会|政治|军事|科技|教育|法治|人物|读书|广告)";
    /**
     * The page's number and name in a running head: 第4版 要闻; after the weekday, 星期二 4 要闻 or the number alone
     * (星期二 4, the name before the date); 要闻 4 (where the number stands at a right-hand page's outer edge);
     * Page 4. A name followed by a date is the paper's (4 人民日报 2019年10月22日), not the page's, unless it ends as a
     * page's name does (4 要闻 2019年10月22日); the pages of the day, spaced out (今日 24 版), are no page's number.
     */
    private static final Pattern PAGE_HEADER = Pattern.compile(
            "(?<!今日)(?<!今日\\s)第\\s*([0-9０-９一二三四五六七八九十]{1,3})\\s*版(?:\\s*[:：·•|\\-—]?\\s*(\\p{IsHan}{2,8}))?"
                    + "|(?:^|(?:星期|礼拜)[一二三四五六日天]\\s+)(\\d{1,2})\\s+(\\p{IsHan}{2,6})"
                    + "(?!(?<!" + PAGE_NAME_WORDS + ")\\s*\\d{4}\\s*年)(?=\\s|$)"
                    + "|(?:星期|礼拜)[一二三四五六日天]\\s+(\\d{1,2})(?=\\s|$)"
                    + "|(?:^|\\s)(?!星期|礼拜|今日)(\\p{IsHan}{2,6})\\s+(\\d{1,2})(?=\\s|$)(?!\\s*版)"
                    + "|\\b(?i:page)\\s+(\\d{1,3})\\b");
    /** An inside page's running header names the paper before the date: 解放军报 2025年6月19日. */
    private static final Pattern HEADER_TITLE = Pattern.compile(
            "(?:^|\\s)(?!\\p{IsHan}{0,6}?" + PAGE_NAME_WORDS + "\\s)(\\p{IsHan}{2,8})\\s+\\d{4}\\s*年");
    /** Converter text gives each masthead line a block of its own; a daily's masthead has a dozen or so. */
    private static final int MAX_HEAD_BLOCKS = 16;
    /** Han characters a masthead line with a single field may print beside it (a paper's or site's name). */
    private static final int MAX_OTHER_HAN = 6;
    private static final int MAX_TITLE = 12;
    /** A paper's name in Latin letters takes more characters: The Daily Courier, The Washington Post. */
    private static final int MAX_LATIN_TITLE = 40;
    /** Latin words a masthead line with a single field may print beside it (RENMIN RIBAO, Vol. CXXIV). */
    private static final int MAX_OTHER_WORDS = 2;
    /** Lines set among the masthead's, and how many may stand before the next of its lines. */
    private static final int MAX_ASIDE = 24;
    private static final int MAX_ASIDES = 3;
    private static final Pattern PAGE_NAME = Pattern.compile("\\p{IsHan}{2,6}");
    private static final Pattern LONE_PAGE_NUMBER = Pattern.compile("第\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*版");
    /** The label of the serial number line (国内统一连续出版物号 CN11-0014). */
    private static final String SERIAL_LABEL = "国内统一连续出版物号";
    /**
     * Anything only a masthead or page header prints; a block without any of these ends the head. A date in
     * brackets is a headline's (讲话 ——（2019年10月21日）), never the paper's; 出版 is the publisher's
     * (解放军报社出版, 出版：…), never a book's (选编》出版发行). The serial, postal code, ISSN and website count
     * here by their labels; {@link #fields} reads the figures after them (CN, POSTAL, ISSN, WEBSITE).
     */
    private static final Pattern FIELD = Pattern.compile(String.join("|", "(?<![（(])(?:" + DATE.pattern() + ")",
            WEEKDAY.pattern(), ISSUE.pattern(), PAGE_COUNT.pattern(), SERIAL_LABEL, "社\\s*出版|出版\\s*[:：]", "代号",
            "CN\\s*\\d", "ISSN", "https?://|www\\.", "^" + LONE_PAGE_NUMBER.pattern(), "^\\d{1,2}\\s+\\p{IsHan}{2,6}$",
            "^\\p{IsHan}{2,6}\\s+\\d{1,2}$", "^(?i:page)\\s+\\d{1,3}\\b"));
    private static final Pattern PAGE_NAME_WORD = Pattern.compile(".*" + PAGE_NAME_WORDS);
    /** Masthead lines are short; body paragraphs are not searched for masthead fields. */
    private static final int MAX_HEAD_LINE = 200;

    /**
     * The head found, how many leading blocks it took, and the blocks it left (furniture and, in text, the
     * page's body).
     */
    record Result(PageHead head, int blocksUsed, List<Block> left) {
    }

    private MastheadReader() {
    }

    /** The head of converter text: it ends at the first block that prints no masthead field. */
    static Result read(List<Block> blocks, Consumer<Warning> warnings) {
        return read(blocks, false, warnings);
    }

    /**
     * The head a page's layout found (all that stands above the rule under the masthead): a block without a
     * field there (a QR code's label, 解放军报客户端) is passed over to the furniture, and the fields after it
     * still count.
     */
    static Result readLaidOut(List<Block> head, Consumer<Warning> warnings) {
        return read(head, true, warnings);
    }

    private static Result read(List<Block> blocks, boolean laidOut, Consumer<Warning> warnings) {
        // The blocks the head takes; the others are left, in their order, to furniture and body.
        boolean[] taken = new boolean[blocks.size()];
        String title = null;
        int titleAt = -1;
        StringBuilder head = new StringBuilder();
        List<Block> editorsLines = new ArrayList<>(1);
        int used = 0;
        // A converter may give an inside page's running head (解放军报 2025年6月1日 星期日) far from the top
        // (pdftotext orders a page's blocks by where they stand, the head's right end by the columns under it):
        // it is the head's wherever it stands, and nobody's headline.
        int runningHead = -1;
        for (int i = 0; i < blocks.size() && !laidOut && runningHead < 0; i++) {
            runningHead = isRunningHead(blocks.get(i)) ? i : -1;
        }
        // The page's number and name read on lines of their own (an inside page's, with no title line), or null.
        String pageLine = null;
        // Short lines passed over among the head's (asides), or the line it stopped at: on an inside page, one may
        // be the running head's paper's name that the converter set apart from its date.
        List<Integer> passed = new ArrayList<>(2);
        while (used < blocks.size() && (laidOut || used < MAX_HEAD_BLOCKS)) {
            Block block = blocks.get(used);
            String text = block.spaced();
            String name = withoutRomanised(text);
            if (isPageNumberAndName(blocks, used, head.length() > 0 || runningHead > used + 1)) {
                // Converters give an inside page's header a line per item, the number on either side of the name:
                // 2 / 要闻 / 示例日报 2019年2月6日, 2019年10月22日 星期二 / 要闻 / 3.
                String other = blocks.get(used + 1).spaced();
                pageLine = isLonePageNumber(text) ? text + " " + other : other + " " + text;
                head.append(pageLine).append(' ');
                taken[used] = taken[used + 1] = true;
                used++;
            } else if (title == null && pageLine == null && runningHead < 0 && block.lines().size() == 1 && fitsTitle(name)
                    && !hasField(block)
                    && (block.type() != Block.Type.TEXT || name.endsWith("报") || isRomanisedTitle(blocks, used))
                    && (fieldsFollow(blocks, used + 1, MAX_ASIDES + 1) || isRomanisedTitle(blocks, used))) {
                // The paper's name on its own line (Markdown #, or a short plain line) above the masthead lines; in
                // Markdown that marks its headlines, a plain paragraph when it names a paper (人民日报 over RENMIN
                // RIBAO, as a converter gives a name set in a picture's place). Not on a page whose running head
                // names the paper, nor under the page's number and name: a line there is the first item's headline.
                title = name;
                titleAt = used;
                taken[used] = true;
            } else if (block.type() != Block.Type.SECTION && hasField(block)) {
                head.append(headPart(text, editorsLines)).append(' ');
                taken[used] = true;
                if (used + 1 < blocks.size() && LONE_PAGE_NUMBER.matcher(text).matches()
                        && isNameUnderNumber(blocks, used + 1)) {
                    // Converters give the page's name a line of its own under its number: 第9版 / 长征副刊.
                    head.append(blocks.get(++used).spaced()).append(' ');
                    taken[used] = true;
                }
            } else if (head.length() == 0 && title == null) {
                break;
            } else if (isRomanised(text)) {
                taken[used] = !laidOut; // a romanised name (RENMIN RIBAO) belongs to the masthead
            } else if (!laidOut && !isAside(blocks, used)
                    && !(title == null && used + 1 < blocks.size() && isRomanisedTitle(blocks, used + 1))) {
                // (Layout text may row a headline beside the masthead above the paper's name: passed over.)
                passed.add(used);
                break;
            } else {
                passed.add(used);
            }
            used++;
        }
        if (runningHead >= used) {
            head.append(headPart(blocks.get(runningHead).spaced(), editorsLines)).append(' ');
            taken[runningHead] = true;
        }
        if (pageLine != null && !laidOut) {
            // An inside page's running head that pdftotext scattered: the page's number and name at the top, the
            // paper's name under them or among the first lines, its date and weekday on lines of their own further
            // down (after the first column's rows). Such a date line is the head's wherever it stands, and the
            // paper's name is read only when the date confirms the head (else it is the first item's headline).
            if (!DATE.matcher(head).find()) {
                for (int i = used; i < blocks.size(); i++) {
                    if (!taken[i] && isDateOnly(blocks.get(i))) {
                        head.append(blocks.get(i).spaced()).append(' ');
                        taken[i] = true;
                        if (i + 1 < blocks.size() && isDateOnly(blocks.get(i + 1))) {
                            head.append(blocks.get(i + 1).spaced()).append(' ');
                            taken[i + 1] = true;
                        }
                        break;
                    }
                }
            }
            for (int i = 0; i < passed.size() && title == null && DATE.matcher(head).find(); i++) {
                int at = passed.get(i);
                if (isInsideTitle(blocks.get(at))) {
                    title = blocks.get(at).spaced();
                    titleAt = at;
                    taken[at] = true;
                }
            }
        }
        for (int i = used; !laidOut && i < blocks.size(); i++) {
            // A front page's masthead lines that a converter gave after the first headline and text rows beside
            // them (pdftotext: 解放军报 / 在成都看强军新风 / 新华社成都6月9日电 … / 第24622号 今日8版): the head's. On any
            // page, the page's number alone on its line (第10版), which pdftotext sets among the columns under it
            // where the running head sets it large.
            Block block = blocks.get(i);
            if (!taken[i] && block.type() != Block.Type.SECTION && block.lines().size() == 1
                    && (title != null && isMastheadLineBelow(block, i - used)
                            || LONE_PAGE_NUMBER.matcher(block.spaced()).matches())) {
                head.append(block.spaced()).append(' ');
                taken[i] = true;
            }
        }
        if (title == null && head.length() == 0) {
            return new Result(PageHead.NONE, 0, blocks);
        }
        PageHead found = fields(title, head, pageLine, warnings);
        if (title != null && !title.equals(found.masthead().title())) {
            taken[titleAt] = false; // the line taken for the title named no paper (the publisher's line did)
        }
        List<Block> left = new ArrayList<>(editorsLines);
        for (int i = 0; i < blocks.size(); i++) {
            if (!taken[i]) {
                left.add(blocks.get(i));
            }
        }
        return new Result(found, used, left);
    }

    /**
     * The part of a head's line before the editors' line a running head may hold (…星期四 2 要闻 责任编辑：张三);
     * that line goes to {@code editorsLines}, for the furniture to read.
     */
    private static String headPart(String text, List<Block> editorsLines) {
        int editors = Furniture.editorsIn(text);
        if (editors < 0) {
            return text;
        }
        editorsLines.add(Block.of(Block.Type.TEXT, text.substring(editors)));
        return text.substring(0, editors);
    }

    /**
     * A one-line block {@code below} blocks under a front page's head is one of its masthead lines: near the head
     * any, further down (where pdftotext may set the masthead's right-hand block after the page's text) only lines
     * no text prints (第24469号 今日10版, CN 81-0001/(J), 邮发代号1-26). The whole page is walked, so the look for
     * fields comes last, after the cheap tests.
     */
    private static boolean isMastheadLineBelow(Block block, int below) {
        String line = block.spaced();
        return !line.endsWith("。") && (below < MAX_HEAD_BLOCKS || isIssueLine(line)) && hasField(block);
    }

    /** A line of its own that is all running head: the paper's name, then the date and little else. */
    private static boolean isRunningHead(Block block) {
        return block.lines().size() == 1 && isRunningHead(block.spaced());
    }

    /** Whether the line is all running head (解放军报 2025年6月3日 星期二). */
    static boolean isRunningHead(String line) {
        Matcher title = HEADER_TITLE.matcher(line);
        return line.length() <= MAX_ASIDE && line.indexOf('年') > 0 && title.find() && title.start() == 0
                && isHeadLine(line);
    }

    /** A line of its own that holds a date, a weekday or both and nothing else (2025年1月10日, 星期五). */
    private static boolean isDateOnly(Block block) {
        if (block.lines().size() != 1) {
            return false;
        }
        return WEEKDAY.matcher(DATE.matcher(block.spaced()).replaceFirst("")).replaceFirst("").isBlank();
    }

    /** A line of its own that can be a paper's name in a running head: a few Han characters ending in 报 (解放军报). */
    private static boolean isInsideTitle(Block block) {
        String name = block.spaced();
        return block.lines().size() == 1 && name.length() >= 3 && fitsTitle(name) && name.endsWith("报")
                && HanScript.count(name, 0, name.length()) == name.length();
    }

    /** A short line naming a page (长征副刊), as a page's name ends. */
    private static boolean isPageName(Block block) {
        String text = block.spaced();
        return block.lines().size() == 1 && PAGE_NAME.matcher(text).matches() && PAGE_NAME_WORD.matcher(text).matches();
    }

    /**
     * Block {@code k}, right under the page's number on a line of its own, is the page's name: a name's word
     * (长征副刊), or a few Han characters that no dateline, byline or subtitle follows as they follow a short
     * headline (后勤保障, 士兵之家).
     */
    private static boolean isNameUnderNumber(List<Block> blocks, int k) {
        Block block = blocks.get(k);
        if (block.lines().size() != 1 || !PAGE_NAME.matcher(block.spaced()).matches()) {
            return false;
        }
        if (PAGE_NAME_WORD.matcher(block.spaced()).matches()) {
            return true;
        }
        if (k + 1 == blocks.size()) {
            return false;
        }
        String next = blocks.get(k + 1).text();
        return Segments.dateline(next) == null && Segments.byline(next) == null && !Segments.isSubtitle(next);
    }

    /**
     * Blocks {@code k} and {@code k + 1} are the page's number and name on lines of their own, in either order: the
     * name a page's name (要闻, 长征副刊), or any short name where masthead lines stand around them ({@code headAround},
     * or a field under them, the paper's name between: 5 / 士兵之家 / 解放军报 / 2024年1月3日).
     */
    private static boolean isPageNumberAndName(List<Block> blocks, int k, boolean headAround) {
        if (k + 1 >= blocks.size() || blocks.get(k).lines().size() > 1 || blocks.get(k + 1).lines().size() > 1) {
            return false;
        }
        String first = blocks.get(k).spaced();
        String second = blocks.get(k + 1).spaced();
        String name = isLonePageNumber(first) ? second : isLonePageNumber(second) ? first : null;
        int under = k + 2 < blocks.size() && isInsideTitle(blocks.get(k + 2)) ? k + 3 : k + 2;
        return name != null && PAGE_NAME.matcher(name).matches() && (headAround
                || PAGE_NAME_WORD.matcher(name).matches() || under < blocks.size() && hasField(blocks.get(under)));
    }

    /** A page's number alone on its line, as a running head prints it large: 2, 12. */
    private static boolean isLonePageNumber(String line) {
        return !line.isEmpty() && line.length() <= 2 && Character.isDigit(line.charAt(0))
                && Character.isDigit(line.charAt(line.length() - 1));
    }

    /**
     * A short line that converter text set among the masthead's lines though it is not one of them (the
     * first item's kicker or headline printed beside the masthead, a QR code's label): masthead lines follow.
     */
    private static boolean isAside(List<Block> blocks, int at) {
        Block block = blocks.get(at);
        // It is one of the asides: the others and then a masthead line come within the window.
        return block.lines().size() == 1 && block.spaced().length() <= MAX_ASIDE && fieldsFollow(blocks, at + 1, MAX_ASIDES);
    }

    /** Whether a masthead line follows within {@code window} lines, romanised names (RENMIN RIBAO) aside. */
    private static boolean fieldsFollow(List<Block> blocks, int from, int window) {
        int looked = 0;
        for (int i = from; i < blocks.size() && looked < window; i++) {
            // A masthead line is no sentence: a paragraph naming 出版社 twice is not one.
            if (!blocks.get(i).spaced().endsWith("。") && hasField(blocks.get(i))) {
                return true;
            }
            if (!isRomanised(blocks.get(i).spaced())) {
                looked++;
            }
        }
        return false;
    }

    private static boolean hasField(Block block) {
        for (String line : block.lines()) {
            // A lunar date may stand on a line of its own (农历己亥年正月初二). A line with a sentence's comma is
            // running text, though a converter ran a running head into it (…举办欢送仪式，3名解放军报 2025年1月2日).
            if (line.length() <= MAX_HEAD_LINE && line.indexOf('，') < 0
                    && (isHeadLine(line) || LUNAR.matcher(line).find())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The paper's name without the romanised name that layout text may set beside it (人民日报 RENMIN RIBAO; its
     * letters' spacing closed up, 解放军报JIEFANGJUNBAO).
     */
    private static String withoutRomanised(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                char before = text.charAt(i - 1);
                return (before == ' ' || HanScript.isHan(before)) && isLatinOnly(text.substring(i))
                        ? text.substring(0, i).strip() : text;
            }
        }
        return text;
    }

    /** A line only a masthead prints: its issue and page count, serial, postal code or publisher. */
    private static boolean isIssueLine(String line) {
        return line.length() <= MAX_ASIDE && (ISSUE.matcher(line).find() && PAGE_COUNT.matcher(line).find()
                || CN.matcher(line).find() || POSTAL.matcher(line).find() || line.contains(SERIAL_LABEL)
                || PUBLISHER.matcher(line).matches());
    }

    /**
     * Block {@code at} is the paper's name in Han characters with its romanised name beside it (人民日报 RENMIN
     * RIBAO; its letters' spacing closed up, 解放军报JIEFANGJUNBAO) or on the line under it (解放军报 / J I E FA N G J U N B
     * A O): a masthead's title line, whatever stands above it. A romanised name spells each character with a
     * syllable of two letters or more.
     */
    private static boolean isRomanisedTitle(List<Block> blocks, int at) {
        Block block = blocks.get(at);
        String text = block.spaced();
        String name = withoutRomanised(text);
        if (block.lines().size() != 1 || name.length() < 2 || name.length() > MAX_TITLE
                || HanScript.count(name, 0, name.length()) != name.length()) {
            return false;
        }
        String romanised = name.length() < text.length() ? text.substring(name.length())
                : at + 1 < blocks.size() && blocks.get(at + 1).lines().size() == 1 ? blocks.get(at + 1).spaced() : "";
        return isLatinOnly(romanised) && romanised.replace(" ", "").length() >= 2 * name.length();
    }

    /**
     * A masthead line is mostly fields: two or more of them, or one with few other Han characters beside it
     * (人民日报社出版, 解放军报 2025年6月19日). A headline that happens to hold one field word (…单行本出版,
     * 今年第13号台风) is mostly words of its own.
     */
    static boolean isHeadLine(String line) {
        Matcher m = FIELD.matcher(line);
        int fields = 0;
        int fieldHan = 0;
        int start = 0;
        int end = 0;
        while (m.find()) {
            fields++;
            fieldHan += HanScript.count(line, m.start(), m.end());
            if (fields >= 2) {
                return true;
            }
            start = m.start();
            end = m.end();
        }
        // (An English headline may name a day too: Senate to Vote Tuesday.)
        return fields == 1 && HanScript.count(line, 0, line.length()) - fieldHan <= MAX_OTHER_HAN
                && latinWords(line, 0, start) + latinWords(line, end, line.length()) <= MAX_OTHER_WORDS;
    }

    /**
     * A masthead or running head line and no sentence (a column's line with a comma or full stop is none), wherever
     * the converter set it and whatever it holds beside the paper's name: 5 科技前沿 解放军报 2025年1月3日 星期五.
     */
    static boolean isHeadOnly(String line) {
        return line.indexOf('，') < 0 && line.indexOf('。') < 0 && isHeadLine(line);
    }

    /** Words of two Latin letters or more in the range. */
    private static int latinWords(String line, int from, int to) {
        int words = 0;
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            letters = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' ? letters + 1 : 0;
            if (letters == 2) {
                words++;
            }
        }
        return words;
    }

    /** Whether the line is short enough for a paper's name: a few Han characters, or a few words (The Daily Courier). */
    private static boolean fitsTitle(String name) {
        return name.length() <= (isLatinOnly(name) ? MAX_LATIN_TITLE : MAX_TITLE);
    }

    /**
     * A paper's name romanised (RENMIN RIBAO, J I E FA N G J U N B A O), as mastheads print it in capitals; an English
     * headline is no such name.
     */
    private static boolean isRomanised(String text) {
        return isLatinOnly(text) && text.chars().noneMatch(c -> c >= 'a' && c <= 'z');
    }

    /** Romanised names (RENMIN RIBAO) printed under the title belong to the masthead. */
    private static boolean isLatinOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == ' ' || c == '.' || c == '-' || c == '\'')) {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /**
     * The head's fields from its text; the page's number and name from {@code pageLine} where they were read on lines
     * of their own (the name then needs no name's word before the date: 5 士兵之家 2024年1月3日).
     */
    private static PageHead fields(String title, CharSequence head, String pageLine, Consumer<Warning> warnings) {
        LocalDate date = null;
        String text = head.toString();
        Matcher m = DATE.matcher(text);
        if (m.find()) {
            try {
                date = m.group(1) != null ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)))
                        : m.group(4) != null ? LocalDate.of(Integer.parseInt(m.group(6)), MonthNames.parse(m.group(4)),
                                Integer.parseInt(m.group(5)))
                        : LocalDate.of(Integer.parseInt(m.group(9)), MonthNames.parse(m.group(8)),
                                Integer.parseInt(m.group(7)));
            } catch (DateTimeException e) {
                warnings.accept(new Warning("invalid-date", "the printed date " + m.group() + " does not exist"));
            }
        }
        Integer weekday = null;
        m = WEEKDAY.matcher(text);
        if (m.find()) {
            char day = m.group(1) == null ? 0 : m.group(1).charAt(0);
            weekday = m.group(1) == null ? ENGLISH_DAYS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1
                    : day == '日' || day == '天' ? 7 : ChineseNumerals.digit(day);
        }
        Integer issue = null;
        m = ISSUE.matcher(text);
        if ((text.indexOf('号') >= 0 || text.indexOf('期') >= 0 || text.contains("No.")) && m.find()) {
            issue = ChineseNumerals.parse(m.group(m.group(1) != null ? 1 : 2));
        }
        String lunar = null;
        m = LUNAR.matcher(text);
        if (text.indexOf('月') >= 0 && m.find()) {
            lunar = withoutSpaces(m.group().startsWith("农历") ? m.group().substring(2) : m.group());
        }
        Integer pageCount = null;
        m = PAGE_COUNT.matcher(text);
        if (text.contains("今日") && m.find()) {
            int n = ChineseNumerals.parse(m.group(1));
            pageCount = n > 0 ? n : null;
        }
        String serial = null;
        m = CN.matcher(text);
        if (text.contains("CN") && m.find()) {
            serial = m.group().replaceAll(FIGURE_DASH, "-"); // one identifier, however the converter gave its dash
        }
        m = ISSN.matcher(text);
        if (text.contains("ISSN") && m.find()) {
            serial = serial == null ? m.group() : serial + " " + m.group();
        }
        String postal = null;
        m = POSTAL.matcher(text);
        if (text.contains("代号") && m.find()) {
            postal = withoutSpaces(m.group(1)).replaceAll(FIGURE_DASH, "-");
        }
        String website = null;
        m = WEBSITE.matcher(text);
        if ((text.contains("http") || text.contains("www.")) && m.find()) {
            website = trimTrailingPunctuation(m.group());
        }
        String publisher = null;
        m = PUBLISHER.matcher(text);
        if (text.contains("出版") && m.find()) {
            publisher = m.group(1);
        }
        Integer pageNumber = null;
        String pageName = null;
        m = PAGE_HEADER.matcher(pageLine != null ? pageLine : text);
        if (m.find()) {
            int number = m.group(1) != null ? 1 : m.group(3) != null ? 3 : m.group(5) != null ? 5
                    : m.group(7) != null ? 7 : 8;
            int n = ChineseNumerals.parse(m.group(number));
            pageNumber = n > 0 ? n : null;
            pageName = number == 1 || number == 3 ? m.group(number + 1) : number == 7 ? m.group(6) : null;
        }
        if (title == null) {
            m = HEADER_TITLE.matcher(text);
            if (text.indexOf('年') >= 0 && m.find()) {
                title = m.group(1);
            }
        }
        if (publisher != null && publisher.endsWith("报社") && (title == null || !title.endsWith("报"))) {
            // The publisher's line names the paper (解放军报社出版): it stands in for a title set as a picture
            // (the calligraphed name leaves no text), and for a short line taken for the title that names no
            // paper (a kicker that converter text put among the masthead's lines).
            title = publisher.substring(0, publisher.length() - 1);
        }
        return new PageHead(Masthead.builder().title(title).date(date).weekday(weekday).issueNumber(issue)
                .lunarDate(lunar).pageCount(pageCount).serial(serial).postalCode(postal).website(website)
                .publisher(publisher).build(), pageNumber, pageName);
    }

    static String withoutSpaces(String text) {
        return text.indexOf(' ') < 0 ? text : text.replace(" ", "");
    }

    private static String trimTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".:,;".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
