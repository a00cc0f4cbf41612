package org.masthead.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.model.ItemKind;

/**
 * Sixth stage: cuts the page's blocks into items. Headlines open items; so does a dateline after body
 * text (an article whose headline was lost); section headings stay inside their article; bylines,
 * photo credits, jump notes and page references are read into the item's fields.
 */
final class ItemSegmenter {
    private static final Pattern COMMENTARY = Pattern.compile("社论|评论员|短评|时评|快评|述评|评论|钧声|论苑|随笔|杂谈|漫谈|手记");
    private static final Pattern REPORTERS = Pattern.compile("记者|通讯员");
    private static final Pattern BOX_LABEL = Pattern.compile("\\p{IsHan}{0,4}(?:导读|导航|提要|看点)");
    /** The longest line a name alone takes: 胡浩然, 王　五. */
    private static final int MAX_SIGNATURE = 5;
    /** The share of a second dateline's pairs of Han characters its report must already hold. */
    private static final double MIN_SHARED = 0.2;
    /** A marked subhead (●小标题) is a line of a few words. */
    private static final int MAX_SUBHEAD = 30;
    /** Captions run to a sentence or two. */
    private static final int MAX_CAPTION = 160;
    /** 简讯 run to a few sentences. */
    static final int MAX_BRIEF = 300;
    /** The rest of a subtitle its line could not hold is a few words (过硬本领). */
    private static final int MAX_SUBTITLE_REST = 12;
    /** A column's label over its headline is a word or two (短评, 钧声, 评论员文章). */
    private static final int MAX_COLUMN_LABEL = 6;
    /**
     * A headline takes a few lines; one this long takes in no more, so a page of bare headings stays a page of
     * items (and is not read in time that grows with the square of its length).
     */
    private static final int MAX_HEADLINE = 60;
    /** Teaser boxes are a headline and at most a line or two of summary. */
    private static final int MAX_TEASER_BODY = 120;
    private static final Pattern BRACKETED = Pattern.compile("\\s*(?:[（(][^）)]*[）)]\\s*)?");
    private static final BigramSet EMPTY = new BigramSet(0);
    /**
     * A 主题 under a merged 引题 says who did what in a few Han characters of its own; a number or a Latin word
     * (增长 4.8%) is no headline, and a four-character phrase (增长5.3% 开局良好) completes the headline it follows.
     */
    private static final int MIN_HEADLINE_HAN = 5;

    private final List<Draft> drafts = new ArrayList<>();
    private Draft current;
    /**
     * What the block just read left open, its line cut in a narrow column or centred over one: a byline before its
     * last name, or a subtitle; null if nothing.
     */
    private LeftOpen leftOpen;

    private sealed interface LeftOpen permits CutByline, Subtitle {
    }

    /**
     * A byline its line cut before its last name (本报记者 赖光辉 通讯员 / 贺明哲): its text, and the paragraph it was
     * read as where the cut name makes it no byline (本报记者孙亮 朱), else null.
     */
    private record CutByline(String text, Draft.Entry asText) implements LeftOpen {
    }

    /** A subtitle, whose rest may stand on the next line. */
    private record Subtitle() implements LeftOpen {
    }

    private ItemSegmenter() {
    }

    static List<Draft> segment(List<Block> blocks) {
        ItemSegmenter segmenter = new ItemSegmenter();
        for (Block block : blocks) {
            segmenter.accept(block);
        }
        segmenter.drafts.removeIf(Draft::isEmpty);
        return segmenter.drafts;
    }

    private void accept(Block block) {
        LeftOpen open = leftOpen;
        leftOpen = null;
        if (block.type() == Block.Type.TABLE) {
            if (current == null || current.closed) {
                open();
            }
            for (String row : block.lines()) {
                current.body.add(Draft.Entry.row(Punctuation.normalize(row)));
            }
            return;
        }
        String text = Punctuation.normalize(block.text());
        if (block.type() == Block.Type.TEXT && (open instanceof CutByline cut && finishesByline(cut, text)
                || open instanceof Subtitle && finishesSubtitle(text))) {
            return;
        }
        switch (block.type()) {
            case TITLE:
            case HEADLINE:
                headline(text);
                break;
            case SECTION:
                if (Segments.dateline(text) != null) {
                    // A dateline set bold on a line of its own opens the text; it heads no section.
                    text(text);
                    break;
                }
                if (currentHasOnlyHead() && Segments.isPeoplesByline(text)) {
                    // A byline set bold right under its headline (■张华) signs it, as set plain.
                    text(text);
                    break;
                }
                if (current == null || current.closed) {
                    open();
                }
                current.body.add(new Draft.Entry(true, text));
                break;
            default:
                text(text);
        }
    }

