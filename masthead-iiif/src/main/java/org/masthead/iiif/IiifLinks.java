package org.masthead.iiif;

import java.time.LocalDate;
import org.masthead.model.Page;

/**
 * The URLs of IIIF resources and of what they point to. {@link #of(String)} gives Masthead's own layout
 * under one base URL (docs/iiif.md); these paths are contracts and only ever get added to.
 */
public interface IiifLinks {
    /** A page image as a painting annotation body, with its IIIF Image service if any. */
    record Image(String id, String format, int width, int height, String service) {
    }

    String collection(String slug);

    String manifest(String slug, LocalDate date);

    String canvas(String slug, LocalDate date, int page);

    String range(String slug, LocalDate date, String articleId);

    String search(String slug, LocalDate date);

    String text(String slug, LocalDate date);

    String mets(String slug, LocalDate date);

    String edition(String slug, LocalDate date);

    String article(String id);

    /** The edition's PDF, or null when the archive holds none. */
    String pdf(String slug, LocalDate date);

    /** The page's image, or null when it has none. */
    Image image(String slug, LocalDate date, Page page);

    /** Masthead's layout under {@code base} (no trailing slash), without page images or PDFs. */
    static IiifLinks of(String base) {
        return new IiifLinks() {
            private String edition0(String slug, LocalDate date) {
                return base + "/iiif/" + slug + "/" + date;
            }

            @Override
            public String collection(String slug) {
                return base + "/iiif/" + slug + "/collection.json";
            }

            @Override
            public String manifest(String slug, LocalDate date) {
                return edition0(slug, date) + "/manifest.json";
            }

            @Override
            public String canvas(String slug, LocalDate date, int page) {
                return edition0(slug, date) + "/canvas/p" + page;
            }

            @Override
            public String range(String slug, LocalDate date, String articleId) {
                return edition0(slug, date) + "/range/" + articleId;
            }

            @Override
            public String search(String slug, LocalDate date) {
                return edition0(slug, date) + "/search";
            }

            @Override
            public String text(String slug, LocalDate date) {
                return edition0(slug, date) + "/text.txt";
            }

            @Override
            public String mets(String slug, LocalDate date) {
                return edition0(slug, date) + "/mets.xml";
            }

            @Override
            public String edition(String slug, LocalDate date) {
                return base + "/" + slug + "/" + date;
            }

            @Override
            public String article(String id) {
                return base + "/articles/" + id;
            }

            @Override
            public String pdf(String slug, LocalDate date) {
                return null;
            }

            @Override
            public Image image(String slug, LocalDate date, Page page) {
                return null;
            }
        };
    }
}
