package org.masthead.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * First stage: everything a page marks that layout needs, in one pass over its content stream: glyphs with
 * their boxes, sizes and weights; rules (thin lines and bars); frames (stroked rectangles, as around boxed
 * commentary); and images. Glyphs of Type 3 fonts are taken from their widths, not drawn, so the paths
 * that draw them are not mistaken for rules.
 */
final class PageMarks extends PDFGraphicsStreamEngine {
    /** The top of a glyph box above its baseline, in em (the generator's convention too). */
    static final float ASCENT = 0.88f;
    /** Lines thinner than this many points are rules; shorter than {@link #MIN_RULE} they are ornaments. */
    private static final float RULE_THICKNESS = 3;
    private static final float MIN_RULE = 15;
    /** Filled areas smaller than this are ornaments, not pictures. */
    private static final float MIN_PICTURE = 30;

    /** What one page marks. */
    record Marks(float width, float height, List<Glyph> glyphs, List<Box> rules, List<Box> frames, List<Box> images,
            List<Box> fills) {
    }

    private final float left;
    private final float top;
    private final List<Glyph> glyphs = new ArrayList<>(8192);
    private final List<Box> rules = new ArrayList<>();
    private final List<Box> frames = new ArrayList<>();
    private final List<Box> images = new ArrayList<>();
    private final List<Box> fills = new ArrayList<>();
    private final List<Point2D> path = new ArrayList<>();
    private final List<Box> rectangles = new ArrayList<>();
    private Point2D current = new Point2D.Float();

    private PageMarks(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        left = crop.getLowerLeftX();
        top = crop.getUpperRightY();
    }

    static Marks of(PDPage page) throws IOException {
        PageMarks marks = new PageMarks(page);
        marks.processPage(page);
        PDRectangle crop = page.getCropBox();
        return new Marks(crop.getWidth(), crop.getHeight(), marks.glyphs, marks.rules, marks.frames, marks.images,
                marks.fills);
    }

    @Override
    protected void showFontGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
        glyph(matrix, font, code, displacement);
    }

    @Override
    protected void showType3Glyph(Matrix matrix, PDType3Font font, int code, Vector displacement) throws IOException {
        glyph(matrix, font, code, displacement);
    }

    private void glyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
        String text = font.toUnicode(code);
        if (text == null || text.isEmpty()) {
            return;
        }
        float size = Math.abs(matrix.getScalingFactorY());
        if (size < 1) {
            return; // invisible text layers and hairline artefacts
        }
        float width = displacement.getX() * matrix.getScalingFactorX();
        float x = matrix.getTranslateX() - left;
        float baseline = top - matrix.getTranslateY();
        glyphs.add(new Glyph(text, new Box(x, baseline - ASCENT * size, Math.max(width, size * 0.25f), size), baseline,
                size, bold(font), face(font)));
    }

    /** The typeface: the font's name without the subset tag (ABCDEF+) that differs from one subset to the next. */
    private static String face(PDFont font) {
        String name = font.getName();
        return name == null ? "" : name.replaceFirst("^[A-Z]{6}\\+", "");
    }

    /** Bold from the font's name or weight, or from text drawn with a stroke (how faux bold is set). */
    private boolean bold(PDFont font) {
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode == RenderingMode.FILL_STROKE || mode == RenderingMode.FILL_STROKE_CLIP) {
            return true;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("demi")) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.getFontWeight() >= 600 || descriptor.isForceBold());
    }

    /** A page that would take unbounded memory to read: a picture of absurd size (a PDF bomb). */
    static final class TooLargeException extends RuntimeException {
        TooLargeException(String message) {
            super(message);
        }
    }

    /** No press photo comes near this many pixels (a 300 dpi broadsheet page is about 30 million). */
    private static final long MAX_PIXELS = 200_000_000L;

    @Override
    public void drawImage(PDImage image) {
        if ((long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
            throw new TooLargeException("has a picture of " + image.getWidth() + " × " + image.getHeight()
                    + " pixels; no newspaper picture is that large");
        }
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        float width = Math.abs(ctm.getScalingFactorX());
        float height = Math.abs(ctm.getScalingFactorY());
        if (width < 20 || height < 20) {
            return; // bullets and ornaments
        }
        float x = ctm.getTranslateX() - left;
        float y = top - ctm.getTranslateY() - (ctm.getScaleY() > 0 ? height : 0);
        images.add(new Box(x, y, width, height));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rectangles.add(new Box(x0 - left, top - y1, x1 - x0, y1 - y0));
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        path.add(null); // a subpath break
        current = new Point2D.Float(x, y);
        path.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        current = new Point2D.Float(x, y);
        path.add(current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.add(null); // curves are ornaments, never rules
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // rules are open lines; a closed outline is caught as a rectangle or ignored
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (int i = 1; i < path.size(); i++) {
            Point2D a = path.get(i - 1);
            Point2D b = path.get(i);
            if (a != null && b != null) {
                line(a, b);
            }
        }
        for (Box box : rectangles) {
            if (box.width() > MIN_RULE && box.height() > MIN_RULE) {
                frames.add(box);
            } else {
                rule(box);
            }
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        // Filled thin bars are rules; filled areas are tints behind boxes, or pictures drawn as a tone
        // (a placeholder, a chart's plate): which, layout decides by what stands on them.
        for (Box box : rectangles) {
            if (box.width() >= MIN_PICTURE && box.height() >= MIN_PICTURE) {
                fills.add(box);
            } else {
                rule(box);
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // Clipping paths are ended by endPath, which clears them.
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Shadings are backgrounds.
    }

    private void line(Point2D a, Point2D b) {
        float x0 = (float) Math.min(a.getX(), b.getX()) - left;
        float x1 = (float) Math.max(a.getX(), b.getX()) - left;
        float y0 = top - (float) Math.max(a.getY(), b.getY());
        float y1 = top - (float) Math.min(a.getY(), b.getY());
        rule(new Box(x0, y0, x1 - x0, y1 - y0));
    }

    private void rule(Box box) {
        boolean horizontal = box.height() < RULE_THICKNESS && box.width() >= MIN_RULE;
        boolean vertical = box.width() < RULE_THICKNESS && box.height() >= MIN_RULE;
        if (horizontal || vertical) {
            rules.add(box);
        }
    }

    private void clear() {
        path.clear();
        rectangles.clear();
    }
}
