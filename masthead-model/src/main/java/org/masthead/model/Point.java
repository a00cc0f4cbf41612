package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A corner of a polygon, in the page's unit. Serialised as {@code [x, y]}. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Point(double x, double y) {
}
