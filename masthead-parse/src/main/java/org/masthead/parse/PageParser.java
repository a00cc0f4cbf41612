package org.masthead.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.masthead.model.Box;
import org.masthead.model.Dateline;
import org.masthead.model.Item;
import org.masthead.model.ItemFlag;
import org.masthead.model.ItemKind;
import org.masthead.model.Page;
import org.masthead.model.PageSize;
import org.masthead.model.Section;
import org.masthead.model.Warning;

/**
 * The parse chain: the stages a page of converter text goes through, in order, wired here and nowhere
 * else (as a Lucene Analyzer's createComponents wires its tokenizer and filters). Before it, a
 * {@link SourceFormat} has recognised the file and decoded it ({@link TextDecoder}); after it,
 * {@link EditionParser} numbers the pages, gives items their ids and assembles the edition.
 */
final class PageParser {

    /**
     * One page as read, before the edition decides its number and ids: drafts from the chain, or the
     * items of a page its format made ({@code made}, null for text).
     */
    record ParsedPage(String source, PageHead head, List<String> editors, List<Draft> drafts, Page made,
            PageSize size) {
    }

    private PageParser() {
    }

    /**
     * The most lines a page file may have. A real page has a few hundred; the limit bounds the blocks, items
     * and memory one file can cost (a page of a million one-character headings needed 2.9 GB).
     */
    static final int MAX_LINES = 50_000;

    static ParsedPage read(SourcePage page, Consumer<Warning> warnings) throws UnusableInputException {
        if (page.page != null) {
            return new ParsedPage(page.source, page.head, page.page.editors(), List.of(), page.page, null);
        }
        if (page.layout != null) {
            return read(page.layout, warnings);
        }
        // 0. Converter output normalised: Kangxi radicals that Type 3 fonts give back folded to ordinary
        //    characters; ideographic spaces between a heading's phrases made plain; columns set side by side
        //    given one after another (never in Markdown, whose tables and code would look like columns);
        //    justified and letter-spaced runs closed up.
        long lines = page.text.chars().filter(c -> c == '\n').count() + (page.text.endsWith("\n") ? 0 : 1);
        if (lines > MAX_LINES) {
            throw new UnusableInputException(page.source, "has " + lines + " lines, over the limit of " + MAX_LINES
                    + " for a page");
        }
        String printed = PhraseSpaces.plain(Radicals.fold(page.text));
        // The rules read Traditional characters and full-width figures as Simplified and ASCII; what the parser
        // keeps is given back as printed at the end.
        String text = ReadingForm.of(printed);
        ReadingForm.Restorer restorer = ReadingForm.Restorer.of(printed, text);
        if (page.reader == MarkdownReader.INSTANCE) {
            // Figures a converter set as inline formulas ($1 4 . 3 \%$, as MinerU does): their text, before the
            // spaces between their tokens are taken for letter spacing.
            text = InlineFormulas.asText(text);
        } else {
            // Columns side by side: pdftotext -layout keeps the gutters between them; pdftotext without it
            // joins the lines of neighbouring columns, which are cut apart again at a column's width.
            // pdftotext -layout sets vertical text's characters in the rows beside it, which the column stage reads;
            // elsewhere each stands on a line of its own, one under another.
            text = LayoutColumns.isLayout(LineSplitter.rawLines(text)) ? LayoutColumns.split(text)
                    : InterleavedColumns.split(VerticalText.join(text));
            // A byline's names that the converter set apart, under it or in a column below, go back to it.
            text = BylineNames.restore(text);
            // Plain text a converter broke at every printed line: paragraphs rebuilt, a line each, while the
            // letter spacing of justified lines still shows which lines were full.
            text = PrintedLines.rebuild(text);
        }
        text = LetterSpacing.closeUp(text);
        // 1. Blocks: the format's reader marks what its format marks (Markdown headings, plain-text line
        //    shapes) as title, headline, section and text blocks; it decides nothing about meaning.
        List<Block> blocks = page.reader.read(text);
        // 2. Head: the masthead of a front page or the running header of an inside page, from the top
        //    blocks (title, date, issue, lunar date checked with ICU, page number and name).
        MastheadReader.Result head = MastheadReader.read(blocks, warnings);
        // 3. Furniture: QR-code labels and the editors' line out of the text (editors kept for the page).
        List<String> editors = new ArrayList<>(4);
        List<Block> body = Furniture.remove(head.left(),
                head.head().masthead().title(), editors);
        // 4. Items: blocks into items (headline/kicker/subtitle, datelines opening items, bylines, photos,
        //    teasers, jump notes, sections); half-width punctuation goes full width on the way.
        List<Draft> drafts = ItemSegmenter.segment(body);
        // 5. Column breaks: paragraphs the converter cut at a column end are joined again.
        ColumnBreaks.repair(drafts);
        // 6. Reading order: fragments the converter placed after another item move back to theirs.
        ReadingOrder.repair(drafts);
        // 7. Kinds, read as the rules read the text; then every string as printed. (Truncation flags and ids
        //    follow in items(), once the edition knows date and page number.)
        return finished(new ParsedPage(page.source, head.head(), editors, drafts, null, null), restorer);
    }

