package org.masthead.parse;

import java.util.ArrayList;
import java.util.List;

/** Reads converter Markdown: ATX headings by level, paragraphs separated by blank lines. */
final class MarkdownReader implements PageReader {
    static final MarkdownReader INSTANCE = new MarkdownReader();

    private MarkdownReader() {
    }

    /** Markdown when some line starts with one to six {@code #} and a space. */
    static boolean looksLikeMarkdown(String text) {
        int at = 0;
        while (at < text.length()) {
            if (text.charAt(at) == '#' && headingLevel(text, at) > 0) {
                return true;
            }
            int next = text.indexOf('\n', at);
            if (next < 0) {
                return false;
            }
            at = next + 1;
        }
        return false;
    }

    @Override
    public List<Block> read(String text) {
        List<Block> blocks = new ArrayList<>();
        LineSplitter.paragraphs(text, line -> line.charAt(0) == '#' && headingLevel(line, 0) > 0 || isImage(line),
                lines -> {
                    String first = lines.get(0);
                    int level = first.charAt(0) == '#' ? headingLevel(first, 0) : 0;
                    if (level > 0) {
                        String heading = unmark(first.substring(level).strip());
                        if (!heading.isEmpty()) {
                            blocks.add(Block.of(level == 1 ? Block.Type.TITLE
                                    : level == 2 ? Block.Type.HEADLINE : Block.Type.SECTION, heading));
                        }
                    } else if (!isImage(first)) {
                        List<String> clean = new ArrayList<>(lines.size());
                        for (String line : lines) {
                            String unmarked = unmark(line);
                            if (!unmarked.isEmpty()) {
                                clean.add(unmarked);
                            }
                        }
                        if (!clean.isEmpty()) {
                            blocks.add(new Block(Block.Type.TEXT, clean));
                        }
                    }
                });
        return blocks;
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
        String line = marked;
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

    private static boolean isPunctuation(char c) {
        return c < 0x80 && !Character.isLetterOrDigit(c) && c != ' ';
    }
}
