package org.masthead.bench.corpus;

import java.time.LocalDate;

/**
 * What to generate: one title's editions for each day from {@code from} to {@code to}, both included.
 *
 * @param title     the paper
 * @param from      first day
 * @param to        last day
 * @param seed      the seed; each edition's randomness derives from it and the date alone
 * @param minPages  fewest pages a day
 * @param maxPages  most pages a day
 * @param converter the converter the page files imitate, or the real one run on printed pages
 * @param damage    the damage done to them
 */
public record CorpusSpec(Title title, LocalDate from, LocalDate to, long seed, int minPages, int maxPages,
        Converter converter, Damage damage) {

    /** Most pages a day accepted: a daily has tens, not hundreds, and page numbers are printed in Chinese. */
    public static final int MAX_PAGES = 64;

    public CorpusSpec {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the last day " + to + " is before the first day " + from);
        }
        if (minPages < 1 || maxPages < minPages || maxPages > MAX_PAGES) {
            throw new IllegalArgumentException("pages per day must be between 1 and " + MAX_PAGES
                    + " with the minimum not above the maximum, not " + minPages + "-" + maxPages);
        }
        if (converter.printed() && damage != Damage.NONE) {
            throw new IllegalArgumentException("the " + converter.label + " route takes no imitated damage (the real "
                    + "converter does the damage): use damage none, not " + damage.level());
        }
        if (from.isBefore(title.firstIssueDate())) {
            throw new IllegalArgumentException(from + " is before issue 1 of " + title.name() + " ("
                    + title.firstIssueDate() + ")");
        }
    }
}