    /**
     * The chain for a page its format has laid out (a born-digital PDF): the head gives the masthead, the
     * furniture comes out of head, foot and areas, and each area is cut into items on its own (stage 4), so
     * the areas' boundaries, which layout found, hold. Column breaks and reading order need no repair:
     * layout read the columns in order. The areas' boxes and lines go with their items.
     */
    static ParsedPage read(LaidOutPage page, Consumer<Warning> warnings) {
        // The rules read the pieces' lines in their reading form (blocks()), as they read text; the items are
        // given back as printed at the end.
        String printed = printedText(page);
        ReadingForm.Restorer restorer = ReadingForm.Restorer.of(printed, ReadingForm.of(printed));
        List<Block> head = blocks(page.head());
        List<LaidOutPage.Area> areas = page.areas();
        List<List<Block>> areaBlocks = areas.stream().map(area -> blocks(area.pieces())).toList();
        if (head.isEmpty()) {
            // No rule set the head apart: the leading areas that print nothing but masthead lines are the head.
            int taken = headAreas(areaBlocks);
            head = areaBlocks.subList(0, taken).stream().flatMap(List::stream).toList();
            areas = areas.subList(taken, areas.size());
            areaBlocks = areaBlocks.subList(taken, areaBlocks.size());
        }
        MastheadReader.Result masthead = MastheadReader.readLaidOut(head, warnings);
        List<String> editors = new ArrayList<>(4);
        String title = masthead.head().masthead().title();
        List<Block> furniture = new ArrayList<>(masthead.left());
        furniture.addAll(blocks(page.foot()));
        Furniture.remove(furniture, title, editors);
        List<Draft> drafts = new ArrayList<>();
        for (int a = 0; a < areas.size(); a++) {
            LaidOutPage.Area area = areas.get(a);
            List<Draft> made = ItemSegmenter.segment(Furniture.remove(areaBlocks.get(a), title, editors));
            List<LaidOutPage.Line> lines = new ArrayList<>();
            for (LaidOutPage.Piece piece : area.pieces()) {
                lines.addAll(piece.lines());
            }
            for (Draft draft : made) {
                // An area of one item is that item's region; items sharing an area (a teaser box) get their lines'.
                draft.region = made.size() == 1 ? area.region() : List.of();
                draft.printed = lines;
            }
            drafts.addAll(made);
        }
        headsOverBodies(drafts);
        wrapsAround(drafts);
        return finished(new ParsedPage(page.source(), masthead.head(), editors, drafts, null, page.size()), restorer);
    }

    /** Every line a laid-out page prints, one after another. */
    private static String printedText(LaidOutPage page) {
        StringBuilder text = new StringBuilder();
        Consumer<List<LaidOutPage.Piece>> add = pieces -> pieces.forEach(piece -> piece.texts().forEach(
                line -> text.append(line).append('\n')));
        add.accept(page.head());
        page.areas().forEach(area -> add.accept(area.pieces()));
        add.accept(page.foot());
        return text.toString();
    }

