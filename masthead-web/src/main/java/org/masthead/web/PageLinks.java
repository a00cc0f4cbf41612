package org.masthead.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbered result pages for a search: the first and last page, and two either side of the current one, with
 * gaps between ("1 … 4 5 [6] 7 8 … 86"). Pages beyond the deepest start a search serves are not offered.
 *
 * @param number 1-based page number (0 for a gap)
 * @param start  the first hit of the page
 * @param current whether it is the page shown
 */
public record PageLinks(int number, int start, boolean current) {
    private static final int AROUND = 2;

    /** Whether this entry stands for pages left out. */
    public boolean gap() {
        return number == 0;
    }

    /** The entries for a search showing {@code rows} hits from {@code start} out of {@code total}. */
    public static List<PageLinks> around(int start, int rows, long total) {
        int pages = (int) Math.min((total + rows - 1) / rows, Params.MAX_START / rows + 1);
        int current = start / rows + 1;
        List<PageLinks> links = new ArrayList<>();
        if (pages <= 1) {
            return links;
        }
        int last = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - current) <= AROUND) {
                if (last != 0 && n > last + 1) {
                    links.add(new PageLinks(0, 0, false));
                }
                links.add(new PageLinks(n, (n - 1) * rows, n == current));
                last = n;
            }
        }
        return links;
    }
}
