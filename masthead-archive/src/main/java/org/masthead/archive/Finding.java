package org.masthead.archive;

import java.time.LocalDate;

/**
 * A consistency finding of {@code masthead check}: something the archive holds that does not add up.
 *
 * @param code    stable machine-readable code: unmatched-jump, unmatched-continuation, issue-sequence,
 *                missing-pages, or masthead-warning:CODE for a warning the parser gave
 * @param title   the title's slug
 * @param date    the edition date
 * @param page    the page concerned, or null for the whole edition
 * @param message a sentence for people
 */
public record Finding(String code, String title, LocalDate date, Integer page, String message) {
}
