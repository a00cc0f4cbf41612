package org.masthead.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A full-text search over logical articles. Filters left null are not applied.
 *
 * @param q     the words or phrase; Chinese matches as substrings
 * @param title only this title (slug)
 * @param from  only editions on or after this date
 * @param to    only editions on or before this date
 * @param page  only articles standing on this page number
 * @param kind  only this item kind (article, commentary, photo, teaser, brief)
 * @param sort  order of hits
 * @param start offset of the first hit returned
 * @param rows  how many hits to return
 */
public record SearchQuery(String q, String title, LocalDate from, LocalDate to, Integer page, String kind, Sort sort,
                          int start, int rows) {

    public SearchQuery withStart(int newStart) {
        return new SearchQuery(q, title, from, to, page, kind, sort, newStart, rows);
    }

    /** The same search without sort or paging: what decides which articles match. */
    public SearchQuery matching() {
        return new SearchQuery(q, title, from, to, page, kind, Sort.RELEVANCE, 0, 0);
    }

    /** The same search narrowed by a facet value (title, kind, year or page), from the first hit. */
    public SearchQuery narrowed(String facet, String value) {
        return switch (facet) {
            case "title" -> new SearchQuery(q, value, from, to, page, kind, sort, 0, rows);
            case "kind" -> new SearchQuery(q, title, from, to, page, value, sort, 0, rows);
            case "page" -> new SearchQuery(q, title, from, to, Integer.valueOf(value), kind, sort, 0, rows);
            case "year" -> new SearchQuery(q, title, LocalDate.of(Integer.parseInt(value), 1, 1),
                    LocalDate.of(Integer.parseInt(value), 12, 31), page, kind, sort, 0, rows);
            default -> throw new IllegalArgumentException("no facet " + facet);
        };
    }

    /** The search page URL that runs this search. */
    public String url() {
        StringBuilder url = new StringBuilder("/search?q=").append(Urls.encode(q));
        append(url, "title", title);
        append(url, "from", from);
        append(url, "to", to);
        append(url, "page", page);
        append(url, "kind", kind);
        append(url, "sort", sort == Sort.RELEVANCE ? null : sort.json());
        append(url, "start", start == 0 ? null : start);
        return url.toString();
    }

    /** The API URL of this search's trend (same filters) in the given period. */
    public String trendUrl(Trend.Interval interval) {
        return "/api/trends" + url().substring("/search".length()) + "&interval=" + interval.json();
    }

    private static void append(StringBuilder url, String name, Object value) {
        if (value != null) {
            url.append('&').append(name).append('=').append(Urls.encode(value.toString()));
        }
    }

    /** Orders of hits: best match first, newest first, oldest first. */
    public enum Sort {
        RELEVANCE, NEWEST, OLDEST;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