    /**
     * A name under a byline its line cut (in a narrow column, or centred over one): the byline's last name, which
     * replaces what the cut left of it.
     */
    private boolean finishesByline(CutByline cut, String text) {
        String name = Segments.signature(text);
        if (current == null || !Segments.isName(name)) {
            return false;
        }
        List<String> whole = Segments.byline(cut.text() + name.replace(" ", ""));
        if (whole == null) {
            return false;
        }
        if (cut.asText() != null) {
            current.body.remove(cut.asText());
        } else {
            int left = Segments.byline(cut.text()).size();
            current.authors.subList(current.authors.size() - left, current.authors.size()).clear();
        }
        current.authors.addAll(whole);
        return true;
    }

    /** A few words without punctuation under a subtitle, before any text: the rest of the subtitle. */
    private boolean finishesSubtitle(String text) {
        if (current == null || current.subtitle == null || !current.body.isEmpty() || !current.authors.isEmpty()
                || text.length() > MAX_SUBTITLE_REST || PrintedLines.hasPunctuation(text)
                || Segments.byline(text) != null || Segments.dateline(text) != null || isMarked(text)) {
            return false;
        }
        current.subtitle = current.subtitle + text;
        return true;
    }

    private Draft open() {
        current = new Draft();
        drafts.add(current);
        return current;
    }

    private boolean currentHasOnlyHead() {
        return current != null && !current.closed && current.body.isEmpty() && current.authors.isEmpty()
                && current.caption == null && current.credit == null && current.headline != null;
    }

    private void headline(String text) {
        String kicker = danglingHeading();
        if (kicker != null) {
            setHeadline(open(), text, kicker);
            return;
        }
        if (currentHasOnlyHead()) {
            // A second heading line before any text: a subtitle (——…) or the headline under its kicker.
            if (Segments.isSubtitle(text)) {
                current.subtitle = Segments.subtitleText(text);
                leftOpen = new Subtitle();
                return;
            }
            if (current.subtitle != null && isSignatureLine(text)) {
                // The speaker's name under a speech's headline and date, a converter's line of its own.
                sign(text);
                return;
            }
            if (current.subtitle == null && current.kicker == null && isColumnLabel(current.headline)) {
                // 短评 over its headline, however few words the headline's first line holds (CPI同比上 / 涨…).
                String label = current.headline;
                current.headline = null;
                setHeadline(current, text, label);
                return;
            }
            boolean growing = current.headline.length() < MAX_HEADLINE;
            if (growing && current.subtitle == null && isHeadlineRest(current.headline, text)) {
                // Too few words for a headline, a title mark or quote left open above, or a phrase broken across
                // the lines: the rest of a headline its line could not hold (…同比增 / 长7.1%, 《…英模事迹 /
                // 选编》出版发行, 强化科技赋 / 能 推进训练转型).
                growHeadline(text);
                return;
            }
            if (current.subtitle == null && current.kicker == null && isKickerOf(current.headline, text)) {
                String above = current.headline;
                current.headline = null;
                setHeadline(current, text, above);
                return;
            }
            if (growing && current.subtitle == null && wrapsOnto(current.headline, text)) {
                growHeadline(text);
                return;
            }
        }
        setHeadline(open(), text, null);
    }

    /**
     * The headline goes on onto {@code rest}. Where a kicker was split off its first line at a space, the whole
     * headline is read for one again: that line's words after the space were only the start of a phrase
     * (CPI同比上涨6.4% 就业形势总 / 体稳定 is one headline in two phrases).
     */
    private void growHeadline(String rest) {
        if (current.kickerOnHeadlineLine) {
            String line = current.kicker + ' ' + current.headline;
            current.kicker = null;
            setHeadline(current, Block.join(line, rest), null);
        } else {
            current.headline = Block.join(current.headline, rest);
        }
    }

    /**
     * Whether {@code next} is the rest of the headline line above it: too few words for a headline, a title mark
     * or quote left open above, or a phrase broken across the lines.
     */
    static boolean isHeadlineRest(String line, String next) {
        return !hasHeadlineWords(next) || leavesOpen(line) || breaksPhrase(line, next);
    }

