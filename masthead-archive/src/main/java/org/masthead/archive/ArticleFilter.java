package org.masthead.archive;

import java.time.LocalDate;

/**
 * Which logical articles to stream; every part is optional (null = any).
 *
 * @param title a title's slug or printed name
 * @param from  first edition date, inclusive
 * @param to    last edition date, inclusive
 */
public record ArticleFilter(String title, LocalDate from, LocalDate to) {
    public static final ArticleFilter ALL = new ArticleFilter(null, null, null);
}
