package org.masthead.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.model.Edition;
import org.masthead.model.Masthead;
import org.masthead.model.Page;
import org.masthead.model.Warning;

/** Builds one edition from the converter text of its page files. Thread-safe. */
public final class EditionParser {
    /** …-p03.md, page_3.txt, p12.md */
    private static final Pattern FILE_PAGE = Pattern.compile("(?:^|[-_.\\s])(?:p|page|pg)_?0*(\\d{1,3})(?=[-_.]|$)",
            Pattern.CASE_INSENSITIVE);

    /** Parses the given page files, all of one edition, into that edition. */
    public Edition parse(List<PageSource> sources, ParseOptions options) throws UnusableInputException {
        Set<Warning> warnings = new LinkedHashSet<>();
        List<PageParser.ParsedPage> read = new ArrayList<>(sources.size());
        for (PageSource source : sources) {
            read.add(PageParser.read(source, warnings::add));
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
        List<Page> pages = pages(read, options, title, date, warnings, front.pageCount());
        Masthead masthead = front.toBuilder().title(title).date(date).weekday(frontWeekday).build();
        return new Edition(masthead, List.copyOf(warnings), pages);
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

    private static List<Page> pages(List<PageParser.ParsedPage> read, ParseOptions options, String title,
            LocalDate date, Set<Warning> warnings, Integer pageCount) {
        List<Page> pages = new ArrayList<>(read.size());
        Set<Integer> used = new LinkedHashSet<>();
        for (PageParser.ParsedPage page : read) {
            int number = number(page, options, used, warnings);
            if (!used.add(number)) {
                warnings.add(new Warning("duplicate-page", page.source() + " is page " + number
                        + ", which another file of this edition already is"));
            }
            if (pageCount != null && number > pageCount) {
                warnings.add(new Warning("page-beyond-count", page.source() + " is page " + number
                        + " but the masthead announces " + pageCount + " pages"));
            }
            pages.add(new Page(number, page.head().pageName(), page.editors(),
                    PageParser.items(page.drafts(), title, date, number)));
        }
        pages.sort(Comparator.comparingInt(Page::number));
        return pages;
    }

    /** --page, else the page's own header, else the file name, else 1 for a page with the masthead. */
    private static int number(PageParser.ParsedPage page, ParseOptions options, Set<Integer> used,
            Set<Warning> warnings) {
        if (options.page() != null) {
            return options.page();
        }
        if (page.head().pageNumber() != null) {
            return page.head().pageNumber();
        }
        String name = page.source();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        Matcher m = FILE_PAGE.matcher(name.substring(slash + 1));
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        if (page.head().isFrontPage()) {
            return 1; // a second front page is reported as a duplicate, not renumbered
        }
        int next = 1;
        while (used.contains(next)) {
            next++;
        }
        warnings.add(new Warning("page-number-unknown", name + " prints no page number; taken as page " + next));
        return next;
    }
}
