package org.masthead.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.masthead.model.Article;
import org.masthead.model.Edition;
import org.masthead.model.Warning;

/**
 * What the reader and the API need from the archive and the search index, in the newspaper's terms. The web
 * module is written against this port only; {@code ArchiveNewsstand} implements it over the real archive.
 * Implementations are thread-safe; "not held" is an empty result, never an exception.
 */
public interface Newsstand {

    /** The titles held, by name. */
    List<TitleSummary> titles();

    /** One title, when held. */
    default Optional<TitleSummary> title(String slug) {
        return titles().stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** The editions of a title in one year, or in one month of it when {@code month} is given, by date. */
    List<EditionSummary> editions(String slug, int year, Integer month);

    /** The nearest edition before ({@code forward} false) or after the given date. */
    Optional<LocalDate> adjacentEdition(String slug, LocalDate date, boolean forward);

    /** One edition as stored. */
    Optional<Edition> edition(String slug, LocalDate date);

    /** When the edition as held last changed (its newest current page was ingested), when known. */
    Optional<Instant> modified(String slug, LocalDate date);

    /** The logical articles of one edition (items joined across jumps), in reading order. */
    List<Article> articles(String slug, LocalDate date);

    /** One logical article by its id (the id of its first part). */
    Optional<Article> article(String id);

    /**
     * Where an id handed out once, whose item no current page holds, last stood; empty for a current id or
     * one never given (ids resolve for ever: docs/ids.md).
     */
    Optional<org.masthead.archive.RetiredItem> retired(String id);

    /** What {@code masthead check} found wrong with one edition (beyond the parser's own warnings). */
    List<Warning> findings(String slug, LocalDate date);

    /**
     * The stored image of a page printed from a PDF ({@link org.masthead.archive.PageImages}): the reader image or
     * the thumbnail, once rendered; empty for pages read from text.
     */
    default Optional<java.nio.file.Path> pageImage(String slug, LocalDate date, int page,
            org.masthead.archive.PageImages.Size size) {
        return Optional.empty();
    }

    /** Where a page read from a PDF was printed: its original, its place in it, its size; empty for text input. */
    default Optional<org.masthead.archive.PageImages.Printed> printed(String slug, LocalDate date, int page) {
        return Optional.empty();
    }

    /**
     * The page's IIIF level 0 tile tree ({@link org.masthead.iiif.ImageTiles}, docs/iiif.md), cut on the first
     * call and kept; empty for a page read from text.
     */
    default Optional<java.nio.file.Path> pageTiles(String slug, LocalDate date, int page) throws java.io.IOException {
        return Optional.empty();
    }

    /** The original PDF a page was read from (a page's own file, or its edition's), as the archive keeps it. */
    default Optional<java.nio.file.Path> pagePdf(String slug, LocalDate date, int page) {
        return Optional.empty();
    }

    /** Full-text search over logical articles; throws {@link BadQueryException} for a query it cannot run. */
    SearchResults search(SearchQuery query);

    /** How many articles match a query per period. */
    Trend trend(SearchQuery query, Trend.Interval interval);
}
