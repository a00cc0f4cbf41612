package org.masthead.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * Matches of a query per period, for plotting.
 *
 * @param interval the period length
 * @param buckets  periods in time order, gaps included as zero counts
 */
public record Trend(Interval interval, List<Bucket> buckets) {

    /** Period lengths a trend can be counted in. */
    public enum Interval {
        DAY, MONTH, YEAR;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One period and how many articles in it match.
     *
     * @param period   {@code 2025-06-19}, {@code 2025-06} or {@code 2025}
     * @param count    articles that match
     * @param articles all articles of the period (under the same filters), to see a match rate not a volume
     */
    public record Bucket(String period, long count, long articles) {
    }
}
