package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The unit of a page's coordinates. Serialised as its short name. */
public enum Unit {
    /** PDF points, 1/72 inch: born-digital page PDFs. */
    POINT("pt"),
    /** Pixels of the page image: scans, OCR, ALTO in pixels, IIIF canvases. */
    PIXEL("px");

    private final String json;

    Unit(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static Unit of(String value) {
        for (Unit unit : values()) {
            if (unit.json.equals(value)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown unit " + value);
    }
}
