package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where in an item's text something stands: which text (headline, the n-th paragraph…) and the characters
 * {@code [start, end)} of it, counted in UTF-16 code units as Java and JavaScript strings count them.
 *
 * @param part  which text of the item
 * @param index for {@link Part#PARAGRAPH}, the paragraph's number in the item counting through all
 *              sections from 0 (as {@link Item#paragraphs()} lists them); for {@link Part#HEADING}, the
 *              section's number; 0 for the other parts
 * @param start first character
 * @param end   one past the last character
 */
@JsonPropertyOrder({"part", "index", "start", "end"})
public record TextRange(Part part, int index, int start, int end) {

    /** The texts of an item a range can point into. Serialised in lower case. */
    public enum Part {
        KICKER, HEADLINE, SUBTITLE, HEADING, PARAGRAPH, CAPTION;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Part of(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    public TextRange {
        if (part == null || index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("not a text range: " + part + " " + index + " [" + start + ", " + end + ")");
        }
    }

    /** The characters this range covers in the item's text. */
    public String of(Item item) {
        return whole(item).substring(start, end);
    }

    /** The whole text of the item this range points into (the paragraph, the headline…). */
    public String whole(Item item) {
        return switch (part) {
            case KICKER -> item.kicker();
            case HEADLINE -> item.headline();
            case SUBTITLE -> item.subtitle();
            case HEADING -> item.sections().get(index).heading();
            case PARAGRAPH -> item.paragraphs().get(index);
            case CAPTION -> item.caption();
        };
    }
}