    /**
     * The chains' last stage: each item's kind told from its reading form, then the page with the strings the
     * parser keeps in the characters they were printed in.
     */
    private static ParsedPage finished(ParsedPage page, ReadingForm.Restorer restorer) {
        page.drafts().forEach(ItemSegmenter::classify);
        if (restorer == ReadingForm.Restorer.NONE) {
            return page;
        }
        page.drafts().forEach(draft -> draft.restore(restorer::restore));
        List<String> editors = page.editors().stream().map(restorer::restore).toList();
        return new ParsedPage(page.source(), page.head().restored(restorer::restore), editors, page.drafts(),
                page.made(), page.size());
    }

    /** How many of the leading areas the masthead reader takes whole, as it reads converter text's head. */
    private static int headAreas(List<List<Block>> areas) {
        List<Block> all = areas.stream().flatMap(List::stream).toList();
        Set<Block> left = Collections.newSetFromMap(new IdentityHashMap<>());
        left.addAll(MastheadReader.read(all, warning -> { }).left());
        int taken = 0;
        while (taken < areas.size() && areas.get(taken).stream().noneMatch(left::contains)) {
            taken++;
        }
        return taken;
    }

    /**
     * A head the layout boxed apart from its text (a brief's bold headline over its 本报讯 paragraph, set no
     * larger than a subhead) heads the headline-less text right under it: close below, across the same
     * columns. A headline centred across the page over a report that opens in its first column, a photo beside
     * it, stands over no text of its own: it heads the text close below that starts left of it, when no text
     * there shares its columns.
     */
    private static void headsOverBodies(List<Draft> drafts) {
        for (int h = drafts.size() - 1; h >= 0; h--) {
            Draft head = drafts.get(h);
            String headline = headOnly(head);
            if (headline == null) {
                continue;
            }
            Box over = bounds(head.printed);
            double lineHeight = head.printed.get(0).box().height();
            Draft body = null;
            Draft leftOf = null;
            double nearest = Double.MAX_VALUE;
            double nearestLeft = Double.MAX_VALUE;
            for (Draft candidate : drafts) {
                if (candidate.headline != null || candidate.kicker != null || candidate.kind != ItemKind.ARTICLE
                        || !candidate.hasParagraphs() || candidate.printed.isEmpty()) {
                    continue;
                }
                Box under = bounds(candidate.printed);
                double gap = under.y() - (over.y() + over.height());
                if (gap <= -lineHeight / 2 || gap > 2 * lineHeight) {
                    continue;
                }
                double shared = Math.min(over.x() + over.width(), under.x() + under.width()) - Math.max(over.x(), under.x());
                if (gap < nearest && shared >= Math.min(over.width(), under.width()) / 2) {
                    body = candidate;
                    nearest = gap;
                } else if (gap < nearestLeft && under.x() < over.x() && shared <= 0) {
                    leftOf = candidate;
                    nearestLeft = gap;
                }
            }
            body = body == null ? leftOf : body;
            if (body != null) {
                body.headline = headline;
                body.kicker = head.kicker;
                body.subtitle = body.subtitle == null ? head.subtitle : body.subtitle;
                body.region = concat(head.region, body.region);
                body.printed = concat(head.printed, body.printed);
                drafts.remove(h);
            }
        }
    }

    /**
     * Text that goes on at the top of the next column under another head. An article set round a brief (an L)
     * opens in the column under the brief, which layout gave the brief's area, and goes on at the top of the
     * next column, under its own headline: the open text without a headline at the end of an area is that
     * article's start. An article whose last column stands under its neighbour's headline (layout gave the
     * column to the neighbour) ends in the neighbour's first paragraph. Either way the text that goes on opens,
     * not indented as a paragraph's first line is, at the top of the column right beside the open text's end.
     */
    private static void wrapsAround(List<Draft> drafts) {
        for (int s = drafts.size() - 1; s >= 0; s--) {
            Draft open = drafts.get(s);
            if (open.kicker != null && open.headline == null || !open.isOpen() || open.printed.isEmpty()
                    || open.body.get(0).heading) {
                continue;
            }
            LaidOutPage.Line end = open.printed.get(open.printed.size() - 1);
            for (Draft article : drafts) {
                Draft.Entry first = article.body.isEmpty() ? null : article.body.get(0);
                if (article == open || article.headline == null || first == null || first.heading
                        || Segments.dateline(first.text) != null) {
                    continue;
                }
                int at = lineOpening(article.printed, first.text);
                if (at < 0 || at + 1 >= article.printed.size() || !goesOnBeside(end, article.printed.get(at),
                        article.printed.get(at + 1))) {
                    continue;
                }
                if (open.headline == null) {
                    startsWith(article, open, at, drafts);
                } else {
                    endsWith(open, article, at);
                }
                if (open.headline == null) {
                    drafts.remove(s);
                }
                break;
            }
        }
    }

