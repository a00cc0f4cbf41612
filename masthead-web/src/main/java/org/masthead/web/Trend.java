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
        MONTH, YEAR;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One period ({@code 2025-06} or {@code 2025}) and its count of matching articles. */
    public record Bucket(String period, long count) {
    }
}
