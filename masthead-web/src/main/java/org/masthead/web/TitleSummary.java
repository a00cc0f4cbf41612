package org.masthead.web;

import java.time.LocalDate;

/**
 * A newspaper title held in the archive.
 *
 * @param slug     the URL name (jiefangjunbao)
 * @param name     the name as printed (解放军报)
 * @param editions how many editions are held
 * @param first    the earliest edition's date
 * @param latest   the latest edition's date
 */
public record TitleSummary(String slug, String name, int editions, LocalDate first, LocalDate latest) {
}
