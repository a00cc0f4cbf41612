package org.masthead.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown Masthead writes ({@link EditionMarkdown}, {@code parse --markdown}) read back: a whole edition in one
 * file, its pages parted by a rule and a page heading (--- / ## 第三版 要闻, ## Page 3). Each page goes through the
 * parse chain as converter Markdown, its marks put back the way converters set them: an item's headline a
 * {@code ##} heading with its kicker a {@code ###} one above it, a photo's caption with its credit, a teaser's
 * title over its page reference; the page heading becomes the running head that names the page.
 */
public final class EditionMarkdownFormat implements SourceFormat {
    /** The heading that opens a page: ## 第三版 要闻, ## 第120版, ## Page 3. */
    private static final Pattern PAGE_HEADING = Pattern.compile(
            "(?m)^---\\n\\n## (?:第([〇一二三四五六七八九十]{1,3}|\\d{1,3})版|Page (\\d{1,3}))(?: (.+))?$");
    /** A kicker, or the page's editors' line. */
    private static final Pattern ITALIC = Pattern.compile("\\*([^*]+)\\*");
    private static final Pattern SUBTITLE = Pattern.compile("\\*\\*(——[^*]+)\\*\\*");
    private static final List<String> PHOTO = List.of(EditionMarkdown.PHOTO_ZH, EditionMarkdown.PHOTO_EN);
    private static final Pattern WARNING = Pattern.compile("> \\*\\*[a-z-]+\\*\\*: .*");
    private static final List<String> NO_HEADLINE = List.of(EditionMarkdown.NO_HEADLINE_ZH,
            EditionMarkdown.NO_HEADLINE_EN);

    @Override
    public String name() {
        return "masthead-markdown";
    }

    @Override
    public List<String> mediaTypes() {
        return List.of("text/markdown");
    }

    /** Masthead's own Markdown: a title heading first, and a page heading after a rule. */
    @Override
    public double detect(Source source) {
        String text = source.textOrNull();
        return text != null && text.startsWith("# ") && PAGE_HEADING.matcher(text).find() ? 0.95 : 0;
    }

    @Override
    public List<SourcePage> read(Source source) throws UnusableInputException {
        String text = source.text().replace("\r\n", "\n");
        Matcher heading = PAGE_HEADING.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> runningHeads = new ArrayList<>();
        while (heading.find()) {
            spans.add(new int[] {heading.start(), heading.end()});
            String number = heading.group(1) != null ? "第" + heading.group(1) + "版" : "Page " + heading.group(2);
            runningHeads.add(heading.group(3) != null ? number + " " + heading.group(3) : number);
        }
        if (spans.isEmpty()) {
            throw new UnusableInputException(source.name(), "no page heading (## 第一版, ## Page 1) after a rule");
        }
        // The edition's masthead heads the first page, as it does in print; every page gets its own running head.
        String masthead = text.substring(0, spans.get(0)[0]);
        List<SourcePage> pages = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
            String head = (i == 0 ? masthead + "\n\n" : "") + runningHeads.get(i);
            pages.add(page(source.name(), head, text.substring(spans.get(i)[1], end)));
        }
        return pages;
    }

    private static SourcePage page(String source, String head, String body) {
        StringBuilder md = new StringBuilder(head).append("\n\n");
        boolean afterHeadline = false;
        for (String block : body.split("\\n\\n+")) {
            String line = block.strip();
            boolean headline = false;
            String photo = photoMark(line);
            Matcher m;
            if (line.isEmpty() || WARNING.matcher(line).matches()) {
                continue;
            } else if (line.startsWith("### ")) {
                String words = line.substring(4);
                headline = !NO_HEADLINE.contains(words);
                md.append(headline ? "## " + words + "\n\n" : "");
            } else if (line.startsWith("#### ")) {
                md.append("### ").append(line.substring(5)).append("\n\n");
            } else if ((m = SUBTITLE.matcher(line)).matches()) {
                // On its headline's line after a space, as converters give a subtitle set beside it; under a
                // headline lost in the source, a line of its own.
                if (afterHeadline) {
                    md.setLength(md.length() - 2);
                    md.append(' ');
                }
                md.append(m.group(1)).append("\n\n");
            } else if ((m = ITALIC.matcher(line)).matches()) {
                italic(m.group(1), md);
            } else if (photo != null) {
                photo(line.substring(photo.length()), md);
            } else if (line.startsWith(EditionMarkdown.TEASER_OPEN)
                    && line.indexOf("**", EditionMarkdown.TEASER_OPEN.length()) > 0) {
                teaser(line, md);
            } else {
                md.append(line).append("\n\n");
            }
            afterHeadline = headline;
        }
        return SourcePage.text(source, md.toString(), MarkdownReader.INSTANCE);
    }

    /** An italic line: the page's editors (版面编辑：…), left for the furniture to read, or a kicker. */
    private static void italic(String text, StringBuilder md) {
        if (!text.startsWith(EditionMarkdown.EDITORS_EN)) { // the chain reads no names in Latin letters from an editors' line
            md.append(Furniture.opensRoleLine(text) ? "" : "### ").append(text).append("\n\n");
        }
    }

    private static String photoMark(String line) {
        return PHOTO.stream().filter(line::startsWith).findFirst().orElse(null);
    }

    /** A photo's caption, a Chinese credit under it as papers set it (董建华摄); an English one stays as written. */
    private static void photo(String caption, StringBuilder md) {
        int credit = caption.endsWith(EditionMarkdown.CREDIT_CLOSE_ZH)
                ? caption.lastIndexOf(EditionMarkdown.CREDIT_OPEN_ZH) : -1;
        if (credit < 0) {
            md.append(caption).append("\n\n");
        } else {
            md.append(caption, 0, credit).append("\n\n").append(caption,
                    credit + EditionMarkdown.CREDIT_OPEN_ZH.length(),
                    caption.length() - EditionMarkdown.CREDIT_CLOSE_ZH.length()).append("摄\n\n");
        }
    }

    /** A teaser: its title a headline, the words after it, and the pages it points to in brackets at the end. */
    private static void teaser(String line, StringBuilder md) {
        int open = EditionMarkdown.TEASER_OPEN.length();
        int close = line.indexOf("**", open);
        md.append("## ").append(line, open, close).append("\n\n");
        String rest = line.substring(close + 2).strip();
        int ref = Math.max(rest.lastIndexOf('（'), rest.lastIndexOf('('));
        if (ref > 0) {
            md.append(rest, 0, ref).append("\n\n");
        }
        md.append(rest, Math.max(ref, 0), rest.length()).append("\n\n");
    }
}
