package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.Box;

/** An article's area on the page image covers the gutters between its own columns, and no one else's type. */
class FacsimileTest {

    private static final Box COLUMN_1 = new Box(10, 100, 90, 300);
    private static final Box COLUMN_2 = new Box(110, 150, 90, 300);

    @Test
    void theGutterBetweenAnArticlesColumnsIsPartOfItsArea() {
        List<Box> boxes = Facsimile.withGutters(List.of(COLUMN_1, COLUMN_2), List.of(COLUMN_1, COLUMN_2));

        // The strip between the columns, over the height both columns share.
        assertThat(boxes).containsExactly(COLUMN_1, COLUMN_2, new Box(100, 150, 10, 250));
    }

    @Test
    void aGutterIsNotTakenWhereAnotherItemReachesIntoIt() {
        Box neighboursPhoto = new Box(95, 300, 40, 40); // overhangs both columns' edges

        List<Box> boxes = Facsimile.withGutters(List.of(COLUMN_1, COLUMN_2), List.of(COLUMN_1, COLUMN_2, neighboursPhoto));

        assertThat(boxes).containsExactly(COLUMN_1, COLUMN_2);
    }

    @Test
    void columnsThatDoNotStandSideBySideGetNoStrip() {
        Box below = new Box(110, 420, 90, 100); // under column 1's foot: no height in common

        assertThat(Facsimile.withGutters(List.of(COLUMN_1, below), List.of(COLUMN_1, below))).containsExactly(COLUMN_1, below);
    }

    @Test
    void onlyTheNearestColumnToTheRightIsBridged() {
        Box column3 = new Box(210, 100, 90, 300);
        List<Box> own = List.of(COLUMN_1, COLUMN_2, column3);

        assertThat(Facsimile.withGutters(own, own)).containsExactly(COLUMN_1, COLUMN_2, column3,
                new Box(100, 150, 10, 250), new Box(200, 150, 10, 250));
    }
}