    /**
     * Whether {@code top} (over {@code below} in its column) goes on from {@code end}: at the top of the column
     * right beside it, not indented, by a space or by its box, against the line under it.
     */
    private static boolean goesOnBeside(LaidOutPage.Line end, LaidOutPage.Line top, LaidOutPage.Line below) {
        Box last = end.box();
        Box first = top.box();
        double size = first.height();
        double gutter = first.x() - (last.x() + last.width());
        char opening = top.text().charAt(0);
        return gutter > 0 && gutter < 3 * size && first.y() < last.y() && !Character.isWhitespace(opening)
                && !Character.isSpaceChar(opening) && first.x() < below.box().x() + size / 2
                && below.box().y() > first.y() && below.box().x() - first.x() < 3 * size;
    }

    /** The headless open text {@code start} opens {@code article}, whose first paragraph (at line {@code at}) goes on from it. */
    private static void startsWith(Draft article, Draft start, int at, List<Draft> drafts) {
        Draft.Entry last = start.lastParagraph();
        article.body.get(0).text = Block.join(last.text, article.body.get(0).text);
        article.body.addAll(0, start.body.subList(0, start.body.indexOf(last)));
        article.dateline = article.dateline == null ? start.dateline : article.dateline;
        for (String author : start.authors) {
            if (!article.authors.contains(author)) {
                article.authors.add(author);
            }
        }
        int from = Math.max(0, lineOpening(start.printed, start.body.get(0).text));
        List<LaidOutPage.Line> own = start.printed.subList(from, start.printed.size());
        for (Draft shared : drafts) {
            // The brief it shared its area with keeps the lines above.
            if (shared != start && shared.printed == start.printed) {
                shared.printed = start.printed.subList(0, from);
            }
        }
        // In reading order: the head, the lines under the brief, then the columns under the head.
        article.printed = concat(concat(article.printed.subList(0, at), own), article.printed.subList(at, article.printed.size()));
        article.region = article.region.isEmpty() ? article.region : concat(article.region, List.of(bounds(own)));
    }

    /** The first paragraph of {@code neighbour} (from line {@code at}) is the end of {@code open}'s last one. */
    private static void endsWith(Draft open, Draft neighbour, int at) {
        Draft.Entry first = neighbour.body.remove(0);
        open.lastParagraph().text += first.text;
        int next = neighbour.body.isEmpty() ? -1 : lineOpening(neighbour.printed, neighbour.body.get(0).text);
        int to = next > at ? next : neighbour.printed.size();
        open.printed = concat(open.printed, neighbour.printed.subList(at, to));
        neighbour.printed = concat(neighbour.printed.subList(0, at), neighbour.printed.subList(to, neighbour.printed.size()));
    }

    /** The index of the printed line a paragraph opens with, by its first letters; -1 if none. */
    private static int lineOpening(List<LaidOutPage.Line> lines, String paragraph) {
        String opening = letters(paragraph, 4);
        for (int i = 0; i < lines.size(); i++) {
            String line = letters(lines.get(i).text(), 4);
            if (line.length() == opening.length() && line.equals(opening)) {
                return i;
            }
        }
        return -1;
    }

