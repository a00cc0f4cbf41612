package org.masthead.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What to search: a query in the {@link UserQuery} language plus filters, sort and paging.
 *
 * @param query   the query as typed (blank = every article)
 * @param from    first edition date, or null
 * @param to      last edition date, or null
 * @param titles  newspaper titles (slug or printed name), any of them; empty = all
 * @param kinds   item kinds (article, commentary, photo, teaser, brief), any of them; empty = all
 * @param pages   page numbers, any of them; empty = all
 * @param authors authors (exact byline), any of them; empty = all
 * @param sort    relevance or date
 * @param start   offset of the first hit, from 0
 * @param rows    hits per page, capped at {@link #MAX_ROWS}
 * @param facets  whether to count facets
 */
public record SearchRequest(
        String query,
        LocalDate from,
        LocalDate to,
        List<String> titles,
        List<String> kinds,
        List<Integer> pages,
        List<String> authors,
        Sort sort,
        int start,
        int rows,
        boolean facets) {

    public static final int MAX_ROWS = 100;
    public static final int MAX_START = 10_000;

    /** How hits are ordered. */
    public enum Sort {
        /** Best match first; equal scores newest first. */
        RELEVANCE,
        /** Newest edition first. */
        DATE,
        /** Oldest edition first. */
        DATE_ASC
    }

    public SearchRequest {
        titles = titles == null ? List.of() : List.copyOf(titles);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        pages = pages == null ? List.of() : List.copyOf(pages);
        authors = authors == null ? List.of() : List.copyOf(authors);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (start < 0 || start > MAX_START) {
            throw new SearchException("start must be between 0 and " + MAX_START + ", not " + start);
        }
        if (rows < 0) {
            throw new SearchException("rows must not be negative");
        }
        rows = Math.min(rows, MAX_ROWS);
        if (from != null && to != null && to.isBefore(from)) {
            throw new SearchException("date range ends before it starts: " + from + " > " + to);
        }
    }

    /** The first page (10 hits, relevance, with facets) for a query. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, Sort.RELEVANCE, 0, 10, true);
    }

    public SearchRequest withDates(LocalDate from, LocalDate to) {
        return new SearchRequest(query, from, to, titles, kinds, pages, authors, sort, start, rows, facets);
    }

    public SearchRequest withTitles(List<String> titles) {
        return new SearchRequest(query, from, to, titles, kinds, pages, authors, sort, start, rows, facets);
    }

    public SearchRequest withKinds(List<String> kinds) {
        return new SearchRequest(query, from, to, titles, kinds, pages, authors, sort, start, rows, facets);
    }

    public SearchRequest withPages(List<Integer> pages) {
        return new SearchRequest(query, from, to, titles, kinds, pages, authors, sort, start, rows, facets);
    }

    public SearchRequest withAuthors(List<String> authors) {
        return new SearchRequest(query, from, to, titles, kinds, pages, authors, sort, start, rows, facets);
    }

    public SearchRequest withSort(Sort sort) {
        return new SearchRequest(query, from, to, titles, kinds, pages, authors, sort, start, rows, facets);
    }

    public SearchRequest withPage(int start, int rows) {
        return new SearchRequest(query, from, to, titles, kinds, pages, authors, sort, start, rows, facets);
    }

    public SearchRequest withFacets(boolean facets) {
        return new SearchRequest(query, from, to, titles, kinds, pages, authors, sort, start, rows, facets);
    }
}
