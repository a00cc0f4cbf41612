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
 */
final class ItemAreas {
    /** Another item's box may graze a rectangle's edge by this much (glyph bounds overhang), in points. */
    private static final double GRAZE = 3;

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
        return squared;
    }

    /** No other item's box, nor its rectangle, reaches into the rectangle further than a graze. */
    private static boolean isOwn(Box rectangle, int own, List<Item> items, List<Box> rectangles, int page) {
        Box inner = rectangle.inset(GRAZE);
        for (int i = 0; i < items.size(); i++) {
            if (i == own) {
                continue;
            }
            if (rectangles.get(i) != null && rectangles.get(i).overlaps(inner)) {
                return false;
            }
            for (Region region : items.get(i).regions()) {
                if (region.page() == page && region.box().overlaps(inner)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Item withArea(Item item, Box rectangle, int page) {
        List<Region> regions = new ArrayList<>();
        regions.add(new Region(page, rectangle, List.of()));
        item.regions().stream().filter(region -> region.page() != page).forEach(regions::add);
        return item.toBuilder().regions(regions).build();
    }
}