    /**
     * A headline line over another is its kicker (引题) when it is the shorter and speaks of the same thing
     * (shares a pair of Han characters with it), or when it is set as two matched phrases, a character apart at
     * most (奋进新征程 建功新时代, 践行强军目标 建功新时代), over a headline of one phrase.
     */
    private static boolean isKickerOf(String above, String headline) {
        return above.length() < headline.length() && BigramSet.of(above).leaning(BigramSet.of(headline), EMPTY) > 0
                || isMatchedPhrases(above) && headline.indexOf(' ') < 0 && Segments.dateline(headline) == null
                        && Segments.byline(headline) == null;
    }

    static boolean isMatchedPhrases(String line) {
        int space = line.indexOf(' ');
        return space > 0 && Math.abs(line.length() - space - 1 - space) <= 1;
    }

    /** A column's label naming an opinion form (短评, 评论员文章, 记者手记): the kicker of the headline under it. */
    static boolean isColumnLabel(String line) {
        return line.length() <= MAX_COLUMN_LABEL && matches(line);
    }

    /**
     * Whether a headline line goes on onto the line under it, shorter or as full: a headline its column could not
     * hold on one line fills the first and leaves the rest (长春拥军优属工作 / 再上新台阶, 2022年全国粮食 /
     * 总产量7.56亿斤). A kicker is set shorter than its headline, or as matched phrases; a dateline or byline opens
     * the text. A line of two matched phrases is a headline whole (高原练兵 淬火成钢), never the rest of another.
     */
    private static boolean wrapsOnto(String line, String next) {
        return PrintedLines.asFullAs(line, next) && !isMatchedPhrases(line)
                && !isMatchedPhrases(next) && Segments.dateline(next) == null && Segments.byline(next) == null;
    }

    /**
     * A section heading with no text under it, right above a headline, is that headline's kicker (converters
     * give the smaller line above a headline a lower heading level). Removed from the item above; null if none.
     */
    private String danglingHeading() {
        if (current == null || current.body.isEmpty()) {
            return null;
        }
        Draft.Entry last = current.body.get(current.body.size() - 1);
        if (!last.heading || Segments.numberedHeading(last.text) > 0) {
            return null;
        }
        current.body.remove(current.body.size() - 1);
        if (current.isEmpty()) {
            drafts.remove(current);
        }
        return last.text;
    }

    /** Splits 引题 主题 ——副题 as converters flatten them onto one line; {@code kicker} is a kicker line above. */
    private static void setHeadline(Draft draft, String text, String kicker) {
        draft.kicker = kicker;
        draft.kickerOnHeadlineLine = false;
        Matcher dash = Segments.SUBTITLE_ON_LINE.matcher(text);
        String main = text;
        if (dash.find()) {
            main = text.substring(0, dash.start()).strip();
            draft.subtitle = text.substring(dash.end()).strip();
        }
        int space = lastPhraseSpace(main);
        if (draft.subtitle == null && space > 0 && main.charAt(space - 1) != ' ' && draft.kicker == null) {
            String before = main.substring(0, space).strip();
            String head = main.substring(space + 1);
            // A line twice the length of the words after its space is 引题 over 主题 (圆满结束出席…峰会 习近平回到北京);
            // two parts nearer in length are one headline in two phrases; a wide gap (增长  4.8%) is
            // justification inside one headline.
            if (before.length() >= 2 * head.length() && isHeadline(head)) {
                draft.kicker = before;
                draft.kickerOnHeadlineLine = true;
                main = head;
            }
        }
        draft.headline = main;
    }