    private static String letters(String text, int count) {
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < text.length() && letters.length() < count; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                letters.append(text.charAt(i));
            }
        }
        return letters.toString();
    }

    /** The headline of an item that is only a head (a headline, or a heading the text stages found alone). */
    private static String headOnly(Draft draft) {
        if (draft.kind != ItemKind.ARTICLE || draft.hasParagraphs() || draft.printed.isEmpty()
                || !draft.authors.isEmpty() || draft.dateline != null || draft.caption != null) {
            return null;
        }
        if (draft.headline != null) {
            return draft.body.isEmpty() ? draft.headline : null;
        }
        return draft.kicker == null && draft.body.size() == 1 ? draft.body.get(0).text : null;
    }

    private static Box bounds(List<LaidOutPage.Line> lines) {
        Box bounds = lines.get(0).box();
        for (LaidOutPage.Line line : lines) {
            bounds = bounds.union(line.box());
        }
        return bounds;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The pieces as the blocks the text stages read; a subtitle gets the dash converters keep. */
    private static List<Block> blocks(List<LaidOutPage.Piece> pieces) {
        List<Block> blocks = new ArrayList<>(pieces.size());
        for (int p = 0; p < pieces.size(); p++) {
            LaidOutPage.Piece piece = pieces.get(p);
            List<String> lines = piece.texts().stream().map(ReadingForm::of).toList();
            Block.Type type = switch (piece.role()) {
                case TITLE -> Block.Type.TITLE;
                // A kicker goes as the text stages know one: a heading with no text under it, right above the
                // headline (a column label such as 短评 shares no words with its headline to be told otherwise).
                case KICKER -> Block.Type.SECTION;
                case HEADLINE -> Block.Type.HEADLINE;
                case SUBTITLE -> {
                    if (!Segments.isSubtitle(lines.get(0))) {
                        lines = new ArrayList<>(lines);
                        lines.set(0, "——" + lines.get(0));
                    }
                    yield Block.Type.HEADLINE;
                }
                case HEADING -> Block.Type.SECTION;
                case TEXT -> Block.Type.TEXT;
            };
            Block previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (type == Block.Type.SECTION && previous != null && previous.type() == Block.Type.SECTION
                    && (Segments.isCutDateline(previous.text(), lines.get(0))
                            || goesOnInNextColumn(pieces.get(p - 1), piece))) {
                // One bold line its line or column cut: a dateline (本报漠河1月1日 / 电), or a subhead that goes on
                // at the top of the next column (一、高质量发展，迈向 / 共同现代化), as Chromium may break one.
                List<String> joined = new ArrayList<>(previous.lines());
                joined.addAll(lines);
                blocks.set(blocks.size() - 1, new Block(Block.Type.SECTION, joined));
            } else if (type == Block.Type.TEXT && previous != null && isDatelineAlone(previous)) {
                // A dateline set bold on a line of its own (it filled the line, or the line broke inside its date:
                // 本报讯 1月3 / 日，…) heads the paragraph under it, as it does when run in; the layout took it for a
                // section heading by its weight.
                List<String> joined = new ArrayList<>(previous.lines());
                joined.addAll(lines);
                blocks.set(blocks.size() - 1, new Block(Block.Type.TEXT, joined));
            } else {
                blocks.add(new Block(type, lines));
            }
        }
        return poemLinesApart(blocks);
    }

    /**
     * A poem's lines ({@link Verse}), which layout gives a block a stanza, as it gives prose a block a paragraph
     * (the signature over the first stanza with it, where no gap parts them): a paragraph a line, as the poem
     * keeps them.
     */
    private static List<Block> poemLinesApart(List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        List<Boolean> titles = new ArrayList<>();
        for (Block block : blocks) {
            // Only text runs on into a poem; a heading between stops it, and a headline may be the poem's title.
            boolean text = block.type() == Block.Type.TEXT;
            for (String line : text ? block.lines() : List.of("")) {
                lines.add(line);
                titles.add(block.type() == Block.Type.HEADLINE);
            }
        }
        boolean[] poem = Verse.poems(lines, titles::get, i -> lines.size());
        List<Block> apart = new ArrayList<>(blocks.size());
        int at = 0;
        for (Block block : blocks) {
            if (block.type() != Block.Type.TEXT) {
                apart.add(block);
                at++;
                continue;
            }
            List<String> prose = new ArrayList<>();
            for (String line : block.lines()) {
                if (poem[at++]) {
                    if (!prose.isEmpty()) {
                        apart.add(new Block(Block.Type.TEXT, prose));
                        prose = new ArrayList<>();
                    }
                    apart.add(Block.of(Block.Type.TEXT, line));
                } else {
                    prose.add(line);
                }
            }
            if (!prose.isEmpty()) {
                apart.add(new Block(Block.Type.TEXT, prose));
            }
        }
        return apart;
    }

    /**
     * Whether a subhead goes on in the piece after it: a heading in the same type that starts higher up and right
     * of where the first ended (the next column's top), the first ending no sentence.
     */
    private static boolean goesOnInNextColumn(LaidOutPage.Piece first, LaidOutPage.Piece next) {
        if (first.role() != LaidOutPage.Role.HEADING || next.role() != LaidOutPage.Role.HEADING) {
            return false;
        }
        Box end = first.lines().get(first.lines().size() - 1).box();
        Box start = next.lines().get(0).box();
        String text = String.join("", first.texts());
        String rest = next.texts().get(0);
        return start.y() < end.y() && start.x() > end.x() + end.width()
                && Math.abs(start.height() - end.height()) < end.height() * 0.1 && !Segments.finished(text)
                && !Segments.isBullet(rest.charAt(0)) && Segments.numberedHeading(rest) == 0;
    }

    private static boolean isDatelineAlone(Block block) {
        if (block.type() != Block.Type.SECTION) {
            return false;
        }
        String text = String.join("", block.lines()).strip();
        Segments.DatelineMatch dateline = Segments.dateline(text);
        return dateline != null && (dateline.end() == text.length() || block.lines().size() == 1 && !Segments.finished(text));
    }

    /** The page's items, with ids from the edition's title and date and the page's number. */
    static List<Item> items(List<Draft> drafts, String title, LocalDate date, int page) {
        List<Item> items = new ArrayList<>(drafts.size());
        int position = 0;
        for (Draft draft : drafts) {
            Item item = item(draft, ItemIds.of(title, date, page, position++, draft.headline), date);
            items.add(draft.printed.isEmpty() ? item : LineBoxes.place(item, draft.region, draft.printed, page));
        }
        return ItemAreas.squared(items, page);
    }

    private static Item item(Draft draft, String id, LocalDate date) {
        List<Section> sections = new ArrayList<>(2);
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        Integer continuedOn = draft.continuedOn();
        Draft.Entry last = draft.lastParagraph();
        for (Draft.Entry entry : draft.body) {
            if (entry.heading) {
                if (heading != null || !paragraphs.isEmpty()) {
                    sections.add(new Section(heading, paragraphs));
                }
                heading = entry.text;
                paragraphs = new ArrayList<>();
            } else {
                paragraphs.add(entry.text);
                if (!Segments.finished(entry.text) && !(entry == last && continuedOn != null)
                        && (draft.kind == ItemKind.ARTICLE || draft.kind == ItemKind.COMMENTARY
                        || draft.kind == ItemKind.BRIEF)) {
                    draft.flags.add(ItemFlag.TRUNCATED);
                }
            }
        }
        if (heading != null || !paragraphs.isEmpty()) {
            sections.add(new Section(heading, paragraphs));
        }
        if (draft.headline == null && (draft.kind == ItemKind.ARTICLE || draft.kind == ItemKind.COMMENTARY)) {
            draft.flags.add(ItemFlag.HEADLINE_MISSING);
        }
        return Item.builder().id(id).kind(draft.kind).kicker(draft.kicker).headline(draft.headline)
                .subtitle(draft.subtitle).authors(draft.authors).dateline(dateline(draft.dateline, date))
                .sections(sections).caption(draft.caption).credit(draft.credit).continuedOn(continuedOn)
                .continuedFrom(draft.continuedFrom).refersToPages(draft.refersToPages).flags(draft.flags).build();
    }

    /** The dateline with its year from the edition (a December dateline in a January paper is last year's). */
    private static Dateline dateline(Segments.DatelineMatch match, LocalDate edition) {
        if (match == null) {
            return null;
        }
        LocalDate filed = null;
        if (match.month() > 0 && edition != null) {
            int year = match.month() > edition.getMonthValue() + 1 ? edition.getYear() - 1 : edition.getYear();
            try {
                filed = LocalDate.of(year, match.month(), match.day());
            } catch (java.time.DateTimeException e) {
                filed = null;
            }
        }
        return new Dateline(match.source(), match.place(), filed);
    }
}
