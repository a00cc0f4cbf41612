package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * One day's issue of one newspaper title, as held: its masthead, what did not add up, and its pages.
 *
 * @param masthead what the masthead prints ({@link Masthead#NONE} when no page showed one)
 * @param warnings inconsistencies found while reading the source
 * @param pages    the pages held, by ascending number
 */
@JsonPropertyOrder({"schema", "masthead", "warnings", "pages"})
public record Edition(Masthead masthead, List<Warning> warnings, List<Page> pages) {

    /** Version of the JSON shape; bumped only on incompatible change. */
    public static final String SCHEMA = "masthead.edition/2";

    public Edition {
        masthead = masthead == null ? Masthead.NONE : masthead;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    @JsonProperty("schema")
    public String schema() {
        return SCHEMA;
    }

    /** The paper's name: the edition's identity with {@link #date()}, so a shortcut. */
    public String title() {
        return masthead.title();
    }

    /** The publication date. */
    public LocalDate date() {
        return masthead.date();
    }

    public Edition withMasthead(Masthead masthead) {
        return new Edition(masthead, warnings, pages);
    }

    public Edition withPages(List<Page> pages) {
        return new Edition(masthead, warnings, pages);
    }

    /**
     * Reads both shapes: {@code masthead.edition/2} (masthead as an object) and {@code /1} (its fields at the
     * top level, as archives made before /2 hold them).
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Edition fromJson(ObjectNode json) {
        ObjectMapper mapper = Json.mapper();
        JsonNode masthead = json.get("masthead");
        try {
            return new Edition(
                    mapper.treeToValue(masthead != null && masthead.isObject() ? masthead : json, Masthead.class),
                    mapper.convertValue(json.get("warnings"), new TypeReference<List<Warning>>() { }),
                    mapper.convertValue(json.get("pages"), new TypeReference<List<Page>>() { }));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }
}
