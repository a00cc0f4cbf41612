package org.masthead.web;

import java.time.LocalDate;

/**
 * One edition in a calendar listing.
 *
 * @param date        publication date
 * @param issueNumber running issue number, when printed
 * @param pageCount   pages announced by the masthead, when printed
 * @param pagesHeld   pages actually held
 */
public record EditionSummary(LocalDate date, Integer issueNumber, Integer pageCount, int pagesHeld) {
}
