package org.masthead.bench.corpus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * What a masthead prints besides the date: the paper's name, web site, publisher, serial numbers, and
 * the anchor from which issue numbers count (one more per published day; this generator's papers
 * appear daily). 解放军报 carries its real data (from the shared sample page); any other name gets
 * plausible values derived from the name, so the same name always gives the same masthead.
 *
 * @param name        the title as printed (解放军报)
 * @param slug        file-name prefix, the pinyin initials (jfjb)
 * @param siteName    the web site's name printed before its address, or null
 * @param website     the web address, or null
 * @param publisher   the publisher (解放军报社)
 * @param serial      the serial number (CN 81-0001/(J))
 * @param postalCode  邮发代号
 * @param anchorDate  a date whose issue number is known
 * @param anchorIssue that date's issue number
 */
public record Title(String name, String slug, String siteName, String website, String publisher, String serial,
        String postalCode, LocalDate anchorDate, int anchorIssue) {

    private static final LocalDate ANCHOR = LocalDate.of(2025, 6, 19);

    public static Title of(String name) {
        String slug = slugOf(name);
        if (name.equals("解放军报")) {
            return new Title(name, slug, "中国军网", "http://www.81.cn", "解放军报社", "CN 81-0001/(J)", "1-26",
                    ANCHOR, 24632);
        }
        int hash = name.hashCode() & 0x7fffffff;
        return new Title(name, slug, null, null, name + "社", String.format(Locale.ROOT, "CN %02d-%04d",
                11 + hash % 54, hash % 9000 + 10), "1-" + (hash % 98 + 2), ANCHOR, 20000 + hash % 10000);
    }

    /** The issue number printed on the given day. */
    public int issueOn(LocalDate date) {
        return Math.toIntExact(anchorIssue + ChronoUnit.DAYS.between(anchorDate, date));
    }

    /** The first day with a positive issue number. */
    public LocalDate firstIssueDate() {
        return anchorDate.minusDays(anchorIssue - 1L);
    }

    /**
     * The pinyin line under the title, as mastheads print it: the name without tones, in capitals, the
     * paper's word apart (解放军报 → JIEFANGJUN BAO, 人民日报 → RENMIN RIBAO).
     */
    public String pinyin() {
        String head = name.endsWith("日报") ? name.substring(0, name.length() - 2) : name.endsWith("报")
                ? name.substring(0, name.length() - 1) : name;
        String tail = name.substring(head.length());
        return (latin(head) + (tail.isEmpty() ? "" : " " + latin(tail))).strip();
    }

    private static String latin(String han) {
        synchronized (PINYIN) {
            return PINYIN.transliterate(han).replace(" ", "").toUpperCase(Locale.ROOT);
        }
    }

    private static final com.ibm.icu.text.Transliterator PINYIN =
            com.ibm.icu.text.Transliterator.getInstance("Han-Latin; Latin-ASCII");

    /** The file-name prefix: the pinyin initials the archive itself recognises (解放军报 → jfjb). */
    private static String slugOf(String name) {
        String initials = org.masthead.archive.Title.initials(name);
        return initials.isEmpty() ? "paper" : initials;
    }
}
