package org.masthead.archive;

/**
 * An item id that no current page holds any more: where it last stood and, when the current page has an
 * item that continues it (an archive made before ids were kept), that item's id.
 *
 * @param id        the id asked for
 * @param edition   the edition it stands in
 * @param page      the page number it last stood on
 * @param revision  the revision of that page that last held it ({@code masthead history})
 * @param successor the id of the current item that took its place, or null
 */
public record RetiredItem(String id, EditionKey edition, int page, int revision, String successor) {
}