    /**
     * The last space between two phrases: not one beside figures or a Latin word, which web text and some
     * converters set apart from the Han characters round them (西宁建成 57 个 AI 创新应用场景); -1 if none.
     */
    private static int lastPhraseSpace(String text) {
        for (int i = text.lastIndexOf(' '); i > 0; i = text.lastIndexOf(' ', i - 1)) {
            if (i + 1 < text.length() && !Punctuation.isAsciiWord(text.charAt(i - 1))
                    && !Punctuation.isAsciiWord(text.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private void addAuthors(List<String> reporters) {
        for (String reporter : reporters) {
            if (!current.authors.contains(reporter)) {
                current.authors.add(reporter);
            }
        }
    }

    /** Opens on a Han character, a quote or a title mark, and holds more than a four-character phrase. */
    private static boolean isHeadline(String text) {
        char first = text.charAt(0);
        return (Punctuation.isChinese(first) || first == '《') && hasHeadlineWords(text);
    }

    /** A title mark, quote or bracket opened and not closed. */
    private static boolean leavesOpen(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '《' || c == '“' || c == '（' ? 1 : c == '》' || c == '”' || c == '）' ? -1 : 0;
        }
        return depth > 0;
    }

    /**
     * Whether the break between two heading lines falls inside a phrase: a word runs across it, or the lower line's
     * first phrase is one character (科技赋 / 能 推进训练), where a headline's phrases are two or more.
     */
    private static boolean breaksPhrase(String line, String next) {
        return DictionaryWords.runAcross(line, next) || next.length() > 2 && next.charAt(1) == ' '
                && HanScript.isHan(next.charAt(0));
    }

    /** More Han characters than a four-character phrase holds. */
    static boolean hasHeadlineWords(String text) {
        return HanScript.count(text, 0, text.length()) >= MIN_HEADLINE_HAN;
    }

    private void text(String text) {
        if (text.isEmpty()) {
            return; // a piece of a PDF whose glyphs are all blank (found by PdfFuzzTest)
        }
        int[] from = Segments.jumpFrom(text);
        if (from != null) {
            if (current == null || current.closed || current.hasParagraphs()) {
                open();
            }
            current.continuedFrom = from[0];
            text = text.substring(from[1]).strip();
            if (text.isEmpty()) {
                return;
            }
        }
        String credit = Segments.credit(text);
        if (credit != null) {
            photo(null, credit);
            return;
        }
        if (currentHasOnlyHead() && current.subtitle == null && Segments.isSubtitle(text) && text.length() <= MAX_HEADLINE
                && !Segments.finished(text)) {
            // A subtitle that a converter set as text (smaller than the headline, plain): under the headline it is
            // the subtitle all the same (把小事当大事来办 / ——来自基层的调研报告).
            current.subtitle = Segments.subtitleText(text);
            return;
        }
        if (currentHasOnlyHead() && current.kicker == null && current.subtitle == null && !isMarked(text)
                && isColumnLabel(text) && Segments.byline(text) == null) {
            // A column's label set under its headline (记者手记, 短评, as a box may set it) labels it all the same;
            // ■本报评论员 or 本报评论员 there signs it.
            current.kicker = text;
            return;
        }
        if (isMarked(text) && current != null && !current.closed && current.hasParagraphs()) {
            // ●/■ inside running text marks a subhead (小标题); only right under a headline does it sign one.
            current.body.add(new Draft.Entry(!Segments.finished(text) && text.length() <= MAX_SUBHEAD, text));
            return;
        }
        if (isSignatureLine(text)) {
            sign(text);
            return;
        }
        if (currentHasOnlyHead() && current.subtitle == null && Segments.isSpeechDate(text)) {
            // A speech's date on a line of its own under its headline: （2023年12月6日）.
            current.subtitle = text;
            return;
        }
        List<String> byline = Segments.byline(text);
        if (byline != null) {
            if (current == null || current.closed) {
                open();
            }
            current.authors.addAll(byline);
            leftOpen = Segments.isCut(text) ? new CutByline(text, null) : null;
            // ■ signs a column; a reporters' line (■本报记者 张三) signs a report.
            if ((text.charAt(0) == '■' || text.charAt(0) == '□') && !REPORTERS.matcher(text).find()) {
                current.kind = ItemKind.COMMENTARY;
            }
            return;
        }
        String[] captioned = Segments.captionWithCredit(text);
        if (captioned != null) {
            photo(captioned[0], captioned[1]);
            return;
        }
        Segments.PageRef ref = Segments.pageRef(text);
        if (ref != null && teaser(text, ref)) {
            return;
        }
        Segments.DatelineMatch dateline = Segments.dateline(text);
        if (dateline != null) {
            if (current == null || current.closed || (current.hasParagraphs() || current.dateline != null)
                    && !continues(current, text, dateline)) {
                open();
            }
            if (current.dateline == null) {
                current.dateline = dateline;
            }
            addAuthors(Segments.datelineReporters(text, dateline));
        } else if (current == null || current.closed) {
            open();
        }
        addAuthors(Segments.closingReporters(text));
        Draft.Entry paragraph = new Draft.Entry(false, text);
        int[] jump = Segments.jumpOn(text);
        if (jump != null) {
            paragraph.text = text.substring(0, jump[1]).strip();
            paragraph.jumpTo = jump[0];
            current.closed = true;
        }
        Draft.Entry opening = current.body.size() == 1 ? current.lastParagraph() : null;
        if (opening != null && dateline == null && isBareDateline(opening.text) && !paragraph.text.isEmpty()) {
            // A dateline set on a line of its own (本报北京6月18日电 （记者张三）) opens the paragraph below it.
            opening.text = opening.text + " " + paragraph.text;
            opening.jumpTo = paragraph.jumpTo;
        } else if (!paragraph.text.isEmpty()) {
            current.body.add(paragraph);
            if (current.body.size() == 1 && dateline == null && REPORTERS.matcher(text).find() && Segments.isCut(text)) {
                leftOpen = new CutByline(text, paragraph);
            }
        } else if (jump != null) {
            // A jump note on its own line belongs to the paragraph above it.
            Draft.Entry last = current.lastParagraph();
            if (last != null) {
                last.jumpTo = jump[0];
            }
        }
    }

    /** A dateline and nothing after it but its reporters in brackets. */
    private static boolean isBareDateline(String text) {
        Segments.DatelineMatch dateline = Segments.dateline(text);
        return dateline != null && BRACKETED.matcher(text.substring(dateline.end())).matches();
    }

    /** A name alone under a headline signs it: a speech's speaker, a column's author. */
    private void sign(String text) {
        current.authors.add(Segments.signedName(text));
    }

    /** A line that is just a name (two or three Han characters, padded or not) right under a headline. */
    private boolean isSignatureLine(String text) {
        return text.length() <= MAX_SIGNATURE && current != null && !current.closed && current.headline != null
                && current.body.isEmpty() && current.authors.isEmpty() && current.dateline == null
                && Segments.isName(Segments.signature(text)) && !matches(text)
                && !BOX_LABEL.matcher(text).matches() && !Segments.isEditorsNote(text) && !text.endsWith("们");
    }

    private static boolean isMarked(String text) {
        return Segments.isBullet(text.charAt(0));
    }

    /**
     * Whether a paragraph opened by a dateline goes on the headed report above rather than opening one whose
     * headline was lost. A report files news from a second place from its own desk (本报郑州…电 under
     * 本报北京…电, a roundup), but a brief's 本报讯 names no desk: a dated line after it opens another report.
     * An editor's note (编者按) stands above a report's first dateline; a dateline without place and date
     * (本报讯) opens each brief of a column of briefs under one headline; the rest of a report continued from
     * another page has its first dateline there. Another source's dateline stays only when its paragraph
     * speaks of the report's subject, in its words.
     */
    private static boolean continues(Draft report, String text, Segments.DatelineMatch dateline) {
        if (report.headline == null) {
            return false;
        }
        if (report.dateline == null && isNote(report) || dateline.month() == 0 || report.continuedFrom != null
                || report.dateline != null && report.dateline.month() != 0
                        && Objects.equals(report.dateline.source(), dateline.source())) {
            return true;
        }
        BigramSet own = BigramSet.of(text.substring(dateline.end()));
        BigramSet so = new BigramSet(report.bodyLength() + 64);
        for (String head : new String[] {report.kicker, report.headline, report.subtitle}) {
            if (head != null) {
                so.addAll(head);
            }
        }
        for (Draft.Entry entry : report.body) {
            so.addAll(entry.text);
        }
        return own.leaning(so, EMPTY) >= MIN_SHARED;
    }

    private static boolean isNote(Draft report) {
        for (Draft.Entry entry : report.body) {
            if (!entry.heading && !Segments.isEditorsNote(entry.text)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A photo: the credit line closes it; its caption is the short paragraph just above (converters drop the
     * image and keep these two lines).
     */
    private void photo(String inlineCaption, String credit) {
        if (isPhotoHeadline(inlineCaption)) {
            // A headline over just a caption and its credit titles the photo (图片新闻).
            Draft photo = current;
            photo.caption = inlineCaption != null ? inlineCaption : photo.body.get(0).text;
            photo.body.clear();
            photo.kind = ItemKind.PHOTO;
            photo.credit = credit;
            photo.closed = true;
            return;
        }
        String caption = inlineCaption;
        Draft head = null;
        if (caption == null && current != null && !current.body.isEmpty()) {
            int at = captionAbove(current.body);
            Draft.Entry above = current.body.get(at);
            // A head's one paragraph is its text, unless a byline stands between: then the paragraph under the
            // byline is a photo's caption set between a report's head and its text (■于宇航 / 12月30日，…展示。 / 付雨桐摄).
            if (!above.heading && above.jumpTo == null && above.text.length() <= MAX_CAPTION
                    && (current.headline == null || current.body.size() > 1 || !current.authors.isEmpty())) {
                caption = above.text;
                current.body.remove(at);
                if (current.isEmpty()) {
                    drafts.remove(current);
                } else if (current.body.isEmpty()) {
                    head = current;
                }
            }
        }
        Draft photo = open();
        photo.kind = ItemKind.PHOTO;
        photo.caption = caption;
        photo.credit = credit;
        photo.closed = true;
        if (head != null) {
            // The photo stood between a head and its text: the text under it is the head's.
            current = head;
        }
    }

    /**
     * Where in the body above a credit its caption stands: the last paragraph, unless that one leaves its sentence
     * open and the one before ends its own. A caption ends its sentence; column lines a converter gave between a
     * photo's caption and its credit (pdftotext's one-line blocks, row by row) do not, and stay where they are.
     */
    private static int captionAbove(List<Draft.Entry> body) {
        int last = body.size() - 1;
        if (last > 0 && !Segments.finished(body.get(last).text)) {
            Draft.Entry before = body.get(last - 1);
            if (!before.heading && Segments.finished(before.text)) {
                return last - 1;
            }
        }
        return last;
    }

    /** Whether the open item is a headline with nothing under it but the caption the credit closes. */
    private boolean isPhotoHeadline(String inlineCaption) {
        if (current == null || current.closed || current.kind != ItemKind.ARTICLE || current.headline == null
                || current.dateline != null || !current.authors.isEmpty() || current.continuedFrom != null) {
            return false;
        }
        if (inlineCaption != null) {
            return current.body.isEmpty();
        }
        if (current.body.size() != 1) {
            return false;
        }
        Draft.Entry only = current.body.get(0);
        return !only.heading && only.jumpTo == null && only.text.length() <= MAX_CAPTION;
    }

    /**
     * A page reference: a teaser when the item so far is just a headline and a line or two; a line of a
     * 导读 box (a short title with its page) is a teaser of its own.
     */
    private boolean teaser(String text, Segments.PageRef ref) {
        String before = text.substring(0, ref.start()).strip();
        if (!before.isEmpty() && before.length() <= 40 && !Segments.finished(before)) {
            if (currentHasOnlyHead() && BOX_LABEL.matcher(current.headline).matches()) {
                // The box's label (导读) is furniture once its lines are teasers.
                drafts.remove(current);
            }
            // A 导读 line's bullet (● 前三季度经济运行总体平稳（第二版）) marks the list, not the title.
            open().headline = Segments.isBullet(before.charAt(0)) ? before.substring(1).strip() : before;
        } else if (current != null && !current.closed && current.headline != null
                && current.bodyLength() + before.length() <= MAX_TEASER_BODY) {
            if (!before.isEmpty()) {
                current.body.add(new Draft.Entry(false, before));
            }
        } else if (before.isEmpty() && current != null && !current.closed && current.headline == null
                && current.kicker == null && current.body.size() == 1 && current.body.get(0).heading) {
            // A teaser's title set no larger than a subhead (a laid-out page's box: 八一建军节特刊 / （第二版）).
            current.headline = current.body.remove(0).text;
        } else {
            return false;
        }
        current.kind = ItemKind.TEASER;
        current.refersToPages = ref.pages();
        current.closed = true;
        return true;
    }

    /**
     * Commentary: a signed column (■), or a headline, kicker or byline naming an opinion form. Brief (简讯): a
     * headline over one short paragraph, unsigned, with at most a place-less dateline (本报讯).
     */
    static void classify(Draft draft) {
        if (draft.kind != ItemKind.ARTICLE) {
            return;
        }
        if (matches(draft.kicker) || matches(draft.headline) || draft.authors.stream().anyMatch(ItemSegmenter::matches)) {
            draft.kind = ItemKind.COMMENTARY;
        } else if (draft.headline != null && draft.kicker == null && draft.subtitle == null && draft.authors.isEmpty()
                && draft.body.size() == 1 && !draft.body.get(0).heading && draft.body.get(0).text.length() <= MAX_BRIEF
                && draft.continuedFrom == null && draft.continuedOn() == null
                && draft.dateline != null && draft.dateline.place() == null) {
            draft.kind = ItemKind.BRIEF;
        }
    }

    /** Whether the text names an opinion form (短评, 评论员文章, 记者手记). */
    static boolean matches(String text) {
        return text != null && COMMENTARY.matcher(text).find();
    }
}
