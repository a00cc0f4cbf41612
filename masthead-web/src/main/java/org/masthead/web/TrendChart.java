package org.masthead.web;

import java.util.List;
import java.util.Locale;

/**
 * Draws a trend as an inline SVG bar chart: matching articles per period with axis labels, each bar titled
 * with its period and count so it reads on hover and to screen readers.
 */
public final class TrendChart {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 200;
    private static final int LEFT = 40;
    private static final int BOTTOM = 28;
    private static final int TOP = 12;

    private TrendChart() {
    }

    public static String svg(Trend trend, String label) {
        List<Trend.Bucket> buckets = trend.buckets();
        long max = Math.max(1, buckets.stream().mapToLong(Trend.Bucket::count).max().orElse(1));
        int plotWidth = WIDTH - LEFT - 10;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"trend\" viewBox=\"0 0 %d %d\" role=\"img\" "
                + "aria-label=\"%s\" xmlns=\"http://www.w3.org/2000/svg\">", WIDTH, HEIGHT, Highlight.escape(label)));
        svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>",
                LEFT, HEIGHT - BOTTOM, WIDTH - 10, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>",
                LEFT, TOP, LEFT, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text>",
                LEFT - 4, TOP + 4, max));
        svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>",
                LEFT - 4, HEIGHT - BOTTOM));
        int n = buckets.size();
        double slot = plotWidth / (double) Math.max(1, n);
        double barWidth = Math.max(1, Math.min(40, slot * 0.7));
        int labelEvery = Math.max(1, (int) Math.ceil(n / 8.0));
        for (int i = 0; i < n; i++) {
            Trend.Bucket bucket = buckets.get(i);
            double height = bucket.count() * (double) plotHeight / max;
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            String period = Highlight.escape(bucket.period());
            svg.append("<rect class=\"bar\" x=\"");
            tenths(svg, x).append("\" y=\"");
            tenths(svg, HEIGHT - BOTTOM - height).append("\" width=\"");
            tenths(svg, barWidth).append("\" height=\"");
            tenths(svg, height).append("\"><title>").append(period).append(": ").append(bucket.count())
                    .append("</title></rect>");
            if ((n - 1 - i) % labelEvery == 0) { // counted back from the last period, so labels never crowd it
                svg.append("<text class=\"tick\" x=\"");
                tenths(svg, x + barWidth / 2).append("\" y=\"").append(HEIGHT - 8)
                        .append("\" text-anchor=\"middle\">").append(period).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Writes a non-negative coordinate rounded to a tenth of a pixel. A chart has up to 120 bars, and
     * {@code String.format} of a double cost a search page more than the rest of its drawing.
     */
    private static StringBuilder tenths(StringBuilder svg, double value) {
        long tenths = Math.round(value * 10);
        return svg.append(tenths / 10).append('.').append(tenths % 10);
    }
}
