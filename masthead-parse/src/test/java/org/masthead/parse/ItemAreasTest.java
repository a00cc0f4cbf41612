package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.Box;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;
import org.masthead.model.Region;
import org.masthead.model.TextLine;

class ItemAreasTest {

    private static Item item(String id, Box... boxes) {
        List<Region> regions = java.util.Arrays.stream(boxes).map(box -> new Region(3, box, List.of())).toList();
        return Item.builder().id(id).kind(ItemKind.ARTICLE).headline(id).regions(regions).build();
    }

    private static List<Box> boxes(Item item) {
        return item.regions().stream().map(Region::box).toList();
    }

    @Test
    void anArticleOfAModularPageIsTheRectangleItsColumnsSpan() {
        // Headline across three columns, the third column shorter; beside it another article's two columns,
        // whose top grazes the first article's headline box by a point (glyph bounds overhang).
        Item lead = item("lead", new Box(30, 60, 390, 30), new Box(30, 95, 120, 400), new Box(165, 95, 120, 400),
                new Box(300, 95, 120, 250));
        Item next = item("next", new Box(435, 59, 250, 30), new Box(435, 95, 120, 300), new Box(565, 95, 120, 280));
        List<Item> squared = ItemAreas.squared(List.of(lead, next), 3);
        assertThat(boxes(squared.get(0))).containsExactly(new Box(30, 60, 390, 435));
        assertThat(boxes(squared.get(1))).containsExactly(new Box(435, 59, 250, 336));
    }

    @Test
    void anArticleSetAroundAnotherKeepsItsBoxes() {
        // An L: two columns full height, a third column under a boxed note that belongs to another item.
        Item around = item("around", new Box(30, 60, 120, 400), new Box(165, 60, 120, 400),
                new Box(300, 260, 120, 200));
        Item note = item("note", new Box(300, 60, 120, 180));
        List<Item> squared = ItemAreas.squared(List.of(around, note), 3);
        assertThat(boxes(squared.get(0))).isEqualTo(boxes(around));
        assertThat(boxes(squared.get(1))).isEqualTo(boxes(note));
    }

    @Test
    void boxesOnAnotherPageAndItemsWithoutGeometryStayAsTheyAre() {
        Item jumped = item("jumped", new Box(30, 60, 120, 400), new Box(165, 60, 120, 300)).toBuilder()
                .regions(List.of(new Region(3, new Box(30, 60, 120, 400), List.of()),
                        new Region(3, new Box(165, 60, 120, 300), List.of()),
                        new Region(4, new Box(30, 60, 120, 100), List.of())))
                .build();
        Item text = Item.builder().id("text").kind(ItemKind.ARTICLE).headline("text").build();
        List<Item> squared = ItemAreas.squared(List.of(jumped, text), 3);
        assertThat(squared.get(0).regions()).containsExactly(new Region(3, new Box(30, 60, 255, 400), List.of()),
                new Region(4, new Box(30, 60, 120, 100), List.of()));
        assertThat(squared.get(1)).isSameAs(text);
    }

    private static Item withLines(Item item, double em, Box... lines) {
        return item.toBuilder().lines(java.util.Arrays.stream(lines)
                .map(line -> new TextLine(3, new Box(line.x(), line.y(), line.width(), em), null)).toList()).build();
    }

    @Test
    void aTextItemReachesTheColumnEdgesItsLinesStopShortOf() {
        // A brief along the foot of the page, one line to a column: its first line indented two ems (7.5 pt
        // type), its area centred under its headline, its last column's line short; above it two articles
        // whose columns show the page's edges.
        Item left = withLines(item("left", new Box(40, 60, 370, 300)), 7.5, new Box(40, 100, 370, 7.5));
        Item right = withLines(item("right", new Box(420, 60, 382, 300)), 7.5, new Box(420, 100, 382, 7.5));
        Item brief = withLines(item("brief", new Box(55, 380, 732, 40)), 7.5, new Box(55, 410, 100, 7.5),
                new Box(165, 410, 110, 7.5), new Box(640, 410, 60, 7.5));
        List<Item> edged = ItemAreas.squared(List.of(left, right, brief), 3);
        assertThat(boxes(edged.get(2))).containsExactly(new Box(40, 380, 762, 40));
        assertThat(boxes(edged.get(0))).isEqualTo(boxes(left));
        assertThat(boxes(edged.get(1))).isEqualTo(boxes(right));
    }

    @Test
    void anEdgeFurtherThanAnIndentOrPastAnotherItemIsNotReached() {
        // The right edge is five ems off; on the left another item's box stands in the strip.
        Item above = withLines(item("above", new Box(40, 60, 762, 300)), 7.5, new Box(40, 100, 762, 7.5));
        Item beside = withLines(item("beside", new Box(40, 380, 12, 40)), 7.5, new Box(40, 380, 12, 7.5));
        Item brief = withLines(item("brief", new Box(55, 380, 710, 40)), 7.5, new Box(55, 410, 710, 7.5));
        List<Item> edged = ItemAreas.squared(List.of(above, beside, brief), 3);
        assertThat(boxes(edged.get(2))).isEqualTo(boxes(brief));
    }
}
