package org.masthead.parse;

import java.util.ArrayList;
import java.util.List;
import org.masthead.model.Box;
import org.masthead.model.Item;
import org.masthead.model.Region;

/**
 * Last stage for laid-out pages: an item's area on the page is the rectangle its boxes span (its columns, its
 * headline across them, the white below a short last column) wherever that rectangle is the item's own, as
 * in a modular page, the common case: there a reader's click anywhere inside the article opens it. An item
 * set around another (an L, a box inset in its columns), whose rectangle another item reaches into, keeps its
 * boxes as they are.
 *
 * <p>A page is set on a grid of columns, and an item's module spans whole columns; but its lines may stop short
 * of a column's edge: an indented first line where a column holds one line, a ragged or short last line where it
 * is the column's only one. So a text item's rectangle reaches out to a column edge that other items' boxes
 * show on the page, where that edge lies within two ems of it and nothing else stands between.
 */
final class ItemAreas {
    /** Another item's box may graze a rectangle's edge by this much (glyph bounds overhang), in points. */
    private static final double GRAZE = 3;
    /** How far short of a column's edge an item's lines may stop, in ems of its text: a paragraph's indent. */
    private static final double SHORT_OF_EDGE = 2;

    private ItemAreas() {
    }

    /** The items, each with its boxes on {@code page} made one rectangle where that rectangle is its own. */
    static List<Item> squared(List<Item> items, int page) {
        List<Box> rectangles = new ArrayList<>(items.size());
        for (Item item : items) {
            Box rectangle = null;
            int boxes = 0;
            for (Region region : item.regions()) {
                if (region.page() == page) {
                    rectangle = rectangle == null ? region.box() : rectangle.union(region.box());
                    boxes++;
                }
            }
            rectangles.add(boxes > 1 ? rectangle : null);
        }
        List<Item> squared = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Box rectangle = rectangles.get(i);
            squared.add(rectangle != null && isOwn(rectangle, i, items, rectangles, page)
                    ? withArea(items.get(i), rectangle, page) : items.get(i));
        }
        for (int i = 0; i < squared.size(); i++) {
            Box area = soleBox(squared.get(i), page);
            double em = em(squared.get(i), page);
            Box reaching = area == null || em == 0 ? null : toColumnEdges(area, em, i, squared, page);
            if (reaching != null) {
                squared.set(i, withArea(squared.get(i), reaching, page));
            }
        }
        return squared;
    }

    /** The item's one box on the page; null when it has none there, or several (an L keeps its shape). */
    private static Box soleBox(Item item, int page) {
        Box sole = null;
        for (Region region : item.regions()) {
            if (region.page() == page) {
                if (sole != null) {
                    return null;
                }
                sole = region.box();
            }
        }
        return sole;
    }

    /** The height of the item's middle printed line on the page, its text's em; 0 without printed lines. */
    private static double em(Item item, int page) {
        double[] heights = item.lines().stream().filter(line -> line.page() == page)
                .mapToDouble(line -> line.box().height()).sorted().toArray();
        return heights.length == 0 ? 0 : heights[heights.length / 2];
    }

    /**
     * The area widened to the nearest column edge on either side that another item's box shows within the reach,
     * where the strip it takes in is free of every other item; null when neither side moves.
     */
    private static Box toColumnEdges(Box area, double em, int own, List<Item> items, int page) {
        double reach = SHORT_OF_EDGE * em + GRAZE;
        double start = area.x();
        double end = area.x() + area.width();
        double left = start;
        double right = end;
        for (int i = 0; i < items.size(); i++) {
            for (Region region : items.get(i).regions()) {
                if (i == own || region.page() != page) {
                    continue;
                }
                double edge = region.box().x();
                if (edge < start && start - edge <= reach && (left == start || edge > left)
                        && isFree(new Box(edge, area.y(), start - edge, area.height()), own, items, page)) {
                    left = edge;
                }
                edge = region.box().x() + region.box().width();
                if (edge > end && edge - end <= reach && (right == end || edge < right)
                        && isFree(new Box(end, area.y(), edge - end, area.height()), own, items, page)) {
                    right = edge;
                }
            }
        }
        return left == start && right == end ? null : new Box(left, area.y(), right - left, area.height());
    }

    /** No other item's box on the page reaches into the strip further than a graze. */
    private static boolean isFree(Box strip, int own, List<Item> items, int page) {
        Box inner = new Box(strip.x() + 1, strip.y() + GRAZE, strip.width() - 2, strip.height() - 2 * GRAZE);
        return !othersReachInto(inner, own, items, page);
    }

    /** No other item's box, nor its rectangle, reaches into the rectangle further than a graze. */
    private static boolean isOwn(Box rectangle, int own, List<Item> items, List<Box> rectangles, int page) {
        Box inner = rectangle.inset(GRAZE);
        for (int i = 0; i < items.size(); i++) {
            if (i != own && rectangles.get(i) != null && rectangles.get(i).overlaps(inner)) {
                return false;
            }
        }
        return !othersReachInto(inner, own, items, page);
    }

    /** Some other item's box on the page overlaps {@code inner}. */
    private static boolean othersReachInto(Box inner, int own, List<Item> items, int page) {
        for (int i = 0; i < items.size(); i++) {
            for (Region region : items.get(i).regions()) {
                if (i != own && region.page() == page && region.box().overlaps(inner)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Item withArea(Item item, Box rectangle, int page) {
        List<Region> regions = new ArrayList<>();
        regions.add(new Region(page, rectangle, List.of()));
        item.regions().stream().filter(region -> region.page() != page).forEach(regions::add);
        return item.toBuilder().regions(regions).build();
    }
}
