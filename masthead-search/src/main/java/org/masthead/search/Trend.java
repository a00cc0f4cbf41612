package org.masthead.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;

/**
 * How often a query matches over time: per month or year, the matching articles, all articles, and
 * matches per 1,000 articles (so that a thin or a fat year does not look like a trend).
 *
 * @param query  the query as typed
 * @param period month or year
 * @param points one per period from the first to the last with articles, gaps filled with zeros
 */
@JsonPropertyOrder({"query", "period", "points"})
public record Trend(String query, Period period, List<Point> points) {

    /** How long one point of the series is. */
    public enum Period { MONTH, YEAR }

    public Trend {
        points = List.copyOf(points);
    }

    /**
     * @param period      2025-06 or 2025
     * @param count       articles matching the query
     * @param articles    all articles in the period (with the same filters)
     * @param perThousand count per 1,000 articles, 0 for a period without articles
     */
    @JsonPropertyOrder({"period", "count", "articles", "perThousand"})
    public record Point(String period, long count, long articles, double perThousand) {
    }

    /** The series as CSV with a header line: period,count,articles,per_thousand. */
    public String csv() {
        StringBuilder out = new StringBuilder("period,count,articles,per_thousand\n");
        for (Point p : points) {
            out.append(p.period()).append(',').append(p.count()).append(',').append(p.articles()).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", p.perThousand())).append('\n');
        }
        return out.toString();
    }
}
