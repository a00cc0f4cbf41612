package org.masthead.alto;

import java.util.Locale;

/** ALTO's MeasurementUnit: what one coordinate step is. */
public enum MeasurementUnit {
    /** Image pixels. */
    PIXEL,
    /** Tenths of a millimetre. */
    MM10,
    /** 1/1200 inch, the NDNP convention. */
    INCH1200;

    /** The unit named in an ALTO file; ALTO's default is pixel. */
    public static MeasurementUnit of(String name) {
        return switch (name == null ? "pixel" : name.strip().toLowerCase(Locale.ROOT)) {
            case "mm10" -> MM10;
            case "inch1200" -> INCH1200;
            default -> PIXEL;
        };
    }

    /** The ALTO spelling. */
    public String altoName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The factor that turns this unit into pixels of an image of {@code pixelsWide} for a page
     * {@code pageWidth} units wide: the image's own size decides, so no resolution has to be trusted.
     */
    public static double toPixels(double pageWidth, int pixelsWide) {
        return pageWidth <= 0 ? 1 : pixelsWide / pageWidth;
    }
}
