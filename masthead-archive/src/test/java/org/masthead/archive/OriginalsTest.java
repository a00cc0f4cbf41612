package org.masthead.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The originals store keeps a file byte for byte under the SHA-256 that {@code sha256sum} gives it, once
 * however often it arrives, and says plainly when a hash is not there.
 */
class OriginalsTest {
    @TempDir
    Path dir;

    /** A scan-sized file of pseudo-random bytes, larger than any copy buffer. */
    private Path scan(String name) throws Exception {
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(1865).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    private static String sha256sum(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The originals kept in the store, leaving out files still being written. */
    private static long kept(Originals originals) throws Exception {
        try (Stream<Path> files = Files.walk(originals.root())) {
            return files.filter(Files::isRegularFile).filter(f -> !f.startsWith(originals.root().resolve("tmp")))
                    .count();
        }
    }

    @Test
    void aStoredFileReadsBackByteForByteUnderItsSha256() throws Exception {
        Originals originals = new Originals(dir.resolve("originals"));
        Path file = scan("0001.jp2");
        byte[] bytes = Files.readAllBytes(file);

        String sha256 = originals.store(file);
        assertThat(sha256).isEqualTo(sha256sum(bytes)).isEqualTo(Originals.sha256(bytes));
        assertThat(originals.path(sha256)).isEqualTo(originals.root().resolve(sha256.substring(0, 2)).resolve(sha256));
        assertThat(Files.readAllBytes(originals.path(sha256))).isEqualTo(bytes);
        assertThat(originals.size(sha256)).isEqualTo(bytes.length);
        assertThat(originals.rehash(sha256)).isEqualTo(sha256);
        // The hash is the standard one, not merely one the store agrees with itself on: sha256sum of "abc".
        Path abc = Files.writeString(dir.resolve("abc.txt"), "abc");
        assertThat(originals.store(abc)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theSameContentStoredTwiceIsKeptOnceAndNotRewritten() throws Exception {
        Originals originals = new Originals(dir.resolve("originals"));
        Path first = scan("0001.jp2");
        String sha256 = originals.store(first);
        Object kept = Files.readAttributes(originals.path(sha256), BasicFileAttributes.class).fileKey();

        // The same page's scan again, from another batch and by the in-memory route.
        Path again = Files.copy(first, dir.resolve("again.jp2"));
        assertThat(originals.store(again)).isEqualTo(sha256);
        originals.store(sha256, Files.readAllBytes(first));

        assertThat(kept(originals)).isEqualTo(1);
        assertThat(Files.readAttributes(originals.path(sha256), BasicFileAttributes.class).fileKey())
                .as("the original in place is the one first stored").isEqualTo(kept);
        try (Stream<Path> left = Files.list(originals.root().resolve("tmp"))) {
            assertThat(left).as("the dropped copy is not left behind").isEmpty();
        }
    }

    @Test
    void aHashTheStoreDoesNotHoldIsReportedMissing() throws Exception {
        Originals originals = new Originals(dir.resolve("originals"));
        String never = sha256sum("never stored".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(originals.size(never)).isEqualTo(-1);
        assertThat(originals.rehash(never)).isNull();
        assertThat(originals.path(never)).doesNotExist();

        // One that was stored and then lost, as a scan is when the store's disk fails it.
        String lost = originals.store(scan("0002.jp2"));
        Files.delete(originals.path(lost));
        assertThat(originals.size(lost)).isEqualTo(-1);
        assertThat(originals.rehash(lost)).isNull();
    }
}
