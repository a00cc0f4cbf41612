package org.masthead.archive;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.parse.PageNumbers;

/**
 * What a page file's name says: {@code jfjb-2025-06-19-p03.md} is page 3 of the edition whose files share
 * the key {@code jfjb-2025-06-19}, by the parser's rule ({@link PageNumbers}). Files with one key are parsed
 * together, so inner pages, which carry no masthead, get their title and date from the front page.
 *
 * @param key  the name without page part and extension; the folder's name when nothing else is left
 * @param page the page number in the name, or null
 */
record PageFileName(String key, Integer page) {
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})-?(\\d{2})-?(\\d{2})(?!\\d)");

    /** The page number and key by the parser's one rule ({@link PageNumbers}); the folder's name for an empty key. */
    static PageFileName of(Path file) {
        String name = file.getFileName().toString();
        String key = PageNumbers.editionKey(name);
        if (key.isEmpty()) {
            Path parent = file.toAbsolutePath().getParent();
            key = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString()
                    .toLowerCase(Locale.ROOT);
        }
        return new PageFileName(key, PageNumbers.inFileName(name));
    }

    /** The part of the key before its date (jfjb for jfjb-2025-06-19), naming the title; empty if none. */
    String titlePart() {
        Matcher m = DATE.matcher(key);
        return m.find() ? key.substring(0, m.start()).replaceAll("[^\\p{L}\\p{N}]+$", "") : "";
    }

    /** The date the key spells (2025-06-19 or 20250619), if any. */
    Optional<LocalDate> date() {
        Matcher m = DATE.matcher(key);
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                // not a date after all; look further
            }
        }
        return Optional.empty();
    }
}
