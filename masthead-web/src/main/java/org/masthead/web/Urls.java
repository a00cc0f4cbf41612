package org.masthead.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.masthead.archive.Slugs;

/** The reader's URL design in one place: every link the pages make is built here. */
public final class Urls {

    private Urls() {
    }

    public static String home() {
        return "/";
    }

    public static String title(String slug) {
        return "/" + slug + "/";
    }

    /** The title's latest edition (a redirect, so the link never goes stale). */
    public static String latest(String slug) {
        return title(slug) + "latest";
    }

    public static String month(String slug, int year, int month) {
        return String.format(Locale.ROOT, "/%s/%04d/%02d", slug, year, month);
    }

    public static String edition(String slug, LocalDate date) {
        return "/" + slug + "/" + date;
    }

    public static String page(String slug, LocalDate date, int page) {
        return edition(slug, date) + "/" + page;
    }

    /** A page with a search phrase marked on it (on its image, when it has one). */
    public static String page(String slug, LocalDate date, int page, String highlight) {
        return highlight == null || highlight.isBlank() ? page(slug, date, page)
                : page(slug, date, page) + "?hl=" + encode(highlight);
    }

    /** The page's reader image (JPEG, 1600 px wide), for a page printed from a PDF. */
    public static String pageImage(String slug, LocalDate date, int page) {
        return page(slug, date, page) + "/image.jpg";
    }

    /** The page's thumbnail (JPEG, 200 px wide). */
    public static String pageThumbnail(String slug, LocalDate date, int page) {
        return page(slug, date, page) + "/thumbnail.jpg";
    }

    /** The original PDF the page was read from, as a download. */
    public static String pagePdf(String slug, LocalDate date, int page) {
        return page(slug, date, page) + "/page.pdf";
    }

    /** The curators' findings of an edition (masthead check and the parser's warnings), kept off the reader's pages. */
    public static String findings(String slug, LocalDate date) {
        return edition(slug, date) + "/findings";
    }

    public static String article(String id) {
        return "/articles/" + encode(id);
    }

    /** An article view with a search phrase highlighted in it. */
    public static String article(String id, String highlight) {
        return highlight == null || highlight.isBlank() ? article(id) : article(id) + "?hl=" + encode(highlight);
    }

    /** The edition's IIIF Presentation 3 manifest (docs/iiif.md). */
    public static String manifest(String slug, LocalDate date) {
        return org.masthead.iiif.IiifLinks.of("").manifest(slug, date);
    }

    public static String feed(String slug) {
        return "/" + slug + "/feed.atom";
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Whether a string can be a title slug: the archive's one rule ({@link Slugs}), which also keeps the
     * reader's and API's first path segments from every slug it mints.
     */
    public static boolean isSlug(String value) {
        return Slugs.isSlug(value);
    }
}
