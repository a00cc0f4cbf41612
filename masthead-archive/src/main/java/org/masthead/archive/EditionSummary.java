package org.masthead.archive;

import java.time.LocalDate;

/**
 * One edition in a listing of a title's editions.
 *
 * @param title       the title's slug
 * @param date        the edition date
 * @param issueNumber the running issue number, when printed
 * @param pageCount   pages announced by the masthead (今日N版), when printed
 * @param pagesHeld   pages the archive holds for it
 */
public record EditionSummary(String title, LocalDate date, Integer issueNumber, Integer pageCount, int pagesHeld) {
}
