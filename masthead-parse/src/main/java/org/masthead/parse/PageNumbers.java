package org.masthead.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for what a page file's name says about its page: {@code jfjb-2025-06-19-p03.md},
 * {@code …-pg03.md}, {@code …_page_3.txt}, {@code page-3.md}, {@code 第3版.txt}, {@code 03.md}, {@code renmrb_03.txt}
 * and {@code p12.md} are page 3, 3, 3, 3, 3, 3, 3 and 12, and
 * the files of one edition share the rest of the name ({@code jfjb-2025-06-19}). The parser falls back on it
 * when neither {@code --page} nor the page's own header gives the number; the archive groups files by it.
 */
public final class PageNumbers {
    /**
     * The page part: p/pg/page/第 and 1–3 digits, between separators (or after the date's digits), 版 allowed; or a
     * name that is the number alone (04.md; not a scan's sequence number, 0011.xml); or the number that ends a name
     * after an underscore and letters, or a separator and a whole date, as e-paper sites and archives name their
     * pages (renmrb_04, 20191022_04, 2019-10-22-04; never the day of 2019_10_22 or 2019-10-22).
     */
    private static final Pattern PAGE_PART = Pattern.compile(
            "(?:^|[-_.\\s]|(?<=\\d))(?:page|pg|p|第)[-_ ]?0*(\\d{1,3})版?(?=[-_.\\s]|$)"
                    + "|^0?(\\d{1,2})$|(?:(?<=[a-z])(?<!page|pg)_|(?<=(?<!\\d)\\d{8})[-_]|(?<=(?<!\\d)\\d{4}-\\d{2}-\\d{2})[-_])"
                    + "0*(\\d{1,2})$",
            Pattern.CASE_INSENSITIVE);

    /** Separators left at either end of the name once its page part is cut out. */
    private static final Pattern SEPARATORS_AROUND = Pattern.compile("^[-_.\\s]+|[-_.\\s]+$");

    private PageNumbers() {
    }

    /** The page number the file name gives (its last page part), or null. */
    public static Integer inFileName(String path) {
        Matcher m = last(stem(path));
        return m == null ? null : Integer.valueOf(m.group(m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3));
    }

    /**
     * The file name without folder, extension and page part, in lower case: what the files of one edition
     * share. Empty when nothing is left (a file named {@code p03.md}).
     */
    public static String editionKey(String path) {
        String stem = stem(path);
        Matcher m = last(stem);
        String key = m == null ? stem : stem.substring(0, m.start()) + stem.substring(m.end());
        return SEPARATORS_AROUND.matcher(key).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String stem(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Matcher last(String stem) {
        Matcher m = PAGE_PART.matcher(stem);
        int start = -1;
        int from = 0;
        while (from <= stem.length() && m.find(from)) {
            start = m.start();
            from = m.start() + 1;
        }
        return start >= 0 && m.find(start) ? m : null;
    }
}
