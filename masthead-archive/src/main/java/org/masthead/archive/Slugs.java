package org.masthead.archive;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for title slugs and initials, minted here and checked by the web with {@link #isSlug}: a slug
 * is lower-case letters and digits (dashes inside), at most {@value #MAX} characters, and never a first path
 * segment the reader or API uses ({@link #RESERVED}). Han becomes pinyin without tones (解放军报 →
 * jiefangjunbao); a name that would give a reserved word gets {@code -paper} (Search → search-paper), so its
 * pages can be read. Initials (jfjb) come from the same transliteration.
 */
public final class Slugs {
    /** First path segments of the reader and API, now and announced (IIIF, OAI-PMH): no slug may take them. */
    public static final Set<String> RESERVED = Set.of("api", "articles", "search", "static", "iiif", "oai");
    public static final int MAX = 63;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0," + (MAX - 2) + "}[a-z0-9])?");
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Slugs() {
    }

    /** Whether a string is a slug this rule could have minted. */
    public static boolean isSlug(String value) {
        return value != null && SLUG.matcher(value).matches() && !RESERVED.contains(value);
    }

    /** The slug of a title's printed name. */
    public static String of(String name) {
        String slug = words(name).replace(" ", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("the title \"" + name + "\" has no letters to make a slug of");
        }
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX);
        }
        if (RESERVED.contains(slug)) {
            slug = slug + "-paper";
        }
        return slug;
    }

    /** Pinyin initials of a title (解放军报 → jfjb): the file-name prefix corpora and the generator use. */
    public static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : words(name).split(" ")) {
            if (!word.isEmpty()) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /** The name in lower-case ASCII words, one space between. */
    private static String words(String name) {
        String latin;
        synchronized (TO_LATIN) { // ICU transliterators are not thread-safe
            latin = TO_LATIN.transliterate(name.strip());
        }
        return latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
