package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A named stretch of an item's text: an entity (person, place, organisation), a search hit, a date.
 *
 * @param kind  what it is, lower case ({@code person}, {@code place}, {@code hit}…)
 * @param text  where it stands in the item's text
 * @param value what it names, normalised (an authority id, an ISO date), or null when the text says it all
 */
@JsonPropertyOrder({"kind", "text", "value"})
public record Span(String kind, TextRange text, String value) {
}
