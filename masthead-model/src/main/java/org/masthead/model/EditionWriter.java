package org.masthead.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * One output format (Edition JSON, Markdown, JSON Lines, CSV; next ALTO/METS, IIIF, Dublin Core): writes
 * editions, one after another, as one document. Per-edition formats write each edition; per-article
 * formats write a record for each of its articles.
 *
 * <p>Writers are found with {@link java.util.ServiceLoader}: a class implementing this, with a public
 * no-argument constructor, named in {@code META-INF/services/org.masthead.model.EditionWriter} of its jar.
 * {@code masthead parse --format} and {@code masthead export --format} take any of them by name.
 * Implementations are stateless and thread-safe.
 */
public interface EditionWriter {

    /** The name {@code --format} takes, lower case (json, markdown, jsonl, csv). */
    String name();

    /** The media type of what it writes. */
    String mediaType();

    /** Writes the editions in order; returns how many records (editions or articles) it wrote. Leaves out open. */
    long write(Iterator<StitchedEdition> editions, Writer out) throws IOException;

    /** The writers installed, in class-path order. */
    static List<EditionWriter> installed() {
        return Installed.WRITERS;
    }

    /** The installed writer of that name (any case). */
    static java.util.Optional<EditionWriter> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return installed().stream().filter(w -> w.name().equals(wanted)).findFirst();
    }

    /** Loaded once, on first use. */
    final class Installed {
        private static final List<EditionWriter> WRITERS = ServiceLoader.load(EditionWriter.class,
                EditionWriter.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();

        private Installed() {
        }
    }
}
