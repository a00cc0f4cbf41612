package org.masthead.archive;

import java.util.List;

/**
 * The result of re-hashing every original the record refers to.
 *
 * @param checked      originals the record refers to
 * @param missing      hashes of originals whose file is gone
 * @param altered      hashes of originals whose bytes no longer hash to their name
 * @param unreferenced stored files the record does not refer to: harmless leftovers of an interrupted
 *                     ingest, adopted by the next run that brings the same file
 */
public record FixityReport(long checked, List<String> missing, List<String> altered, List<String> unreferenced) {
    public FixityReport {
        missing = List.copyOf(missing);
        altered = List.copyOf(altered);
        unreferenced = List.copyOf(unreferenced);
    }

    /** True when every original the record refers to is present and intact. */
    public boolean intact() {
        return missing.isEmpty() && altered.isEmpty();
    }
}
