package org.masthead.iiif;

import java.time.LocalDate;
import org.masthead.model.Page;

/**
 * The URLs of IIIF resources and of what they point to. {@link #of(String)} gives Masthead's own layout
 * under one base URL (docs/iiif.md); these paths are contracts and only ever get added to.
 */
public interface IiifLinks {
    /**
     * A page image as a painting annotation body, with its IIIF Image API 3 level 0 service if any
     * ({@code service} is the service's id, the URL before {@code /info.json}), and the URL of a small JPEG
     * of the page for the canvas's thumbnail (null when there is none).
     */
    record Image(String id, String format, int width, int height, String service, String thumbnail) {
    }

    String collection(String slug);

    String manifest(String slug, LocalDate date);

    String canvas(String slug, LocalDate date, int page);

    String range(String slug, LocalDate date, String articleId);

    String search(String slug, LocalDate date);

    /** Content Search 1.0, for viewers that speak only it (Mirador 3 and 4). */
    String search1(String slug, LocalDate date);

    String text(String slug, LocalDate date);

    String mets(String slug, LocalDate date);

    String edition(String slug, LocalDate date);

    String article(String id);

    /** The edition's PDF, or null when the archive holds none. */
    String pdf(String slug, LocalDate date);

    /** The page's image, or null when it has none. */
    Image image(String slug, LocalDate date, Page page);

    /** The id of a page's IIIF Image service (level 0 tiles); its description is this + {@code /info.json}. */
    String imageService(String slug, LocalDate date, int page);

    /** The pixel size of a page's image, or null when the page has none (yet). */
    @FunctionalInterface
    interface ImageSizes {
        ImageTiles.Size size(String slug, LocalDate date, Page page);
    }

    /** Masthead's layout under {@code base} (no trailing slash), without page images or PDFs. */
    static IiifLinks of(String base) {
        return of(base, (slug, date, page) -> null);
    }

    /**
     * Masthead's layout under {@code base}, where each page with a size in {@code images} is painted by the
     * largest whole image of its level 0 tile tree ({@link ImageTiles}) with its service, and has the reader's
     * thumbnail of the page (made at ingest, so a viewer's page strip cuts no tiles).
     */
    static IiifLinks of(String base, ImageSizes images) {
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
            public String search1(String slug, LocalDate date) {
                return edition0(slug, date) + "/search1";
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
            public String imageService(String slug, LocalDate date, int page) {
                return edition0(slug, date) + "/image/p" + page;
            }

            @Override
            public Image image(String slug, LocalDate date, Page page) {
                ImageTiles.Size size = images.size(slug, date, page);
                if (size == null) {
                    return null;
                }
                String service = imageService(slug, date, page.number());
                ImageTiles.Info info = ImageTiles.Info.of(service, size.width(), size.height());
                ImageTiles.Size whole = info.sizes().get(info.sizes().size() - 1);
                return new Image(service + "/" + ImageTiles.fullPath(info, whole), "image/jpeg", whole.width(),
                        whole.height(), service, edition(slug, date) + "/" + page.number() + "/thumbnail.jpg");
            }
        };
    }
}
