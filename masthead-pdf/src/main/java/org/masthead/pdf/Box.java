package org.masthead.pdf;

import java.util.List;

/** A rectangle on a page in PDF points, measured from the page's top-left corner (y grows downwards). */
record Box(float x, float y, float width, float height) {

    float right() {
        return x + width;
    }

    float bottom() {
        return y + height;
    }

    float centreX() {
        return x + width / 2;
    }

    Box union(Box other) {
        float left = Math.min(x, other.x);
        float top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }

    /** The width both boxes share on the x axis (0 when apart). */
    float overlapX(Box other) {
        return Math.max(0, Math.min(right(), other.right()) - Math.max(x, other.x));
    }

    float overlapY(Box other) {
        return Math.max(0, Math.min(bottom(), other.bottom()) - Math.max(y, other.y));
    }

    boolean contains(Box other, float slack) {
        return other.x >= x - slack && other.y >= y - slack && other.right() <= right() + slack
                && other.bottom() <= bottom() + slack;
    }

    static Box around(List<Box> boxes) {
        Box all = boxes.get(0);
        for (Box box : boxes) {
            all = all.union(box);
        }
        return all;
    }
}
