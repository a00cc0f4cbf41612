package org.masthead.parse;

/**
 * What the user said about the input, overriding what the pages say.
 *
 * @param page  the page number of a single page file, or null to read it from the page
 * @param title the newspaper title, or null to read it from the masthead
 */
public record ParseOptions(Integer page, String title) {
    public static final ParseOptions DEFAULTS = new ParseOptions(null, null);
}
