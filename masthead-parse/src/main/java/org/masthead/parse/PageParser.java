package org.masthead.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.masthead.model.Dateline;
import org.masthead.model.Item;
import org.masthead.model.ItemFlag;
import org.masthead.model.ItemKind;
import org.masthead.model.Section;
import org.masthead.model.Warning;

/** The stages for one page file, in order: decode, read blocks, masthead, furniture, items, repairs. */
final class PageParser {

    /** One page as read, before the edition decides its number and ids. */
    record ParsedPage(String source, PageHead head, List<String> editors, List<Draft> drafts) {
    }

    private PageParser() {
    }

    /**
     * The most lines a page file may have. A real page has a few hundred; the limit bounds the blocks, items
     * and memory one file can cost (a page of a million one-character headings needed 2.9 GB).
     */
    static final int MAX_LINES = 50_000;

    static ParsedPage read(PageSource source, Consumer<Warning> warnings) throws UnusableInputException {
        String text = TextDecoder.decode(source);
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        if (lines > MAX_LINES) {
            throw new UnusableInputException(source.name(), "has " + lines + " lines, over the limit of " + MAX_LINES
                    + " for a page");
        }
        List<Block> blocks = PageReader.forText(text).read(text);
        MastheadReader.Result head = MastheadReader.read(blocks, warnings);
        List<String> editors = new ArrayList<>(4);
        List<Block> body = Furniture.remove(blocks.subList(head.blocksUsed(), blocks.size()),
                head.head().masthead().title(), editors);
        List<Draft> drafts = ItemSegmenter.segment(body);
        ColumnBreaks.repair(drafts);
        ReadingOrder.repair(drafts);
        return new ParsedPage(source.name(), head.head(), editors, drafts);
    }

    /** The page's items, with ids from the edition's title and date and the page's number. */
    static List<Item> items(List<Draft> drafts, String title, LocalDate date, int page) {
        List<Item> items = new ArrayList<>(drafts.size());
        int position = 0;
        for (Draft draft : drafts) {
            ItemSegmenter.classify(draft);
            items.add(item(draft, ItemIds.of(title, date, page, position++, draft.headline), date));
        }
        return items;
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
