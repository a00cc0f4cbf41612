package org.masthead.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newspaper's small printed forms, recognised on one block of text: datelines, bylines, photo credits,
 * jump notes, page references, numbered section headings, speakers. Patterns are anchored and run on a
 * bounded region, so long paragraphs cost nothing extra.
 */
final class Segments {
    private static final String NUM = "[0-9０-９一二三四五六七八九十]{1,3}";
    private static final Pattern SUBTITLE_DASH = Pattern.compile("^(?:——|—|--)\\s*");
    /** A headline's own dash joins words (中国——东盟); the dash of a subtitle set on its line follows a space. */
    static final Pattern SUBTITLE_ON_LINE = Pattern.compile("\\s——");
    /** The papers, agencies and sites whose reporters other papers' bylines and credits name. */
    private static final String PRESS = "新华社|本报|中新社|中国新闻社|人民日报|光明日报|经济日报|解放军报|中国军网|中国青年报|科技日报"
            + "|工人日报|农民日报|法治日报|中国日报|环球时报|央视网|央视|总台|新华网|人民网|环球网";
    /**
     * Any news organisation, by the word its name ends in (新京报, 中国青年报, 央广网, 北京电视台): only where a report
     * opens, as a run of Han could end in 报 anywhere else.
     */
    private static final String ORG = "\\p{IsHan}{1,6}?(?:报|社|网|台)";
    private static final Pattern DATELINE = Pattern.compile(
            "(?:据)?(" + PRESS + "|" + ORG + ")(?:记者\\p{IsHan}{0,4}?)?\\s*([\\p{IsHan}·]{2,12}?)?\\s*"
                    + "(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\\s*日\\s*(?:电|讯|消息)"
                    + "|(本报讯|新华社讯|本报消息|据新华社电|据中新社电|(?:新华社|中新社|本报)电(?=[\\s\u3000（(])"
                    + "|" + ORG + "(?:讯|消息)(?=[\\s\u3000（(：:]))"
                    // A paper's own lead in square brackets (【环球时报报道 记者 王五】, 【环球时报驻美国特约记者 张三】,
                    // as Hong Kong papers set their own news: 【本报讯】, 【明报专讯】).
                    + "|【\\s*(" + PRESS + "|" + ORG + ")(?=(?:综合|联合)?报道|驻|(?:特约|见习|实习)?记者|专?讯\\s*】)"
                    // An English dateline: the place in capitals, perhaps its state or the day, the agency in
                    // brackets, a dash, English after it (WASHINGTON (AP) —, LONDON, June 18 (Reuters) -,
                    // SPRINGFIELD, Ill. —; a romanised masthead run into a subtitle, JIEFANGJUNBAO——…, is none).
                    + "|([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:,\\s*" + MonthNames.PATTERN + "\\s*(\\d{1,2})"
                    + "|,\\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?:\\s*\\(([A-Z][A-Za-z]{1,12})\\))?"
                    + "(?:\\s*(?:—|–|--)|\\s+-(?=\\s))\\s*(?=[A-Za-z0-9\"“‘'(])"
                    // A place without the day, as a paper sets an agency's brief (新华社北京电 （记者张三）).
                    + "|(?:据)?(" + PRESS + ")([\\p{IsHan}·]{2,6}?)电(?=[\\s\u3000（(])");
    /** A circled number some papers set in a jump note to pair it with its other half (（下转第三版①）, （上接第一版①）). */
    private static final String JUMP_MARK = "(?:[①-⑳]\\s*)?";
    /** English notes too: Continued on Page 4, See BUDGET, Page 4 (a page's letter, A4, is not read). */
    private static final Pattern JUMP_ON = Pattern.compile(
            "(?:[（(]\\s*(?:下转|转至|转)\\s*第?\\s*(" + NUM + ")\\s*版\\s*" + JUMP_MARK + "[)）]"
                    + "|下转第\\s*(" + NUM + ")\\s*版"
                    + "|(?i:\\(?\\s*(?:continued|cont'd)\\s+on\\s+(?:page\\s+)?(\\d{1,3})\\s*\\)?"
                    + "|\\(?\\s*see\\s+[^,()]{1,30},\\s*page\\s+(\\d{1,3})\\s*\\)?))\\.?\\s*$");
    /** English notes too: (Continued from Page 1), From Page 1, BUDGET, from Page 1. */
    private static final Pattern JUMP_FROM = Pattern.compile(
            "(?:[（(]\\s*(?:上接|紧接|接|上转)\\s*第?\\s*(" + NUM + ")\\s*版\\s*" + JUMP_MARK + "[)）]"
                    + "|上接第\\s*(" + NUM + ")\\s*版"
                    + "|(?i:\\(?\\s*(?:continued\\s+)?from\\s+page\\s+(\\d{1,3})\\s*\\)?"
                    + "|[A-Z][A-Za-z' ]{0,30},\\s*from\\s+page\\s+(\\d{1,3})))\\s*");
    private static final Pattern PAGE_REF = Pattern.compile(
            "[（(]\\s*(?:详见|请看|相关报道见|更多报道见|见)?\\s*第\\s*([0-9０-９一二三四五六七八九十至到、\\-－~～—]{1,12})\\s*版\\s*[)）]\\s*$");
    /** A signature mark (■赖朝蔚); ● marks subheads and list items, never a signature. */
    private static final Pattern BYLINE = Pattern.compile("[■□◆▲]\\s*(.{1,40})");
    /** An English name: two to four capitalised words (Jane Smith, JOHN Q. PUBLIC, Mary O'Neil). */
    private static final String LATIN_NAME = "[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){1,3}";
    /**
     * An English byline: By and the names, parted by commas or and, perhaps the writers' role after a comma
     * (By JANE SMITH and JOHN DOE, Staff Writers).
     */
    private static final Pattern LATIN_BYLINE = Pattern.compile("(?i:by)\\s+(" + LATIN_NAME + "(?:(?:,\\s*|\\s+and\\s+)"
            + LATIN_NAME + ")*?)(?:,\\s*(?:[A-Z][a-z]+ )*(?:Writers?|Reporters?|Correspondents?|Editors?))?");
    /** Column names a reporter signs (记者手记, 记者观察): a heading, not a reporter called 手记. */
    private static final String COLUMN_WORD = "(?!手记|札记|日记|笔记|观察|调查|走笔|视点|感言|随笔|连线|探访|见闻|来信|专访)";
    /** The credit for text and pictures before a byline's role or names: 文/图, 图/文, 文·图/, 文/. */
    private static final String WORK_CREDIT = "(?:[文图](?:\\s*[/／·]\\s*[文图]\\s*[/／]?|\\s*[/／])\\s*)";
    /**
     * A reporter's role as a byline prints it before the names: 本报记者, 新华社特约记者, 环球时报记者, 通讯员, 实习生, a
     * resident correspondent (本报驻莫斯科记者), after the credit for text and pictures (文/图 本报记者), or that credit
     * alone (文/张三).
     */
    private static final String ROLE = "(?:" + WORK_CREDIT + "?(?:(?:" + PRESS + ")(?:驻\\p{IsHan}{1,6}?)?)?"
            + "(?:特约|见习|实习|首席)?(?:记者|通讯员)|实习生|" + WORK_CREDIT + ")";
    private static final Pattern ROLE_ONLY = Pattern.compile(ROLE);
    /** A paper's own voice signing for its desk, no name after it: 本报评论员, 人民日报评论部, 新华社特约评论员. */
    private static final Pattern DESK_BYLINE = Pattern.compile("(?:" + PRESS + ")(?:特约)?评论(?:员|部)");
    /** A byline may close on what its reporters did: 报道, 摄影报道, in Taiwan 报导 (no name). */
    private static final String REPORTED = "(?:摄影)?报[道导]";
    private static final String BYLINE_NAME = "(?!" + REPORTED + "\\s*$)[\\p{IsHan}·]{2,4}";
    private static final Pattern ROLE_AT_END = Pattern.compile(ROLE + "$");
    /** A name alone on a line: two or three Han characters, or a two-character name padded to three (王 五). */
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,3}|\\p{IsHan} \\p{IsHan}");
    private static final Pattern REPORTER_BYLINE = Pattern.compile(ROLE + "\\s*" + COLUMN_WORD + "(" + BYLINE_NAME
            + "(?:[\\s、，,]+(?:" + ROLE + "\\s*)?" + BYLINE_NAME + ")*)(?:(?:\\s*[／/]\\s*\\p{IsHan}{2,6}?)?\\s*" + REPORTED
            + ")?");
    /**
     * A two-character name padded to the width of three (王　五), as bylines and credits set it: a lone Han
     * character after a space, the start or 记者 (记者陈　明), a space, and a lone Han character before a space,
     * bracket, 摄 or the end.
     */
    private static final Pattern PADDED_NAME = Pattern.compile(
            "(?<=^|[ 、，,:：（(■□●◆▲]|记者|通讯员)(\\p{IsHan}) (\\p{IsHan})(?=$|[ 、，,）)]|摄)");
    /** An agency that hands pictures on (新华社发): the press named, or any 社. */
    private static final String AGENCY = "(?:" + PRESS + "|\\p{IsHan}{1,6}?社)";
    /** The agency that hands on a photographer's picture, before the credit: 新华社发 张三摄, 新华社发（张三摄）. */
    private static final String HANDED_ON_BY = "(?:" + AGENCY + "发\\s*[（(]?\\s*)?";
    /** A photographer's credit: 董建华摄, 新华社记者 张浩然 摄, 张三/摄, after the agency that hands it on (新华社发 张三摄). */
    private static final Pattern CREDIT = Pattern.compile(HANDED_ON_BY
            + "(?:(?:" + PRESS + ")?(?:特约)?(?:记者|通讯员))?\\s*([\\p{IsHan}·]{2,5}(?:[\\s、][\\p{IsHan}·]{2,5})*)\\s*[/／]?\\s*摄");
    /** A credit that names the photographer after its word: 摄影：张三, 摄/张三. */
    private static final Pattern CREDIT_FIRST = Pattern.compile(
            "摄影?\\s*[/／:：]\\s*([\\p{IsHan}·]{2,5}(?:[\\s、][\\p{IsHan}·]{2,5})*)");
    /** Agency photos: 新华社发, 新华社记者 张三 发, 某某供图. */
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "(" + AGENCY + ")(?:记者\\s*([\\p{IsHan}·]{2,4}(?:[\\s、][\\p{IsHan}·]{2,4})*))?\\s*发"
                    + "|(\\p{IsHan}{2,8}?)供图");
    /**
     * A credit closing a caption: after a space or bracket, or right after its sentence when it had a line of its
     * own; 拍摄 is the verb, not a name and 摄.
     */
    private static final Pattern INLINE_CREDIT = Pattern.compile(
            "(?:\\s+|[（(]|(?<=[。！？]))" + HANDED_ON_BY + "(?:(?:" + PRESS + ")?(?:特约)?(?:记者|通讯员))?\\s*"
                    + "([\\p{IsHan}·]{2,4}(?:[\\s、][\\p{IsHan}·]{2,4})*)\\s*[/／]?\\s*(?<!拍)摄[)）]?$");
    /** An agency closing a caption as the one that handed the picture on: （新华社发）, 新华社发, 新华社记者 张三发. */
    private static final Pattern INLINE_AGENCY = Pattern.compile("(?:\\s+|[（(]|(?<=[。！？]))(" + AGENCY
            + ")(?:记者\\s*([\\p{IsHan}·]{2,4}(?:[\\s、][\\p{IsHan}·]{2,4})*))?\\s*发[)）]?$");
    /** A picture desk or agency in brackets after a photographer's 摄, at the end of the credit. */
    private static final Pattern PICTURE_SOURCE = Pattern.compile("摄\\s*[（(][\\p{IsHan}A-Za-z ]{2,10}[）)]$");
    /** The longest a picture source with its 摄 takes: 摄, a space or two, brackets and ten characters. */
    private static final int MAX_PICTURE_SOURCE = 16;
    /** An editor's note (编者按, 编者的话), which opens the report it stands over. */
    private static final Pattern EDITORS_NOTE = Pattern.compile("[【\\[]?编者(?:按|的话)");
    /** The day a speech was given, set under its headline: （2023年12月6日）. */
    private static final Pattern SPEECH_DATE = Pattern.compile("[（(]\\d{4}年\\d{1,2}月\\d{1,2}日[）)]");
    private static final Pattern NUMBERED = Pattern.compile(
            "([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[)）]|([0-9]{1,2})[、.．]\\s*(?=\\D)");
    /**
     * A verb of saying, after an adverb perhaps: 也/还/常/都/曾/又 stand between the speaker and the verb
     * (王毅也表示, 人们常说) and are no part of the name.
     */
    private static final String SPEECH = "[也还常都曾又]?(?:表示|说|指出|强调|介绍|认为|称|透露|坦言|谈到)";
    private static final Pattern SPEAKER = Pattern.compile("([\\p{IsHan}·]{2,4}?)" + SPEECH);
    private static final Pattern SPEECH_VERB = Pattern.compile(SPEECH);
    private static final Pattern DATELINE_REPORTERS = Pattern.compile(
            "\\s*[（(]\\s*" + ROLE + "\\s*([^）)]{2,30})[）)]");
    /** Reporters a dateline names without brackets, as some papers print them: 本报讯 记者王五 通讯员李四报道：. */
    private static final Pattern REPORTED_BY = Pattern.compile("\\s*(" + ROLE + "[^，。：:（(]{2,30}?)\\s*" + REPORTED);
    private static final char LEAD_OPEN = '【';
    private static final char LEAD_CLOSE = '】';
    /** A bracketed lead's source when the reporters follow it: 环球时报报道 (记者 王五). */
    private static final Pattern LEAD_SOURCE = Pattern.compile("^\\s*(?:" + PRESS + "|" + ORG + ")(?:综合|联合)?报道\\s*");
    private static final Pattern AUTHOR_FURNITURE = Pattern.compile("^" + ROLE + "\\s*");

    static final int MAX_BYLINE = 40;
    private static final int MAX_LATIN_DATELINE = 60;
    private static final int MAX_LATIN_NOTE = 48;
    private static final List<String> LATIN_NOTE_WORDS = List.of("age", "AGE", "ontinued", "ONTINUED");
    private static final int MAX_NOTE = 40;
    private static final int MAX_CREDIT = 30;
    private static final int MAX_CAPTION = 160;

    private Segments() {
    }

    /** A dateline at the start of a paragraph. */
    record DatelineMatch(String source, String place, int month, int day, int end) {
    }

    static DatelineMatch dateline(String text) {
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        boolean latin = first >= 'A' && first <= 'Z';
        if (!HanScript.isHan(first) && first != LEAD_OPEN && !latin) {
            return null;
        }
        int end = Math.min(text.length(), latin ? MAX_LATIN_DATELINE : 40);
        if (first != LEAD_OPEN && !hasDatelineMark(text, end, latin ? "—–-" : "电讯息")) {
            return null;
        }
        Matcher m = DATELINE.matcher(text).region(0, end);
        if (!m.lookingAt()) {
            return null;
        }
        if (m.group(11) != null) {
            return new DatelineMatch(m.group(11), m.group(12), 0, 0, m.end());
        }
        if (m.group(7) != null) {
            int month = m.group(8) == null ? 0 : MonthNames.parse(m.group(8));
            int day = month == 0 ? 0 : Integer.parseInt(m.group(9));
            return month > 0 && day > 31 ? null : new DatelineMatch(m.group(10), m.group(7), month, day, m.end());
        }
        if (m.group(6) != null) {
            int close = text.indexOf(LEAD_CLOSE, m.end());
            return close < 0 || close >= end ? null : new DatelineMatch(m.group(6), null, 0, 0, close + 1);
        }
        if (m.group(5) != null) {
            // The place-less forms name their source between 据 (according to) and 讯, 消息 or 电.
            String source = m.group(5);
            int from = source.charAt(0) == '据' ? 1 : 0;
            int to = source.length() - (source.endsWith("消息") ? 2 : 1);
            return new DatelineMatch(source.substring(from, to), null, 0, 0, m.end());
        }
        int month = ChineseNumerals.parse(m.group(3));
        int day = ChineseNumerals.parse(m.group(4));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return new DatelineMatch(m.group(1), m.group(2), month, day, m.end());
    }

    /**
     * Every dateline ends in one of its marks within its first characters (电, 讯 or 消息; an English one in a
     * dash): a cheap test before the pattern.
     */
    private static boolean hasDatelineMark(String text, int end, String marks) {
        for (int i = 2; i < end; i++) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reporters a paragraph closes on, as a report without a byline names them at its end: ……增长。（记者 李明
     * 王芳）, （新华社记者 李明 报道）, or as a brief signs after its last sentence with names alone (……成功。（赵六）,
     * （王五、李小四）), when every one of them opens with a family name (not （待续）, （全文完）).
     */
    static List<String> closingReporters(String text) {
        int end = text.length();
        if (end < 6 || text.charAt(end - 1) != '）' && text.charAt(end - 1) != ')') {
            return List.of();
        }
        int open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
        if (open < 0 || end - open > MAX_BYLINE) {
            return List.of();
        }
        String bracket = signature(text.substring(open));
        Matcher m = DATELINE_REPORTERS.matcher(bracket);
        if (!m.matches() && open > 0 && "。！？”".indexOf(text.charAt(open - 1)) >= 0) {
            List<String> names = splitNames(bracket.substring(1, bracket.length() - 1).strip());
            return names.stream().allMatch(Segments::isPersonName) ? names : List.of();
        }
        if (!m.matches() || m.group(1).indexOf('摄') >= 0) {
            return List.of(); // a photographer's credit (王五 摄, 摄影报道) is the caption's, not the report's
        }
        String names = m.group(1).strip();
        return splitNames(names.endsWith("报道") ? names.substring(0, names.length() - 2) : names);
    }

    /** The reporters named right after a dateline: 本报北京6月18日电（记者 李明 王芳）, 本报讯 记者王五报道：. */
    static List<String> datelineReporters(String text, DatelineMatch dateline) {
        if (text.charAt(0) == LEAD_OPEN) {
            String lead = LEAD_SOURCE.matcher(text.substring(1, dateline.end() - 1)).replaceFirst("");
            List<String> names = lead.isEmpty() ? null : byline(lead);
            return names == null ? List.of() : names;
        }
        int from = dateline.end();
        String after = signature(text.substring(from, Math.min(text.length(), from + 40)));
        Matcher m = DATELINE_REPORTERS.matcher(after);
        if (m.lookingAt()) {
            return splitNames(m.group(1));
        }
        m = REPORTED_BY.matcher(after);
        List<String> names = m.lookingAt() ? byline(m.group(1)) : null;
        return names == null ? List.of() : names;
    }

    /** A name set alone on its line, as a speaker or author signs (黎长城, 王　五): its spaces closed up. */
    static String signedName(String line) {
        return signature(line).replace(" ", "");
    }

    /**
     * A short signed line (byline, credit, reporters' bracket, editors) as its names are read: every kind of
     * space (no-break, ideographic) one plain space, and padded two-character names (王　五) closed up.
     */
    static String signature(String line) {
        StringBuilder spaced = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                if (spaced == null) {
                    spaced = new StringBuilder(line);
                }
                spaced.setCharAt(i, ' ');
            }
        }
        String text = spaced == null ? line : spaced.toString();
        return text.indexOf(' ') < 0 ? text : PADDED_NAME.matcher(text).replaceAll("$1$2");
    }

    /** The page a trailing jump note (（下转第三版）) sends to, and where the note starts; null if none. */
    static int[] jumpOn(String text) {
        int length = text.length();
        boolean han = length > 0 && text.indexOf('转', Math.max(0, length - 14)) >= 0;
        // An English note ends in its page's figure, perhaps a bracket or stop after it.
        if (!han && (length == 0 || ".)0123456789".indexOf(text.charAt(length - 1)) < 0
                || !isLatinNote(text, Math.max(0, length - MAX_LATIN_NOTE), length))) {
            return null;
        }
        Matcher m = JUMP_ON.matcher(text).region(Math.max(0, length - (han ? 16 : MAX_LATIN_NOTE)), length);
        if (!m.find()) {
            return null;
        }
        int page = ChineseNumerals.parse(firstGroup(m));
        return page > 0 ? new int[] {page, m.start()} : null;
    }

    /** The page a leading jump note (（上接第一版）) comes from, and where the rest starts; null if none. */
    static int[] jumpFrom(String text) {
        if (text.length() < 4) {
            return null;
        }
        int end = Math.min(text.length(), 16);
        if (text.lastIndexOf('接', end) < 0 && text.lastIndexOf('转', end) < 0) {
            // An English note opens with a Latin letter or a bracket.
            end = Math.min(text.length(), MAX_LATIN_NOTE);
            char first = text.charAt(0);
            if (!(first == '(' || first < 0x80 && Character.isLetter(first)) || !isLatinNote(text, 0, end)) {
                return null;
            }
        }
        Matcher m = JUMP_FROM.matcher(text).region(0, end);
        if (!m.lookingAt()) {
            return null;
        }
        int page = ChineseNumerals.parse(firstGroup(m));
        return page > 0 ? new int[] {page, m.end()} : null;
    }

    /** An English jump note names the page or says it goes on: a cheap test before the pattern. */
    private static boolean isLatinNote(String text, int from, int to) {
        for (String word : LATIN_NOTE_WORDS) {
            int at = text.indexOf(word, from);
            if (at >= 0 && at < to) {
                return true;
            }
        }
        return false;
    }

    /** The page a note's pattern found, in whichever of its forms (each form's page is a group of its own). */
    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new IllegalStateException("a note without its page");
    }

    /** Pages a trailing reference (（第五至八版）) points to, and where it starts; null if none. */
    static PageRef pageRef(String text) {
        int length = text.length();
        if (length < 4 || text.charAt(length - 1) != '）' && text.charAt(length - 1) != ')'
                || text.indexOf('版', length - 3) < 0) {
            return null;
        }
        Matcher m = PAGE_REF.matcher(text).region(Math.max(0, length - 24), length);
        if (!m.find()) {
            return null;
        }
        List<Integer> pages = ChineseNumerals.parseList(m.group(1));
        return pages.isEmpty() ? null : new PageRef(pages, m.start());
    }

    record PageRef(List<Integer> pages, int start) {
    }

    /** The line is a speech's date alone, as set under its headline: （2023年12月6日）. */
    static boolean isSpeechDate(String line) {
        return SPEECH_DATE.matcher(line).matches();
    }

    /** The text opens with an editor's note: 编者按：…, 【编者的话】…. */
    static boolean isEditorsNote(String text) {
        return EDITORS_NOTE.matcher(text).lookingAt();
    }

    /** A subtitle's line (副题): a dash opens it, a long one (——…) or, typed, two hyphens (--…). */
    static boolean isSubtitle(String line) {
        return SUBTITLE_DASH.matcher(line).lookingAt();
    }

    /** A subtitle's words, without the dash that opens its line. */
    static String subtitleText(String line) {
        return SUBTITLE_DASH.matcher(line).replaceFirst("");
    }

    /** A bullet that opens a signature (■赖朝蔚) or a small heading (●送戏下乡): the line is one of its own. */
    static boolean isBullet(char c) {
        return c == '■' || c == '□' || c == '●' || c == '◆' || c == '▲';
    }

    /** The author names of a byline block (■赖朝蔚, 本报记者 张三 李四), or null when it is not one. */
    static List<String> byline(String line) {
        if (line.length() > MAX_BYLINE) {
            return null;
        }
        String text = signature(line);
        Matcher m = BYLINE.matcher(text);
        String names;
        if (m.matches()) {
            names = m.group(1);
        } else if ((m = REPORTER_BYLINE.matcher(text)).matches()) {
            names = m.group(1);
        } else if (text.indexOf('评') > 0 && DESK_BYLINE.matcher(text).matches()) {
            return List.of(text);
        } else if (text.length() > 3 && (text.charAt(0) == 'B' || text.charAt(0) == 'b')
                && (m = LATIN_BYLINE.matcher(text)).matches()) {
            return List.of(m.group(1).split(",\\s*|\\s+and\\s+"));
        } else {
            return null;
        }
        List<String> authors = splitNames(names);
        return authors.isEmpty() ? null : authors;
    }

    /** A byline of people's names alone (■张华, 本报记者 张三 李四), not a subhead behind the same mark (■稳住基本盘). */
    static boolean isPeoplesByline(String line) {
        List<String> names = byline(line);
        return names != null && names.stream().allMatch(Segments::isPersonName);
    }

    /**
     * Whether the line is a reporters' byline, its names there or not (本报记者 王五, ■本报记者: a converter may
     * have set the names apart).
     */
    static boolean isReporters(String line) {
        // Every role holds 记 (记者), 通 (通讯员) or 实 (实习生): most lines are passed over before the patterns.
        if (line.length() > MAX_BYLINE || line.indexOf('记') < 0 && line.indexOf('通') < 0 && line.indexOf('实') < 0) {
            return false;
        }
        String text = signature(line.strip());
        if (!text.isEmpty() && isBullet(text.charAt(0))) {
            text = text.substring(1).strip();
        }
        return ROLE_ONLY.matcher(text).matches() || REPORTER_BYLINE.matcher(text).matches();
    }

    /**
     * Whether a byline stops where its line ended it, its last name still to come: after a role (…通讯员) or one
     * character into a name (…通讯员 陶).
     */
    static boolean isCut(String byline) {
        String text = byline.strip();
        int end = text.length();
        return ROLE_AT_END.matcher(text).find()
                || end >= 2 && HanScript.isHan(text.charAt(end - 1)) && text.charAt(end - 2) == ' ';
    }

    /**
     * Whether a dateline its line could not hold to the end opens {@code line} and goes on in {@code next}
     * (本报漠河1月1日 / 电, 新华社烟台12月31 / 日电).
     */
    static boolean isCutDateline(String line, String next) {
        return dateline(line) == null && dateline(next) == null && dateline(line + next) != null;
    }

    /** Whether the text has the shape of a name alone: two or three Han characters, or 王 五. */
    static boolean isName(String text) {
        return NAME.matcher(text).matches();
    }

    /** A name as a signature gives it: a family name, then one or two characters, none of them the word 完 or 续. */
    static boolean isPersonName(String name) {
        int surname = Surnames.at(name);
        return surname > 0 && name.length() - surname >= 1 && name.length() - surname <= 2 && HanScript.count(name, 0,
                name.length()) == name.length() && name.indexOf('完') < 0 && name.indexOf('续') < 0;
    }

    private static List<String> splitNames(String names) {
        List<String> authors = new ArrayList<>(3);
        for (String part : names.split("[\\s、，,]+")) {
            String name = AUTHOR_FURNITURE.matcher(part).replaceFirst("");
            if (!name.isEmpty()) {
                authors.add(name);
            }
        }
        return authors;
    }

    /**
     * The photographer of a credit block (董建华摄, 本报记者 张三摄, （张三 摄影）), or the agency of an agency photo
     * (新华社发); null when the block is no credit.
     */
    static String credit(String line) {
        if (line.length() > MAX_CREDIT || line.length() < 3) {
            return null;
        }
        String text = signature(withoutPictureSource(line));
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        if ((first == '（' || first == '(') && (last == '）' || last == ')')) {
            text = text.substring(1, text.length() - 1).strip();
            first = text.isEmpty() ? ' ' : text.charAt(0);
            last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        }
        if (text.endsWith("摄影")) {
            text = text.substring(0, text.length() - 1);
            last = '摄';
        }
        int bracket = text.indexOf('（') > 0 ? text.indexOf('（') : text.indexOf('(');
        if (bracket > 0 && text.charAt(bracket - 1) == '发' && (last == '）' || last == ')')) {
            // 新华社发（张进刚摄）: the agency hands on the photographer's picture; the photographer is the credit.
            String photographer = credit(text.substring(bracket));
            return photographer != null ? photographer : credit(text.substring(0, bracket));
        }
        if (last == '发' || last == '图') {
            Matcher agency = AGENCY_CREDIT.matcher(text);
            if (!agency.matches()) {
                return null;
            }
            return names(agency.group(2) != null ? agency.group(2) : agency.group(1) != null ? agency.group(1)
                    : agency.group(3));
        }
        if (first == '摄') {
            Matcher m = CREDIT_FIRST.matcher(text);
            return m.matches() ? names(m.group(1)) : null;
        }
        if (last != '摄') {
            return null;
        }
        Matcher m = CREDIT.matcher(text);
        return m.matches() ? names(m.group(1)) : null;
    }

    /** A caption with its credit at the end (…训练。 董建华摄): {caption, credit}, or null. */
    static String[] captionWithCredit(String printed) {
        String text = withoutPictureSource(printed);
        int length = text.length();
        if (length > MAX_CAPTION || length < 6) {
            return null;
        }
        char last = text.charAt(length - 1);
        char closes = last == '）' || last == ')' ? text.charAt(length - 2) : last;
        if (closes != '摄' && closes != '发') {
            return null;
        }
        int from = Math.max(0, length - MAX_CREDIT);
        String tail = signature(text.substring(from));
        Matcher m = (closes == '发' ? INLINE_AGENCY : INLINE_CREDIT).matcher(tail);
        if (!m.find() || from + m.start() == 0) {
            return null;
        }
        // signature() keeps every character's place up to the credit; closing its padded names shortens only it.
        String caption = text.substring(0, from + m.start()).strip();
        return new String[] {caption, closes == '摄' ? names(m.group(1))
                : m.group(2) != null ? names(m.group(2)) : m.group(1)};
    }

    /**
     * The credit without the picture desk or agency a paper names in brackets after it (苏　阳摄（人民视觉）, 张三摄（视觉中国）),
     * which is no photographer.
     */
    private static String withoutPictureSource(String credit) {
        if (!credit.endsWith("）") && !credit.endsWith(")")) {
            return credit;
        }
        // Only its end is looked at: a paragraph of any length closing on a bracket comes here.
        Matcher m = PICTURE_SOURCE.matcher(credit).region(Math.max(0, credit.length() - MAX_PICTURE_SOURCE),
                credit.length());
        return m.find() ? credit.substring(0, m.start() + 1) : credit;
    }

    private static String names(String group) {
        return group.strip().replaceAll("[\\s、]+", " ");
    }

    /** The number of a numbered section heading (一、 / （二） / 3.), or 0. */
    static int numberedHeading(String text) {
        if (text.isEmpty() || text.length() > 40) {
            return 0;
        }
        char first = text.charAt(0);
        if (!(ChineseNumerals.isNumeral(first) || first == '（' || first == '(')) {
            return 0;
        }
        Matcher m = NUMBERED.matcher(text).region(0, Math.min(text.length(), 6));
        if (!m.lookingAt() || m.end() == text.length()) {
            return 0;
        }
        String number = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return Math.max(ChineseNumerals.parse(number), 0);
    }

    /** The person a paragraph opens by quoting (王毅表示 → 王毅), or null. */
    static String speaker(String text) {
        if (text.isEmpty() || !HanScript.isHan(text.charAt(0))) {
            return null;
        }
        Matcher m = SPEAKER.matcher(text).region(0, Math.min(text.length(), 8));
        return m.lookingAt() ? m.group(1) : null;
    }

    /** The people the paragraph's sentences open by quoting (…。王毅表示 → 王毅), its first sentence included. */
    static List<String> speakers(String text) {
        List<String> names = new ArrayList<>(2);
        int start = 0;
        while (start >= 0 && start < text.length()) {
            String name = speaker(text.substring(start, Math.min(text.length(), start + 8)));
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
            start = nextSentence(text, start);
        }
        return names;
    }

    /** Where the sentence after the one starting at {@code from} starts, past a closing quote; -1 at the end. */
    private static int nextSentence(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                int next = i + 1;
                while (next < text.length() && (text.charAt(next) == '”' || text.charAt(next) == '’')) {
                    next++;
                }
                return next;
            }
        }
        return -1;
    }

    /** Whether the text quotes the person: the name directly followed by a speech verb (王毅说, 王毅表示). */
    static boolean quotes(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int verb = at + name.length();
            if (verb < text.length() && SPEECH_VERB.matcher(text).region(verb, Math.min(text.length(), verb + 3))
                    .lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a paragraph ends a sentence. Closing quotes and brackets count only after a sentence end, so
     * "…“海军优秀参谋”" is unfinished while "…发扬光大。”" is finished.
     */
    static boolean finished(String text) {
        int end = text.length();
        while (end > 0 && isCloser(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return true;
        }
        char c = text.charAt(end - 1);
        if (end == text.length()) {
            return isSentenceEnd(c) || c == '：' || c == ':';
        }
        return isSentenceEnd(c) || c == '：' || isNoteAfterSentence(text);
    }

    /** A bracketed note after a finished sentence or on its own: …发扬光大。（完）, （新华社北京6月24日电）. */
    private static boolean isNoteAfterSentence(String text) {
        char last = text.charAt(text.length() - 1);
        if (last != '）' && last != ')') {
            return false;
        }
        int open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
        return open == 0 || open > 0 && text.length() - open <= MAX_NOTE && isSentenceEnd(text.charAt(open - 1));
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '》' || c == '"';
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…' || c == '；' || c == '.';
    }
}
