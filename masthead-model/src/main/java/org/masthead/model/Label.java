package org.masthead.model;

/**
 * The one rule for what an item or article is called: its headline; when the page printed none (or the
 * converter lost it), its caption; else its first words. Null only for something holding no text at all,
 * which views then name by its kind. The reader, the feed, search, the CLI and the API all call things by
 * this rule, so an article is titled the same everywhere.
 */
public final class Label {
    /** How many characters of the text stand in for a missing headline. */
    public static final int FIRST_WORDS = 24;

    private Label() {
    }

    public static String of(String headline, String caption, String text) {
        if (headline != null && !headline.isBlank()) {
            return headline;
        }
        if (caption != null && !caption.isBlank()) {
            return firstWords(caption);
        }
        return text == null || text.isBlank() ? null : firstWords(text);
    }

    private static String firstWords(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        int count = flat.codePointCount(0, flat.length());
        if (count <= FIRST_WORDS) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, FIRST_WORDS)) + "…";
    }
}
