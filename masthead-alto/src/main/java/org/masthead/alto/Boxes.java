package org.masthead.alto;

import org.masthead.model.Box;

/** Arithmetic on the model's boxes that the ALTO conversions need. */
final class Boxes {
    private Boxes() {
    }

    /** The smallest box holding both; either may be null. */
    static Box union(Box a, Box b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.union(b);
    }

    /** {@code box} with every value times {@code factor}, rounded to 1/100; null stays null. */
    static Box scaled(Box box, double factor) {
        return box == null ? null : new Box(round(box.x() * factor), round(box.y() * factor),
                round(box.width() * factor), round(box.height() * factor));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
