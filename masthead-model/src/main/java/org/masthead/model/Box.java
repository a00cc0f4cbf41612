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

    /** The smallest box holding this one and {@code other}. */
    public Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Box(left, top, Math.max(x + width, other.x + other.width) - left,
                Math.max(y + height, other.y + other.height) - top);
    }

    /** Whether the two share an area (boxes that only touch do not). */
    public boolean overlaps(Box other) {
        return Math.min(x + width, other.x + other.width) > Math.max(x, other.x)
                && Math.min(y + height, other.y + other.height) > Math.max(y, other.y);
    }

    /** This box with {@code margin} taken off each side (added, if negative). */
    public Box inset(double margin) {
        return new Box(x + margin, y + margin, width - 2 * margin, height - 2 * margin);
    }
}
