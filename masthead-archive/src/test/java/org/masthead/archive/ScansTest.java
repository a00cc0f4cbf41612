package org.masthead.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page scans as libraries hold them, decoded at about the width asked for: JPEG 2000 by the real OpenJPEG
 * decoder at a lower resolution level, TIFF by the JDK subsampled. Each scan is {@link ScanFiles#page}, so what
 * comes out can be checked by its pixels.
 */
class ScansTest {
    @TempDir
    Path dir;

    @Test
    void aJpeg2000ScanIsDecodedAtTheSmallestLevelNearlyAsWideAsAsked() throws Exception {
        assumeTrue(ScanFiles.openJpeg(), "OpenJPEG is not installed");
        Path scan = ScanFiles.jpeg2000(ScanFiles.page(), dir.resolve("0001.jp2"));
        Path stored = Files.move(scan, dir.resolve("a1b2c3")); // the archive names originals by hash alone

        assertThat(Scans.Header.of(stored)).isEqualTo(new Scans.Header(ScanFiles.WIDTH, 6, false));
        BufferedImage half = Scans.decode(stored, 500); // 1200 → 600: the smallest level of at least 7/8 × 500
        assertThat(half.getWidth()).isEqualTo(600);
        assertThat(half.getHeight()).isEqualTo(900);
        assertThat(ScanFiles.dark(half, 300, 250)).isTrue();
        assertThat(ScanFiles.dark(half, 800, 1200)).isFalse();
        assertThat(Scans.decode(stored, 650).getWidth()).as("a level 7/8 as wide as asked will do").isEqualTo(600);
        assertThat(Scans.decode(stored, 700).getWidth()).as("but not less").isEqualTo(ScanFiles.WIDTH);
        assertThat(Scans.decode(stored, 2000).getWidth()).as("never above the scan's own size").isEqualTo(ScanFiles.WIDTH);
    }

    @Test
    void aTiffScanIsReadSubsampled() throws Exception {
        Path scan = dir.resolve("0001");
        ImageIO.write(ScanFiles.page(), "tiff", scan.toFile());

        BufferedImage read = Scans.decode(scan, 400);
        assertThat(read.getWidth()).isEqualTo(400);
        assertThat(ScanFiles.dark(read, 300, 250)).isTrue();
        assertThat(ScanFiles.dark(read, 800, 1200)).isFalse();
    }

    @Test
    void whatIsNoScanOrABrokenOneIsOneClearError() throws Exception {
        Path text = Files.writeString(dir.resolve("page.xml"), "<alto/>");
        assertThatThrownBy(() -> Scans.decode(text, 100)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a scan");

        assumeTrue(ScanFiles.openJpeg(), "OpenJPEG is not installed");
        byte[] whole = Files.readAllBytes(ScanFiles.jpeg2000(ScanFiles.page(), dir.resolve("0002.jp2")));
        Path cut = Files.write(dir.resolve("cut"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> Scans.decode(cut, 100)).isInstanceOf(IOException.class)
                .hasMessageContaining(Scans.DECODER);
    }
}
