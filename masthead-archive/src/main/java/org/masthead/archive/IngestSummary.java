package org.masthead.archive;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest run did.
 *
 * @param filesSeen      files looked at
 * @param pagesAdded     pages new to the archive
 * @param unchanged      files whose exact bytes were already recorded (nothing done)
 * @param revised        pages stored as a new revision of a page already held
 * @param rejected       files skipped, with the reason
 * @param editions       editions that gained or changed a page (what the search index must refresh)
 * @param elapsed        wall-clock time of the run
 */
public record IngestSummary(int filesSeen, int pagesAdded, int unchanged, int revised, List<Rejection> rejected,
        List<EditionKey> editions, Duration elapsed) {

    /** A file that was not ingested, and why. */
    public record Rejection(String file, String reason) {
    }

    public IngestSummary {
        rejected = List.copyOf(rejected);
        editions = List.copyOf(editions);
    }

    /** How many editions gained or changed a page. */
    public int editionsTouched() {
        return editions.size();
    }
}
