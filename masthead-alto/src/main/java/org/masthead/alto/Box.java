package org.masthead.alto;

/** An upright rectangle in the unit of the document it came from (ALTO HPOS/VPOS/WIDTH/HEIGHT). */
public record Box(double x, double y, double width, double height) {
    /** This box in another unit, every value times {@code factor}. */
    public Box scaled(double factor) {
        return new Box(x * factor, y * factor, width * factor, height * factor);
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        double right = Math.max(x + width, other.x + other.width);
        double bottom = Math.max(y + height, other.y + other.height);
        return new Box(left, top, right - left, bottom - top);
    }
}
