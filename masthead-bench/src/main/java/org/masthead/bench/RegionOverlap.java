package org.masthead.bench;

import java.util.Arrays;
import java.util.List;
import org.masthead.model.Box;
import org.masthead.model.Region;

/**
 * Intersection over union of two items' areas on one page, each the union of its regions' boxes; exact, by
 * cutting the page at every box edge of either and summing the cells each covers.
 */
final class RegionOverlap {
    private RegionOverlap() {
    }

    /** The IoU of the two areas on the page; 0 when either has no region there. */
    static double iou(List<Region> a, List<Region> b, int page) {
        List<Box> first = a.stream().filter(r -> r.page() == page).map(Region::box).toList();
        List<Box> second = b.stream().filter(r -> r.page() == page).map(Region::box).toList();
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        double[] xs = edges(first, second, true);
        double[] ys = edges(first, second, false);
        double both = 0;
        double either = 0;
        for (int i = 0; i + 1 < xs.length; i++) {
            double cx = (xs[i] + xs[i + 1]) / 2;
            for (int j = 0; j + 1 < ys.length; j++) {
                double cy = (ys[j] + ys[j + 1]) / 2;
                boolean inFirst = covers(first, cx, cy);
                boolean inSecond = covers(second, cx, cy);
                double area = (xs[i + 1] - xs[i]) * (ys[j + 1] - ys[j]);
                if (inFirst && inSecond) {
                    both += area;
                }
                if (inFirst || inSecond) {
                    either += area;
                }
            }
        }
        return either == 0 ? 0 : both / either;
    }

    private static double[] edges(List<Box> first, List<Box> second, boolean x) {
        double[] edges = new double[(first.size() + second.size()) * 2];
        int n = 0;
        for (List<Box> boxes : List.of(first, second)) {
            for (Box box : boxes) {
                edges[n++] = x ? box.x() : box.y();
                edges[n++] = x ? box.x() + box.width() : box.y() + box.height();
            }
        }
        Arrays.sort(edges);
        return edges;
    }

    private static boolean covers(List<Box> boxes, double x, double y) {
        for (Box box : boxes) {
            if (x >= box.x() && x <= box.x() + box.width() && y >= box.y() && y <= box.y() + box.height()) {
                return true;
            }
        }
        return false;
    }
}
