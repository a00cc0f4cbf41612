package org.masthead.web;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.masthead.archive.PageImages;
import org.masthead.iiif.ImageTiles;
import org.masthead.model.PageSize;
import org.masthead.model.Unit;

/**
 * The IIIF level 0 tile trees of pages printed from PDFs or scanned, cut on a page's first IIIF image request
 * from a {@value #DPI} dpi rendering of its original (or its scan) and kept beside its page images ({@code p<N>-tiles}), so every
 * later request is a file read. Lazily rather than at ingest: most pages are never opened in a IIIF viewer,
 * and a tree costs a rendering at twice the reader image's resolution. Thread-safe.
 */
final class PageTiles {
    /** Newsprint's small type stays legible when zoomed in at 200 dpi; 300 would take 2.25× the memory. */
    static final int DPI = 200;
    /** A page wider than this (a broadsheet's 22 inches) is rendered at this width, to bound memory. */
    static final int MAX_WIDTH = 4400;

    private final PageImages images;
    /** One cut at a time: each holds a whole page rendering (~40 MB) on a machine shared with the reader. */
    private final Semaphore cutting = new Semaphore(1);
    private final ConcurrentHashMap<Path, Object> pending = new ConcurrentHashMap<>();

    PageTiles(PageImages images) {
        this.images = images;
    }

    /**
     * The pixel size of a page's tiled image, known from its size before anything is rendered: {@value #DPI} dpi
     * of a page measured in points, a scan's own pixels for a page measured in them (its ALTO's unit).
     */
    static ImageTiles.Size size(PageSize page) {
        double pixels = page.unit() == Unit.PIXEL ? page.width() : page.width() * DPI / 72.0;
        int width = (int) Math.min(MAX_WIDTH, Math.round(pixels));
        return new ImageTiles.Size(width, (int) Math.max(1, Math.round(page.height() * width / page.width())));
    }

    /** The page's tile tree, cut now if it is not there yet. */
    Path tree(PageImages.Printed page) throws IOException {
        Path tree = images.derived(page, "tiles");
        if (Files.isDirectory(tree)) {
            return tree; // trees are moved into place whole
        }
        Object lock = pending.computeIfAbsent(tree, k -> new Object());
        synchronized (lock) {
            try {
                if (!Files.isDirectory(tree)) {
                    cutting.acquireUninterruptibly();
                    try {
                        ImageTiles.Size size = size(page.size());
                        ImageTiles.write(exactly(images.render(page, size.width()), size), tree, "");
                    } finally {
                        cutting.release();
                    }
                }
            } finally {
                pending.remove(tree);
            }
        }
        return tree;
    }

    /**
     * The rendering at exactly the size the manifest announced: PDFBox rounds the pixel size down from a float
     * scale, so it may be a pixel short.
     */
    private static BufferedImage exactly(BufferedImage image, ImageTiles.Size size) {
        if (image.getWidth() == size.width() && image.getHeight() == size.height()) {
            return image;
        }
        BufferedImage out = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, size.width(), size.height(), null);
        g.dispose();
        return out;
    }
}
