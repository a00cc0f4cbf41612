package org.masthead.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How often a query matches over time: per day, month or year, the matching articles, all articles, and
 * matches per 1,000 articles (so that a thin or a fat year does not look like a trend).
 *
 * @param query  the query as typed
 * @param period day, month or year
 * @param points one per period from the first to the last with articles, gaps filled with zeros
 */
@JsonPropertyOrder({"query", "period", "points"})
public record Trend(String query, Period period, List<Point> points) {

    /** How long one point of the series is. */
    public enum Period { DAY, MONTH, YEAR }

    public Trend {
        points = List.copyOf(points);
    }

    /**
     * @param period      2025-06-19, 2025-06 or 2025
     * @param count       articles matching the query
     * @param articles    all articles in the period (with the same filters)
     * @param perThousand count per 1,000 articles, 0 for a period without articles
     */
    @JsonPropertyOrder({"period", "count", "articles", "perThousand"})
    public record Point(String period, long count, long articles, double perThousand) {

        /** A point with its rate worked out: count per 1,000 articles, 0 when the period has none. */
        public static Point of(String period, long count, long articles) {
            return new Point(period, count, articles, articles == 0 ? 0 : count * 1000.0 / articles);
        }
    }

    /** A daily or monthly series summed per year (a yearly series is returned as it is). */
    public Trend byYear() {
        if (period == Period.YEAR) {
            return this;
        }
        Map<String, long[]> years = new LinkedHashMap<>();
        for (Point p : points) {
            long[] sums = years.computeIfAbsent(p.period().substring(0, 4), y -> new long[2]);
            sums[0] += p.count();
            sums[1] += p.articles();
        }
        List<Point> yearly = new ArrayList<>();
        years.forEach((year, sums) -> yearly.add(Point.of(year, sums[0], sums[1])));
        return new Trend(query, Period.YEAR, yearly);
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
