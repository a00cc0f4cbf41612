package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One printed page (版) of an edition.
 *
 * @param number  page number (版次), from 1
 * @param name    the page's name (版名, e.g. 要闻) when printed, else null
 * @param editors the page editors' names (版面编辑/责任编辑)
 * @param items   the page's items in reading order
 * @param size    the page's extent and the unit of every coordinate on it; null for text input (no geometry)
 * @param image   the page image: a URI (a IIIF image service, a file) or {@code sha256:<hex>} of an original
 *                the archive holds; null when there is none. It covers the whole page.
 */
@JsonPropertyOrder({"number", "name", "editors", "items", "size", "image"})
public record Page(
        int number,
        String name,
        List<String> editors,
        List<Item> items,
        @JsonInclude(JsonInclude.Include.NON_NULL) PageSize size,
        @JsonInclude(JsonInclude.Include.NON_NULL) String image) {

    public Page {
        editors = editors == null ? List.of() : List.copyOf(editors);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A page read from text: no size, no image. */
    public Page(int number, String name, List<String> editors, List<Item> items) {
        this(number, name, editors, items, null, null);
    }

    public Page withItems(List<Item> items) {
        return new Page(number, name, editors, items, size, image);
    }

    public Page withNumber(int number) {
        return new Page(number, name, editors, items, size, image);
    }

    public Page withGeometry(PageSize size, String image) {
        return new Page(number, name, editors, items, size, image);
    }
}
