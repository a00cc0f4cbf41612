package org.masthead.oai;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.masthead.model.Edition;

/**
 * What the OAI-PMH provider needs from an archive: editions as records with a stable id, a datestamp
 * and a set (their title). The archive implements it; the provider never sees the archive itself.
 */
public interface EditionCatalog {
    /** One title, harvested as a set. */
    record Shelf(String spec, String name) {
    }

    /**
     * One edition as a record.
     *
     * @param id        the edition's stable id (e.g. {@code jiefangjunbao/2025-06-19}), never reused
     * @param set       its title's set spec
     * @param datestamp when its record last changed (its latest revision)
     */
    record Entry(String id, String set, Instant datestamp) {
    }

    /** A slice of a listing and the size of the whole listing. */
    record Listing(List<Entry> entries, int total) {
    }

    /** All titles. */
    List<Shelf> shelves();

    /**
     * Editions in a fixed order (datestamp, then id), filtered by set and by datestamp (both bounds
     * inclusive, null for open), from {@code offset}, at most {@code max}.
     */
    Listing list(String set, Instant from, Instant until, long offset, int max);

    /** One edition's entry, if it exists. */
    Optional<Entry> entry(String id);

    /** One edition's content, if it exists. */
    Optional<Edition> edition(String id);

    /** The earliest datestamp in the archive, or the epoch when it is empty. */
    Instant earliest();
}
