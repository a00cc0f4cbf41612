package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One printed page (版) of an edition.
 *
 * @param number  page number (版次), from 1
 * @param name    the page's name (版名, e.g. 要闻) when printed, else null
 * @param editors the page editors' names (版面编辑/责任编辑)
 * @param items   the page's items in reading order
 */
@JsonPropertyOrder({"number", "name", "editors", "items"})
public record Page(int number, String name, List<String> editors, List<Item> items) {
    public Page {
        editors = editors == null ? List.of() : List.copyOf(editors);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
