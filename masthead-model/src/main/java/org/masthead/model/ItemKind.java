package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an item on a page is. Serialised in lower case. */
public enum ItemKind {
    /** A news report or feature. */
    ARTICLE,
    /** An opinion piece: commentary, editorial (社论), signed column (■author). */
    COMMENTARY,
    /** A photograph, represented by its caption and credit. */
    PHOTO,
    /** A box pointing readers to other pages (导读, 特刊 notices). */
    TEASER,
    /** A short news item without its own headline hierarchy (简讯). */
    BRIEF;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ItemKind of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
