package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An area an item covers on one page. An article continued on another page has a region on each; a
 * non-rectangular area (an L-shaped article around a photo) has a polygon, and its box bounds it.
 *
 * @param page    the page number the area is on
 * @param box     the area, or the polygon's bounding box
 * @param polygon the area's outline when it is not a rectangle; empty otherwise
 */
@JsonPropertyOrder({"page", "box", "polygon"})
public record Region(int page, Box box, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Point> polygon) {
    public Region {
        polygon = polygon == null ? List.of() : List.copyOf(polygon);
    }
}
