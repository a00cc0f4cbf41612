package org.masthead.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Reads converter Markdown: ATX headings by level, paragraphs separated by blank lines. Converters differ in
 * how they mark a page, and each way is read:
 * <ul>
 * <li>levels as a hierarchy (# the paper, ## headlines, ### section heads);</li>
 * <li>every heading at the title's level ({@code #}), where the level says nothing and each heading is told by
 * its look, as in plain text ({@link PlainTextReader#headingType}); every heading at a headline's level
 * ({@code ##}), which a page of headlines alone has too, where only an unmistakable section heading is one;</li>
 * <li>headings set as a bold line of their own ({@code **习近平回到北京**}), told by their look the same way;</li>
 * <li>HTML mixed in: anchors before headings ({@code <span id="page-0-1"></span>}), comments where pictures
 * were ({@code <!-- image -->}), line breaks, tables; the tags and comments go, their text stays (a row a line,
 * its cells a space apart);</li>
 * <li>pipe tables ({@code | 项目 | 数值 |}): a row's cells a space apart, the rule under the header dropped.</li>
 * </ul>
 */
final class MarkdownReader implements PageReader {
    static final MarkdownReader INSTANCE = new MarkdownReader();

    /** An HTML start, end or empty tag; an autolink ({@code <http://www.81.cn>}) is no tag. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*+(?:\\s[^<>]*+)?/?>");
    /** An HTML table cell's start, read as a pipe table's cell. */
    private static final Pattern CELL_START = Pattern.compile("(?i)<t[dh](?:\\s[^<>]*+)?>");
    /** The end of an HTML table row, read as a pipe table's row end. */
    private static final Pattern ROW_END = Pattern.compile("(?i)</tr>");
    /** The end of an HTML paragraph or list item, or a line break: a line ends there. */
    private static final Pattern LINE_END = Pattern.compile("(?i)</(?:p|li|div)>|<br\\s*/?>");
    /** Headings on this many lines at one level, and no other level, tell a converter that levels nothing. */
    private static final int MIN_FLAT_HEADINGS = 3;

    private MarkdownReader() {
    }

    /**
     * Markdown when some line is a heading: it starts with one to six {@code #} and a space (HTML tags before it
     * aside), or it is bold from end to end.
     */
    static boolean looksLikeMarkdown(String text) {
        String plain = withoutHtml(text);
        int at = 0;
        while (at < plain.length()) {
            int next = plain.indexOf('\n', at);
            int end = next < 0 ? plain.length() : next;
            if (plain.charAt(at) == '#' && headingLevel(plain, at) > 0
                    || plain.charAt(at) == '*' && isBoldLine(plain.substring(at, end).strip())) {
                return true;
            }
            if (next < 0) {
                return false;
            }
            at = next + 1;
        }
        return false;
    }

    /** The text without HTML comments and tags, its character entities decoded; the text between tags stays. */
    static String withoutHtml(String text) {
        // (Most pages hold no HTML, or only an autolink's brackets: they are passed over in one look.)
        if (text.indexOf('<') < 0 || text.indexOf("<!--") < 0 && !TAG.matcher(text).find()) {
            return text.indexOf('&') < 0 ? text : unescape(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf("<!--", at);
            int close = open < 0 ? -1 : text.indexOf("-->", open + 4);
            if (close < 0) {
                out.append(text, at, text.length());
                break;
            }
            out.append(text, at, open);
            at = close + 3;
        }
        String cells = ROW_END.matcher(CELL_START.matcher(out).replaceAll("| ")).replaceAll(" |\n");
        String lines = LINE_END.matcher(cells).replaceAll("\n");
        String untagged = TAG.matcher(lines).replaceAll("");
        return untagged.indexOf('&') < 0 ? untagged : unescape(untagged);
    }

    /** Character entities decoded; {@code &nbsp;}, HTML's way of keeping a space, is a space. */
    private static String unescape(String text) {
        return StringEscapeUtils.unescapeHtml4(text).replace('\u00A0', ' ');
    }

    /** A line of a page as the converter marked it, before headings are told apart. */
    private record Marked(int level, boolean bold, Block block) {
        /** A paragraph of one line, neither a heading nor bold: perhaps a printed line set apart. */
        boolean isOneLineText() {
            return level == 0 && !bold && block.lines().size() == 1;
        }
    }

    @Override
    public List<Block> read(String text) {
        List<Marked> marked = new ArrayList<>();
        LineSplitter.paragraphs(withoutHtml(text), line -> line.charAt(0) == '#' && headingLevel(line, 0) > 0
                || isImage(line), lines -> {
                    String first = lines.get(0);
                    int level = first.charAt(0) == '#' ? headingLevel(first, 0) : 0;
                    if (level > 0) {
                        String heading = unmark(withoutClosingSequence(first.substring(level).strip()));
                        if (!heading.isEmpty()) {
                            marked.add(new Marked(level, false, Block.of(level == 1 ? Block.Type.TITLE
                                    : level == 2 ? Block.Type.HEADLINE : Block.Type.SECTION, heading)));
                        }
                    } else if (!isImage(first) && !(lines.size() == 1 && isThematicBreak(first))) {
                        List<String> clean = new ArrayList<>(lines.size());
                        boolean table = true;
                        for (String line : lines) {
                            table &= isTableRow(line);
                            String unmarked = unmark(line);
                            if (!unmarked.isEmpty()) {
                                clean.add(unmarked);
                            }
                        }
                        if (!clean.isEmpty()) {
                            marked.add(new Marked(0, lines.size() == 1 && isBoldLine(first),
                                    new Block(table ? Block.Type.TABLE : Block.Type.TEXT, clean)));
                        }
                    }
                });
        return typed(stanzasApart(joinPrintedLines(marked)));
    }

    /**
     * A converter that set every printed line as a paragraph of its own: runs of one-line paragraphs that read
     * as printed lines ({@link PrintedLines#areWrapped}: most end mid-sentence, none wider than a page prints)
     * get their paragraphs back, as plain text's do. Markdown whose paragraphs are one long line each, or lines
     * a hard break apart, is left as it is.
     */
    private static List<Marked> joinPrintedLines(List<Marked> marked) {
        List<String> single = new ArrayList<>();
        for (Marked m : marked) {
            if (m.isOneLineText()) {
                single.add(m.block().lines().get(0));
            }
        }
        if (single.size() * 2 < marked.size() || !PrintedLines.areWrapped(single)) {
            return marked;
        }
        List<Marked> joined = new ArrayList<>(marked.size());
        List<String> run = new ArrayList<>();
        for (Marked m : marked) {
            if (m.isOneLineText()) {
                run.add(m.block().lines().get(0));
                run.add(""); // each was a paragraph of its own: a block of the converter's
                continue;
            }
            flush(run, joined);
            joined.add(m);
        }
        flush(run, joined);
        return joined;
    }

    /** A stanza, its ragged lines a soft break apart ({@link Verse}): a paragraph a line, as a poem keeps them. */
    private static List<Marked> stanzasApart(List<Marked> marked) {
        List<Marked> apart = new ArrayList<>(marked.size());
        for (Marked m : marked) {
            if (m.level() == 0 && m.block().type() == Block.Type.TEXT && Verse.isStanza(m.block().lines())
                    && Verse.isRagged(m.block().lines())) {
                m.block().lines().forEach(line -> apart.add(new Marked(0, false, Block.of(Block.Type.TEXT, line))));
            } else {
                apart.add(m);
            }
        }
        return apart;
    }

    private static void flush(List<String> run, List<Marked> joined) {
        if (!run.isEmpty()) {
            for (String paragraph : PrintedLines.paragraphs(run)) {
                joined.add(new Marked(0, false, Block.of(Block.Type.TEXT, paragraph)));
            }
            run.clear();
        }
    }

    /** The blocks, each heading typed by its mark where the page's marks rank headings, else by its look. */
    private static List<Block> typed(List<Marked> marked) {
        int flat = flatLevel(marked);
        List<Block> blocks = new ArrayList<>(marked.size());
        List<Integer> looked = new ArrayList<>();
        for (Marked m : marked) {
            Block block = m.block();
            if (flat == 2 && m.level() == 2) {
                // Every heading a headline's level: a page of headlines, or a converter that marks all headings
                // so. Only a heading that can be nothing but a section's (numbered, bulleted, quoted whole) is one.
                if (isSectionHeading(block.text())) {
                    block = new Block(Block.Type.SECTION, block.lines());
                }
            } else if (m.bold() || flat == 1 && m.level() > 0 && !blocks.isEmpty()) {
                // A heading whose mark tells nothing of its rank (every one a title's), or a bold line that may be
                // a heading: its look, as in plain text.
                Block.Type type = PlainTextReader.headingType(block.text());
                if (type == null && m.bold() && PlainTextReader.hasPunctuatedHeadlineShape(block.text())) {
                    // Set bold on a line of its own, a headline's shape with its comma or question mark is one.
                    type = Block.Type.HEADLINE;
                }
                if (type == null && m.level() > 0 && isSectionHeading(block.text())) {
                    type = Block.Type.SECTION;
                }
                block = type != null ? new Block(type, block.lines())
                        : m.bold() ? block : new Block(Block.Type.HEADLINE, block.lines());
                looked.add(blocks.size());
                Block above = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
                if (block.type() == Block.Type.HEADLINE && above != null && above.type() == Block.Type.HEADLINE
                        && !Segments.isSubtitle(block.text())) {
                    // A headline right under another heading line: that line was its kicker, as a lower level marks
                    // one where levels are kept (the segmenter takes a heading with no text under it so).
                    blocks.set(blocks.size() - 1, new Block(Block.Type.SECTION, above.lines()));
                }
            }
            blocks.add(block);
        }
        for (int i : looked) {
            if (PlainTextReader.isBareSectionHeading(blocks, i)) {
                blocks.set(i, new Block(Block.Type.SECTION, blocks.get(i).lines()));
            }
        }
        return blocks;
    }

    /**
     * A heading that only a section inside an article opens with: numbered (一、), bulleted (●, ■: a heading
     * line, where in plain text ■ may open a byline) or quoted whole (“…”).
     */
    private static boolean isSectionHeading(String heading) {
        return PrintedLines.isSubhead(heading) || PlainTextReader.headingType(heading) == Block.Type.SECTION;
    }

    /** The one level every heading of the page has, when there are enough of them to tell; else 0. */
    private static int flatLevel(List<Marked> marked) {
        int level = 0;
        int headings = 0;
        for (Marked m : marked) {
            if (m.level() > 0) {
                if (level != 0 && m.level() != level) {
                    return 0;
                }
                level = m.level();
                headings++;
            }
        }
        return headings >= MIN_FLAT_HEADINGS ? level : 0;
    }

    /** An ATX heading's text without its optional closing run of {@code #} ({@code ## 标题 ##}). */
    private static String withoutClosingSequence(String heading) {
        int end = heading.length();
        while (end > 0 && heading.charAt(end - 1) == '#') {
            end--;
        }
        return end == heading.length() || end > 0 && heading.charAt(end - 1) != ' ' ? heading
                : heading.substring(0, end).strip();
    }

    /** A rule between parts of a page ({@code ---}, {@code * * *}, {@code ___}): no text of the page. */
    private static boolean isThematicBreak(String line) {
        String marks = line.replace(" ", "").replace("\t", "");
        return marks.length() >= 3 && (marks.chars().allMatch(c -> c == '-') || marks.chars().allMatch(c -> c == '*')
                || marks.chars().allMatch(c -> c == '_'));
    }

    /** A line that is bold from end to end: {@code **…**} or {@code __…__}. */
    private static boolean isBoldLine(String line) {
        return line.length() > 4 && (line.startsWith("**") && line.endsWith("**")
                && line.indexOf("**", 2) == line.length() - 2 || line.startsWith("__") && line.endsWith("__")
                && line.indexOf("__", 2) == line.length() - 2);
    }

    /** The heading level of an ATX heading starting at {@code at}, or 0. */
    private static int headingLevel(CharSequence text, int at) {
        int level = 0;
        while (at + level < text.length() && text.charAt(at + level) == '#') {
            level++;
        }
        if (level == 0 || level > 6) {
            return 0;
        }
        int after = at + level;
        return after == text.length() || text.charAt(after) == ' ' || text.charAt(after) == '\t' ? level : 0;
    }

    /** Images carry no text of the page; their captions are separate lines. */
    private static boolean isImage(String line) {
        return line.startsWith("![") && line.endsWith(")");
    }

    /**
     * Drops the marks converters add around text: block-quote and list markers at the start (teaser boxes
     * often come as quotes), emphasis, backslash escapes and a hard-break backslash at the end.
     */
    static String unmark(String marked) {
        String line = tableRow(marked);
        // A loop, not a repeated regex group: a line of thousands of '>' overflowed the regex engine's stack.
        int quoted = 0;
        while (quoted < line.length() && (line.charAt(quoted) == '>'
                || quoted > 0 && " \t\u000b\f\r".indexOf(line.charAt(quoted)) >= 0)) {
            quoted++;
        }
        line = line.substring(quoted);
        if (line.length() > 1 && (line.charAt(0) == '-' || line.charAt(0) == '+' || line.charAt(0) == '*')
                && line.charAt(1) == ' ') {
            line = line.substring(2).strip();
        }
        if (line.endsWith("\\")) {
            line = line.substring(0, line.length() - 1).strip();
        }
        if (line.indexOf('*') < 0 && line.indexOf('\\') < 0 && line.indexOf('_') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && isPunctuation(line.charAt(i + 1))) {
                out.append(line.charAt(++i));
            } else if (c == '*' || c == '_' && (i + 1 < line.length() && line.charAt(i + 1) == '_'
                    || i > 0 && line.charAt(i - 1) == '_')) {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /**
     * A pipe table's row as the text of its cells, a space apart ({@code | 项目 | 数值 |} → 项目 数值); its rule
     * under the header ({@code | --- | :---: |}) is no text. Any other line as it is.
     */
    private static String tableRow(String line) {
        if (!isTableRow(line)) {
            return line;
        }
        StringBuilder cells = new StringBuilder(line.length());
        boolean rule = true;
        for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
            String text = cell.strip();
            rule &= !text.isEmpty() && text.chars().allMatch(c -> c == '-' || c == ':');
            if (!text.isEmpty()) {
                cells.append(cells.length() > 0 ? " " : "").append(text);
            }
        }
        return rule ? "" : cells.toString();
    }

    private static boolean isTableRow(String line) {
        return line.length() >= 2 && line.charAt(0) == '|' && line.charAt(line.length() - 1) == '|';
    }

    private static boolean isPunctuation(char c) {
        return c < 0x80 && !Character.isLetterOrDigit(c) && c != ' ';
    }
}
