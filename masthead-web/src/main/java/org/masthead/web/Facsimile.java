package org.masthead.web;

import java.util.ArrayList;
import java.util.List;
import org.masthead.model.Box;
import org.masthead.model.Item;
import org.masthead.model.Page;
import org.masthead.model.Region;
import org.masthead.model.TextLine;
import org.masthead.search.Marks;

/**
 * A page shown as printed: its image, each item's area on it as a link to the article (labelled with its
 * headline), and the boxes of a search's matches. Every coordinate is in the page's unit ({@code Page.size}),
 * which the template uses as the SVG's view box, so the areas scale with the image whatever its pixels.
 *
 * @param width  the page's width in its unit
 * @param height the page's height
 * @param image  the reader image's URL
 * @param areas  the items' areas, in reading order (the tab order)
 * @param hits   the parts of printed lines a search matched
 */
public record Facsimile(double width, double height, String image, List<Area> areas, List<Box> hits) {

    /** One item's area: where a click (or Enter) on it goes, its label, and its rectangles on this page. */
    public record Area(String href, String label, List<Box> boxes) {
    }

    /** The facsimile of a page with geometry; {@code query} (may be null) marks its matches. */
    static Facsimile of(EditionView view, Page page, String image, String query) {
        List<Area> areas = new ArrayList<>();
        List<Box> hits = new ArrayList<>();
        List<List<Box>> boxesOfItems = page.items().stream()
                .map(item -> item.regions().stream().filter(r -> r.page() == page.number()).map(Region::box).toList())
                .toList();
        List<Box> all = boxesOfItems.stream().flatMap(List::stream).toList();
        for (int i = 0; i < page.items().size(); i++) {
            Item item = page.items().get(i);
            List<Box> boxes = boxesOfItems.get(i);
            String href = view.articleOf(item).map(a -> Urls.article(a.id(), query)
                    + (view.isContinuation(item) ? "#part-" + view.partNumber(item) : "")).orElse(null);
            if (!boxes.isEmpty() && href != null) {
                areas.add(new Area(href, view.label(item), withGutters(boxes, all)));
            }
            hits.addAll(hits(item, page.number(), query));
        }
        return new Facsimile(page.size().width(), page.size().height(), image, areas, hits);
    }

    /**
     * An item's boxes with the gutters between them: where two of its column boxes stand side by side, the
     * strip between them (over the height they share) belongs to the item too, so a click between its columns
     * opens it. A strip is added only where no other item's box reaches into it.
     *
     * @param own the item's boxes on the page
     * @param all every item's boxes on the page, {@code own} among them
     */
    static List<Box> withGutters(List<Box> own, List<Box> all) {
        List<Box> boxes = new ArrayList<>(own);
        for (Box left : own) {
            Box nearest = null;
            for (Box right : own) {
                boolean beside = right.x() > left.x() + left.width() && overlap(left.y(), left.height(), right.y(), right.height()) > 0;
                if (beside && (nearest == null || right.x() < nearest.x())) {
                    nearest = right;
                }
            }
            if (nearest == null) {
                continue;
            }
            double top = Math.max(left.y(), nearest.y());
            double bottom = Math.min(left.y() + left.height(), nearest.y() + nearest.height());
            double x = left.x() + left.width();
            Box gutter = new Box(x, top, nearest.x() - x, bottom - top);
            if (all.stream().filter(b -> !own.contains(b)).noneMatch(b -> intersect(b, gutter))) {
                boxes.add(gutter);
            }
        }
        return boxes;
    }

    private static double overlap(double start1, double length1, double start2, double length2) {
        return Math.min(start1 + length1, start2 + length2) - Math.max(start1, start2);
    }

    private static boolean intersect(Box a, Box b) {
        return overlap(a.x(), a.width(), b.x(), b.width()) > 0 && overlap(a.y(), a.height(), b.y(), b.height()) > 0;
    }

    /**
     * The parts of the item's lines on this page that the query matches: search's own ranges ({@link Marks})
     * in each whole text, cut to each line's characters, the line's box divided evenly among them (CJK type
     * is set on a square body, so characters stand evenly along a line).
     */
    static List<Box> hits(Item item, int page, String query) {
        List<Box> boxes = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return boxes;
        }
        String lastText = null;
        List<Marks.Range> ranges = List.of();
        for (TextLine line : item.lines()) {
            if (line.page() != page) {
                continue;
            }
            String text = whole(item, line);
            if (text == null) {
                continue;
            }
            if (!text.equals(lastText)) {
                ranges = Marks.in(text, query);
                lastText = text;
            }
            int start = line.text().start();
            int end = Math.min(line.text().end(), text.length());
            for (Marks.Range range : ranges) {
                int from = Math.max(start, range.start());
                int to = Math.min(end, range.end());
                if (from < to && end > start) {
                    Box box = line.box();
                    double each = box.width() / (end - start);
                    boxes.add(new Box(box.x() + each * (from - start), box.y(), each * (to - from), box.height()));
                }
            }
        }
        return boxes;
    }

    /** The whole text a line carries a stretch of, or null when the item no longer has it. */
    private static String whole(Item item, TextLine line) {
        try {
            return line.text().whole(item);
        } catch (RuntimeException e) {
            return null; // a range past the stored text: draw nothing rather than a wrong box
        }
    }
}
