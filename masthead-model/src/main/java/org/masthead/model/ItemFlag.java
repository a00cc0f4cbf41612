package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Repairs made to, or damage found in, an item's text. Serialised in lower case. */
public enum ItemFlag {
    /** A paragraph stops mid-sentence and its rest is not on the page. */
    TRUNCATED,
    /** A fragment the converter placed elsewhere was moved back into this item. */
    REORDERED,
    /** The item's headline was not in the source (the item was opened by its dateline). */
    HEADLINE_MISSING;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ItemFlag of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
