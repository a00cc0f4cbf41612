package org.masthead.archive;

/**
 * A newspaper title held in the archive.
 *
 * @param slug      stable URL slug (jiefangjunbao)
 * @param name      the title as printed (解放军报)
 * @param serial    国内统一连续出版物号 or ISSN, when known
 * @param publisher the publisher, when known
 * @param pageCount the usual page count, when known
 * @param frequency how often it appears (daily, weekly), when known
 */
public record Title(String slug, String name, String serial, String publisher, Integer pageCount, String frequency) {

    /** True unless the title is known to appear less often than daily. */
    boolean daily() {
        return frequency == null || frequency.equals("daily");
    }

    /** Pinyin initials of a title's name (解放军报 → jfjb), as page files are often prefixed. */
    public static String initials(String name) {
        return Slugs.initials(name);
    }
}
