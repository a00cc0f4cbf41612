package org.masthead.archive;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A page's scan as libraries hold it beside its ALTO (NDNP: JPEG 2000; others: TIFF, JPEG, PNG), decoded to
 * pixels at about the width asked for, never much more: a 6,000-pixel scan for a 1,600-pixel reader image is
 * decoded at a lower resolution level (JPEG 2000) or read subsampled (the rest), so memory follows the
 * output, not the scan.
 *
 * <p>JPEG 2000 is decoded by OpenJPEG's {@code opj_decompress} (Debian {@code libopenjp2-tools}): the
 * reference decoder, maintained, fuzzed by OSS-Fuzz and patched by the distribution, running outside the JVM's
 * heap. The JDK's ImageIO reads the other kinds (TIFF since Java 9). See docs/iiif.md.
 */
final class Scans {
    /** The program that decodes JPEG 2000; found on the PATH. */
    static final String DECODER = "opj_decompress";
    private static final long DECODE_SECONDS = 120;
    private static final byte[] JP2_SIGNATURE = {0, 0, 0, 12, 'j', 'P', ' ', ' ', 13, 10, (byte) 0x87, 10};
    private static final byte[] CODESTREAM_START = {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51};
    /** How far into a JPEG 2000 file its image header (SIZ) and coding style (COD) are looked for. */
    private static final int HEADER_BYTES = 1 << 16;

    private Scans() {
    }

    /** What kind of scan the file's first bytes show, or null when they are not one. */
    enum Kind {
        JPEG2000, IMAGEIO
    }

    static Kind kind(byte[] head) {
        String extension = extension(head);
        return extension == null ? null : extension.equals("jp2") ? Kind.JPEG2000 : Kind.IMAGEIO;
    }

    /** The usual file extension of the scan format the first bytes show (jp2, tif, jpg, png), or null. */
    static String extension(byte[] head) {
        if (startsWith(head, JP2_SIGNATURE) || startsWith(head, CODESTREAM_START)) {
            return "jp2";
        }
        if (startsWith(head, new byte[] {'I', 'I', 42, 0}) || startsWith(head, new byte[] {'M', 'M', 0, 42})) {
            return "tif";
        }
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "jpg";
        }
        return startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G'}) ? "png" : null;
    }

    /** The kind of scan this file is, or null. */
    static Kind kind(Path file) throws IOException {
        return kind(head(file));
    }

    /** The file's first bytes, enough to tell its format. */
    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(16);
        }
    }

    /**
     * The scan decoded at about {@code width} pixels (from 7/8 of it to twice it), or at its own size when that is
     * smaller; the caller scales it to the exact size.
     */
    static BufferedImage decode(Path file, int width) throws IOException {
        Kind kind = kind(file);
        if (kind == null) {
            throw new IOException("not a scan this archive can read (JPEG 2000, TIFF, JPEG, PNG)");
        }
        return kind == Kind.JPEG2000 ? decodeJpeg2000(file, width) : decodeWithImageIo(file, width);
    }

    private static BufferedImage decodeWithImageIo(Path file, int width) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no image reader for this scan");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, reader.getWidth(0) / width);
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage decodeJpeg2000(Path file, int width) throws IOException {
        Header header = Header.of(file);
        // Each level discarded halves the width (and the decoding time about thirds). The smallest level at
        // least 7/8 as wide as asked is taken, and scaled up by the caller: a 400 dpi broadsheet scan gives its
        // 1,600-pixel reader image from 1,431 pixels in a third of the time, with type a little softer; zooming
        // in goes to the IIIF tiles, decoded at full size.
        int reduce = 0;
        while (reduce < header.levels() && (long) (header.width() >> (reduce + 1)) * 8 >= (long) width * 7) {
            reduce++;
        }
        Path work = Files.createTempDirectory("masthead-scan");
        try {
            // The decoder tells formats by extension; the archive names originals by hash alone.
            Path input = work.resolve(header.codestream() ? "scan.j2k" : "scan.jp2");
            Files.createSymbolicLink(input, file.toAbsolutePath());
            Path output = work.resolve("scan.bmp"); // uncompressed, and read by ImageIO
            Process process = new ProcessBuilder(DECODER, "-i", input.toString(), "-o", output.toString(),
                    "-r", Integer.toString(reduce), "-quiet").redirectErrorStream(true).start();
            byte[] said = process.getInputStream().readAllBytes();
            if (!process.waitFor(DECODE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(DECODER + " took over " + DECODE_SECONDS + " s");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(output)) {
                String reason = new String(said, java.nio.charset.StandardCharsets.UTF_8).strip().lines()
                        .reduce((first, last) -> last).orElse("exit " + process.exitValue());
                throw new IOException(DECODER + " could not decode it: " + reason);
            }
            BufferedImage image = ImageIO.read(output.toFile());
            if (image == null) {
                throw new IOException(DECODER + " wrote no image ImageIO reads");
            }
            return image;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while decoding", e);
        } catch (java.io.UncheckedIOException | SecurityException | UnsupportedOperationException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            try (var files = Files.list(work)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    /**
     * What a JPEG 2000 file's main header says: the image's width (SIZ) and its number of resolution levels
     * below full size (COD), and whether it is a bare codestream rather than a JP2 file.
     */
    record Header(int width, int levels, boolean codestream) {
        static Header of(Path file) throws IOException {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEADER_BYTES);
            }
            int siz = indexOf(head, CODESTREAM_START);
            if (siz < 0 || siz + 4 + 2 + 2 + 16 > head.length) {
                throw new IOException("no JPEG 2000 image header in its first " + HEADER_BYTES + " bytes");
            }
            int at = siz + 4 + 2 + 2; // past SOC and SIZ markers, Lsiz, Rsiz
            int width = readInt(head, at) - readInt(head, at + 8); // Xsiz - XOsiz
            // The main header's markers follow SIZ, each with its length, up to the first tile (SOT).
            int levels = 0;
            for (int marker = siz + 2; marker + 10 < head.length && (head[marker] & 0xFF) == 0xFF;
                    marker += 2 + readShort(head, marker + 2)) {
                int code = head[marker + 1] & 0xFF;
                if (code == 0x52) { // COD: Lcod (2), Scod (1), SGcod (4), then the decomposition levels
                    levels = head[marker + 9] & 0xFF;
                    break;
                }
                if (code == 0x90) {
                    break;
                }
            }
            if (width <= 0) {
                throw new IOException("a JPEG 2000 image header with no width");
            }
            return new Header(width, levels, siz == 0);
        }
    }

    private static int readShort(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
    }

    private static int readInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        return -1;
    }
}
