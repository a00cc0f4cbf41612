package org.masthead.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Recognises newspaper titles: the shipped titles file for known papers, {@link Slugs} for the others. */
final class Titles {
    private static final Map<String, Title> KNOWN = load();
    // Transliterated once: lone inner pages look their title up by file-name prefix, file after file.
    private static final Map<String, Title> BY_INITIALS = KNOWN.values().stream()
            .collect(java.util.stream.Collectors.toMap(t -> Slugs.initials(t.name()), t -> t, (a, b) -> a));

    private Titles() {
    }

    /** The longest newspaper title the record holds (title.name); longer ones are refused by name, not by the database. */
    static final int MAX_NAME = 200;

    /** The title of that name: the known entry, or a new one with a transliterated slug. */
    static Title of(String name) {
        String printed = name.strip();
        Title known = KNOWN.get(printed);
        return known != null ? known : new Title(Slugs.of(printed), printed, null, null, null, null);
    }

    /**
     * The known title whose pinyin initials are this file-name prefix (jfjb → 解放军报), as corpora and
     * e-paper sites often name page files.
     */
    static java.util.Optional<Title> byInitials(String prefix) {
        return java.util.Optional.ofNullable(BY_INITIALS.get(prefix));
    }

    private static Map<String, Title> load() {
        try (InputStream in = Titles.class.getResourceAsStream("titles.tsv")) {
            if (in == null) {
                throw new IllegalStateException("titles.tsv is missing from the archive module");
            }
            Map<String, Title> titles = new HashMap<>();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text.lines().filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("name\t"))
                    .forEach(line -> {
                        String[] f = line.split("\t", -1);
                        titles.put(f[0], new Title(f[1], f[0], blank(f[2]), blank(f[3]),
                                f[4].isBlank() ? null : Integer.valueOf(f[4]), blank(f[5])));
                    });
            return Map.copyOf(titles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blank(String field) {
        return field.isBlank() ? null : field;
    }
}
