package org.masthead.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The originals store: every ingested file byte for byte, named by its SHA-256 under
 * {@code <data>/originals/ab/abcd…} (256 folders hold a million files at a few thousand each). Files are
 * written to {@code tmp/} and moved into place atomically, so a name always holds complete bytes; the
 * record refers to an original only after it is in place.
 */
final class Originals {
    private final Path root;
    private final Path tmp;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    Originals(Path root) {
        this.root = root;
        this.tmp = root.resolve("tmp");
        try {
            Files.createDirectories(tmp);
            // Leftovers of a run killed mid-write; nothing refers to them. Only old ones: with PostgreSQL another
            // process (an ingest beside the web server) may be writing into the same store right now.
            FileTime stale = FileTime.from(Instant.now().minus(Duration.ofDays(1)));
            try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp)) {
                for (Path file : files) {
                    try {
                        if (Files.getLastModifiedTime(file).compareTo(stale) < 0) {
                            Files.deleteIfExists(file);
                        }
                    } catch (NoSuchFileException moved) {
                        // another ingest beside this one finished that write and moved it into place
                    }
                }
            }
        } catch (IOException e) {
            throw new ArchiveException("cannot prepare the originals store " + root + ": " + e.getMessage(), e);
        }
    }

    Path root() {
        return root;
    }

    /** Where the original with this hash is (or would be) kept. */
    Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** The stored original's size in bytes, or -1 when it is not there. */
    long size(String sha256) {
        try {
            return Files.size(path(sha256));
        } catch (IOException e) {
            return -1;
        }
    }

    /** Keeps these bytes under their hash, unless an original of that hash and size is already there. */
    void store(String sha256, byte[] bytes) {
        if (size(sha256) == bytes.length) {
            return;
        }
        try {
            // A temporary name of its own per call: whoever else stores the same bytes does not collide.
            Path temp = Files.createTempFile(tmp, sha256.substring(0, 16), ".part");
            Files.write(temp, bytes);
            moveIntoPlace(temp, sha256);
        } catch (IOException e) {
            throw new ArchiveException("cannot store original " + sha256 + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keeps a copy of the file under its hash, hashing while it copies (a scan of hundreds of megabytes never
     * sits in memory); returns the hash. Where an original of that hash and size is there already, the copy
     * is dropped.
     */
    String store(Path file) throws IOException {
        Path temp = Files.createTempFile(tmp, "copy", ".part");
        try {
            MessageDigest digest = digest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            if (size(sha256) == Files.size(temp)) {
                Files.delete(temp);
            } else {
                moveIntoPlace(temp, sha256);
            }
            return sha256;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private void moveIntoPlace(Path temp, String sha256) throws IOException {
        Path target = path(sha256);
        if (!folders.contains(target.getParent())) {
            Files.createDirectories(target.getParent());
            folders.add(target.getParent());
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The SHA-256 of these bytes, in lower-case hex. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Re-hashes a stored original; null if it is missing. */
    String rehash(String sha256) throws IOException {
        Path file = path(sha256);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
