package org.masthead.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of search hits with facet counts over all hits.
 *
 * @param total  how many articles match
 * @param start  offset of the first hit
 * @param hits   the hits of this page
 * @param facets facet name (title, kind, year, page) to values with counts, most frequent first
 */
public record SearchResults(long total, int start, List<Hit> hits, Map<String, List<FacetValue>> facets) {

    /**
     * One matching article.
     *
     * @param id        the logical article's id
     * @param title     title slug
     * @param titleName title as printed
     * @param date      edition date
     * @param pages     pages the article stands on
     * @param kind      item kind
     * @param headline  headline (may be null for a photo)
     * @param snippet   a safe HTML fragment: text escaped, matches wrapped in {@code <mark>}
     */
    public record Hit(String id, String title, String titleName, LocalDate date, List<Integer> pages, String kind,
                      String headline, String label, String snippet) {
    }

    /** One facet value and how many hits carry it. */
    public record FacetValue(String value, long count) {
    }
}
