package org.masthead.web;

import java.util.List;
import java.util.Locale;

/**
 * Draws a trend as an inline SVG line chart: counts per period with axis labels, and each point titled with
 * its period and count so it reads on hover and to screen readers.
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
        StringBuilder line = new StringBuilder();
        StringBuilder points = new StringBuilder();
        int n = buckets.size();
        int labelEvery = Math.max(1, (int) Math.ceil(n / 8.0));
        for (int i = 0; i < n; i++) {
            Trend.Bucket bucket = buckets.get(i);
            double x = LEFT + (n == 1 ? plotWidth / 2.0 : i * (double) plotWidth / (n - 1));
            double y = HEIGHT - BOTTOM - bucket.count() * (double) plotHeight / max;
            line.append(line.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
            points.append(String.format(Locale.ROOT, "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\">"
                    + "<title>%s: %d</title></circle>", x, y, Highlight.escape(bucket.period()), bucket.count()));
            if (i % labelEvery == 0 || i == n - 1) {
                points.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" "
                        + "text-anchor=\"middle\">%s</text>", x, HEIGHT - 8, Highlight.escape(bucket.period())));
            }
        }
        if (n > 1) {
            svg.append("<polyline class=\"line\" points=\"").append(line).append("\"/>");
        }
        return svg.append(points).append("</svg>").toString();
    }
}
