package org.masthead.alto;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The public-domain samples in test resources (see PROVENANCE.md there). */
final class Samples {
    private Samples() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Samples.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Evening Star (Washington), 1865-10-02: English, ALTO v2, inch1200. */
    static Path eveningStarBatch() {
        return resource("ndnp/batch_dlc_manyyears_ver01/data/batch.xml");
    }

    /** Der Nordstern (St. Cloud), 1878-01-03: German, 8 pages, ALTO v2 for pages 1 and 7 only. */
    static Path nordsternBatch() {
        return resource("ndnp/batch_mnhi_german_ver01/data/batch.xml");
    }

    /** Tesseract's ALTO v3 (pixel) of part of the Evening Star's page 1. */
    static Path altoV3() {
        return resource("alto-v3/evening-star-1865-10-02-p1-top-left.xml");
    }
}
