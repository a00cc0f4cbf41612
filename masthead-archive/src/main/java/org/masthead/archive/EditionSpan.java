package org.masthead.archive;

import java.time.LocalDate;

/**
 * How far a title's editions reach: their number and the first and latest edition dates (null without editions).
 *
 * @param editions how many editions the archive holds
 * @param first    the earliest edition date, or null
 * @param latest   the latest edition date, or null
 */
public record EditionSpan(int editions, LocalDate first, LocalDate latest) {
}
