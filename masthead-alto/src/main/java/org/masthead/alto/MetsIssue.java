package org.masthead.alto;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One newspaper issue as its METS describes it: MODS metadata, the physical pages with their files, and,
 * where the METS has a logical structure, its articles as areas of ALTO blocks.
 *
 * @param source      the METS file
 * @param title       the paper's title (MODS title, else the METS LABEL without its date)
 * @param lccn        the Library of Congress control number, when given
 * @param date        date of issue
 * @param edition     edition order (1 for the first edition of the day), when given
 * @param volume      volume number as printed, when given
 * @param issueNumber issue number as printed, when given
 * @param pages       physical pages in order
 * @param articles    logical articles in order; empty when the METS has no logical structure
 */
public record MetsIssue(Path source, String title, String lccn, LocalDate date, Integer edition, String volume,
                        String issueNumber, List<PageFiles> pages, List<Article> articles) {
    public MetsIssue {
        pages = List.copyOf(pages);
        articles = List.copyOf(articles);
    }

    /**
     * One physical page and its files; a path is null when the METS names no such file.
     *
     * @param number the printed page number (MODS page number, else ORDERLABEL, else its order)
     * @param label  the page's label as given (ORDERLABEL or MODS), or null
     * @param altoId the METS file ID of its ALTO, so logical areas can point at it
     */
    public record PageFiles(int number, String label, String altoId, Path alto, Path image, Path pdf) {
    }

    /** A logical article: its title and its areas, in reading order, across pages. */
    public record Article(String id, String title, List<Area> areas) {
        public Article {
            areas = List.copyOf(areas);
        }
    }

    /** An area of an article: a block on a page. {@code page} indexes {@link #pages()}. */
    public record Area(int page, String blockId) {
    }
}
