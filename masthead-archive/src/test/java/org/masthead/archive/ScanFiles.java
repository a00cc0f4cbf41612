package org.masthead.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Test scans: a page of 1,200 × 1,800 pixels, white with a black block in its upper left quarter, encoded as
 * libraries keep scans (JPEG 2000 by OpenJPEG's own encoder). Shared with masthead-cli's tests.
 */
public final class ScanFiles {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 1800;

    private ScanFiles() {
    }

    /** The test page: white, with a black block from (100, 100) to (500, 400). */
    public static BufferedImage page() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLACK);
        g.fillRect(100, 100, 400, 300);
        g.dispose();
        return image;
    }

    /** Whether OpenJPEG's tools are here; on CI (CI set) they must be. */
    public static boolean openJpeg() {
        boolean found = Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "opj_compress")) && Files.isExecutable(Path.of(d, Scans.DECODER)));
        if (!found) {
            System.out.println("OpenJPEG (opj_compress, opj_decompress; Debian libopenjp2-tools) is not installed");
        }
        return found || System.getenv("CI") != null;
    }

    /** The page encoded by OpenJPEG's own encoder as NDNP's JP2 are: six resolution levels below full size. */
    public static Path jpeg2000(BufferedImage image, Path file) throws IOException, InterruptedException {
        Path bmp = file.resolveSibling(file.getFileName() + ".bmp");
        ImageIO.write(image, "bmp", bmp.toFile());
        Process encoder = new ProcessBuilder("opj_compress", "-i", bmp.toString(), "-o", file.toString(), "-n", "7")
                .redirectErrorStream(true).start();
        String said = new String(encoder.getInputStream().readAllBytes());
        assertThat(encoder.waitFor()).as(said).isZero();
        Files.delete(bmp);
        return file;
    }

    /** Whether the image is dark at this place of the test page (in its pixels), whatever the image's size. */
    public static boolean dark(BufferedImage image, double x, double y) {
        int rgb = image.getRGB((int) (x * image.getWidth() / WIDTH), (int) (y * image.getHeight() / HEIGHT));
        return (rgb & 0xFF) < 64;
    }
}
