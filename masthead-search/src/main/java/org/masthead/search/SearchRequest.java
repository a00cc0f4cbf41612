package org.masthead.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
 * @param facets  which facets to count over all hits (none = empty); each costs a pass over the hits
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
        Set<Facet> facets) {

    public static final int MAX_ROWS = 100;
    public static final int MAX_START = 10_000;

    /** What hits can be counted by. */
    public enum Facet {
        TITLE, YEAR,
        /** Every month with hits, in time order: a search's trend without a second pass over its hits. */
        MONTH, PAGE, KIND, AUTHOR;

        /** The facet's name in results. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

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
        facets = facets == null || facets.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(facets));
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
        return new SearchRequest(query, null, null, null, null, null, null, Sort.RELEVANCE, 0, 10,
                EnumSet.allOf(Facet.class));
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

    /** All facets, or none. */
    public SearchRequest withFacets(boolean all) {
        return withFacets(all ? EnumSet.allOf(Facet.class) : Set.of());
    }

    public SearchRequest withFacets(Set<Facet> facets) {
        return new SearchRequest(query, from, to, titles, kinds, pages, authors, sort, start, rows, facets);
    }

    /** The same filters without a query, paging, sort or facets: every article they let through. */
    public SearchRequest filters() {
        return new SearchRequest("", from, to, titles, kinds, pages, authors, Sort.RELEVANCE, 0, 0, Set.of());
    }
}
