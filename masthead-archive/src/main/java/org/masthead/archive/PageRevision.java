package org.masthead.archive;

import java.time.Instant;

/**
 * One stored version of a page. The newest revision of a page is its current one.
 *
 * @param page       the page number
 * @param revision   1 for the first version stored, counting up
 * @param sha256     SHA-256 of the original file it was read from (see {@link Archive#original(String)})
 * @param source     the file name it was ingested from
 * @param ingestedAt when it was stored
 * @param items      how many items the page had
 * @param current    true for the page's current revision
 */
public record PageRevision(int page, int revision, String sha256, String source, Instant ingestedAt, int items,
        boolean current) {
}
