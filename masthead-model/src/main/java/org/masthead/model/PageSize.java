package org.masthead.model;

/**
 * A page's extent; every coordinate on the page (boxes, polygons) is in its unit, origin top left, y down
 * (as in ALTO and IIIF).
 *
 * @param width  width in {@code unit}
 * @param height height in {@code unit}
 * @param unit   points for PDF pages, pixels for page images
 */
public record PageSize(double width, double height, Unit unit) {
}
