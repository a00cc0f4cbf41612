package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.Box;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;
import org.masthead.model.Region;

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
}
