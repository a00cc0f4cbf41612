package org.masthead.model;

import java.util.List;

/**
 * An edition as the archive serves it: under its title's slug, with its logical articles (jumps stitched).
 * What {@link EditionWriter}s write.
 *
 * @param slug     the title's URL slug (jiefangjunbao)
 * @param edition  the edition
 * @param articles its logical articles in reading order (those an export selects)
 */
public record StitchedEdition(String slug, Edition edition, List<Article> articles) {
    public StitchedEdition {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }
}
