package org.masthead.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of results: the JSON shape of {@code masthead search --json} and of the web API.
 *
 * @param total  how many articles match in all
 * @param hits   this page's hits in order
 * @param facets per facet (title, year, month, page, kind, author): value → count, largest first
 */
@JsonPropertyOrder({"total", "hits", "facets"})
public record SearchResult(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : facets;
    }

    /**
     * One matching article.
     *
     * @param id        the logical article's id
     * @param title     the newspaper title's slug
     * @param titleName the title as printed
     * @param date      edition date
     * @param pages     the pages the article stands on
     * @param kind      item kind
     * @param headline  headline (may be null for photos and briefs)
     * @param label     what the article is called everywhere (org.masthead.model.Label): the headline, else first words
     * @param snippet   a passage of the body, HTML-escaped, matches marked with &lt;em&gt;…&lt;/em&gt;
     */
    @JsonPropertyOrder({"id", "title", "titleName", "date", "pages", "kind", "headline", "label", "snippet"})
    public record Hit(String id, String title, String titleName, LocalDate date, List<Integer> pages, String kind,
                      String headline, String label, String snippet) {
        public Hit {
            pages = pages == null ? List.of() : List.copyOf(pages);
        }
    }
}
