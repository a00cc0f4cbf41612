package org.masthead.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Masthead;
import org.masthead.model.Page;
import org.masthead.model.Warning;

/**
 * Builds one edition from its source files: each file's format is detected and read ({@link Formats}), each
 * page of text goes through the parse chain ({@link PageParser}), then the edition is assembled here: its
 * masthead, page numbers and item ids. Thread-safe.
 */
public final class EditionParser {

    /**
     * The edition, and which pages each source gave.
     *
     * @param edition     the edition
     * @param pagesBySource for each source, in the order given, the numbers of the pages it gave
     */
    public record Reading(Edition edition, List<List<Integer>> pagesBySource) {
    }

    /** Parses the given source files, all of one edition, into that edition. */
    public Edition parse(List<PageSource> sources, ParseOptions options) throws UnusableInputException {
        return read(sources, options).edition();
    }

    /** Parses the given source files, all of one edition, saying which pages came from which file. */
    public Reading read(List<PageSource> sources, ParseOptions options) throws UnusableInputException {
        Set<Warning> warnings = new LinkedHashSet<>();
        List<PageParser.ParsedPage> read = new ArrayList<>(sources.size());
        List<Integer> sourceOf = new ArrayList<>(sources.size());
        List<Integer> pagesIn = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            List<SourcePage> pages = Formats.read(sources.get(i));
            for (SourcePage page : pages) {
                read.add(PageParser.read(page, warnings::add));
                sourceOf.add(i);
            }
            pagesIn.add(pages.size());
        }
        Masthead front = Masthead.NONE;
        for (PageParser.ParsedPage page : read) {
            if (page.head().isFrontPage()) {
                front = page.head().masthead();
                break;
            }
        }
        String title = options.title();
        LocalDate date = null;
        Integer weekday = null;
        for (PageParser.ParsedPage page : read) {
            Masthead head = page.head().masthead();
            title = title != null ? title : head.title();
            if (head.date() != null) {
                if (date != null && !date.equals(head.date())) {
                    warnings.add(new Warning("edition-mismatch", page.source() + " is dated " + head.date()
                            + ", other pages " + date));
                }
                date = date == null ? head.date() : date;
            }
            weekday = weekday == null ? head.weekday() : weekday;
            check(head, page.source(), warnings);
        }
        Integer frontWeekday = front.weekday() != null ? front.weekday() : weekday;
        List<List<Integer>> pagesBySource = new ArrayList<>();
        sources.forEach(s -> pagesBySource.add(new ArrayList<>()));
        List<Page> pages = new ArrayList<>(read.size());
        Set<Integer> used = new LinkedHashSet<>();
        boolean onePage = read.size() == 1;
        for (int i = 0; i < read.size(); i++) {
            PageParser.ParsedPage page = read.get(i);
            int number = number(page, onePage ? options.page() : null, pagesIn.get(sourceOf.get(i)) == 1, used,
                    warnings);
            if (!used.add(number)) {
                warnings.add(new Warning("duplicate-page", page.source() + " is page " + number
                        + ", which another file of this edition already is"));
            }
            if (front.pageCount() != null && number > front.pageCount()) {
                warnings.add(new Warning("page-beyond-count", page.source() + " is page " + number
                        + " but the masthead announces " + front.pageCount() + " pages"));
            }
            pages.add(page(page, number, title, date));
            pagesBySource.get(sourceOf.get(i)).add(number);
        }
        pages.sort(Comparator.comparingInt(Page::number));
        Masthead masthead = front.toBuilder().title(title).date(date).weekday(frontWeekday).build();
        return new Reading(new Edition(masthead, List.copyOf(warnings), pages),
                pagesBySource.stream().map(List::copyOf).toList());
    }

    /** The page, numbered, its items with ids: from the chain's drafts, or as its format made them. */
    private static Page page(PageParser.ParsedPage page, int number, String title, LocalDate date) {
        if (page.made() == null) {
            return new Page(number, page.head().pageName(), page.editors(),
                    PageParser.items(page.drafts(), title, date, number)).withGeometry(page.size(), null);
        }
        List<Item> items = new ArrayList<>(page.made().items().size());
        int position = 0;
        for (Item item : page.made().items()) {
            items.add(item.id() != null ? item : item.withId(ItemIds.of(title, date, number, position, item.headline())));
            position++;
        }
        return page.made().withNumber(number).withItems(items);
    }

    /** The printed weekday and lunar date against the printed date: mismatches reveal conversion errors. */
    private static void check(Masthead head, String source, Set<Warning> warnings) {
        LocalDate date = head.date();
        if (date == null) {
            return;
        }
        if (head.weekday() != null && head.weekday() != date.getDayOfWeek().getValue()) {
            warnings.add(new Warning("weekday-mismatch", source + ": the masthead prints weekday " + head.weekday()
                    + " but " + date + " is weekday " + date.getDayOfWeek().getValue()));
        }
        if (head.lunarDate() != null && !LunarCalendar.matches(head.lunarDate(), date)) {
            warnings.add(new Warning("lunar-date-mismatch", source + ": the masthead prints the lunar date "
                    + head.lunarDate() + " but " + date + " is " + LunarCalendar.of(date).printed()));
        }
    }

    /**
     * The rule for a page's number: --page, else the page's own header, else the file name
     * ({@link PageNumbers}, for a file of one page), else 1 for a page with the masthead, else the lowest
     * free number with a warning.
     */
    private static int number(PageParser.ParsedPage page, Integer given, boolean onlyPageOfFile, Set<Integer> used,
            Set<Warning> warnings) {
        if (given != null) {
            return given;
        }
        if (page.head().pageNumber() != null) {
            return page.head().pageNumber();
        }
        Integer named = onlyPageOfFile ? PageNumbers.inFileName(page.source()) : null;
        if (named != null) {
            return named;
        }
        if (page.head().isFrontPage()) {
            return 1; // a second front page is reported as a duplicate, not renumbered
        }
        int next = 1;
        while (used.contains(next)) {
            next++;
        }
        warnings.add(new Warning("page-number-unknown", page.source() + " prints no page number; taken as page "
                + next));
        return next;
    }
}
