package org.masthead.model;

/**
 * An upright rectangle on a page, in the page's unit ({@link PageSize}), origin top left, y down.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  width
 * @param height height
 */
public record Box(double x, double y, double width, double height) {
}
