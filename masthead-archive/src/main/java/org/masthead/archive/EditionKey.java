package org.masthead.archive;

import java.time.LocalDate;

/** An edition by its title's slug and its date. */
public record EditionKey(String slug, LocalDate date) {
}
