package org.masthead.alto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.masthead.parse.UnusableInputException;

/**
 * BagIt 1.0 (RFC 8493) bags with SHA-256 manifests: the package in which an edition leaves Masthead, and
 * which ingest checks before it reads one back.
 */
public final class BagIt {
    private static final String DECLARATION = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

    private BagIt() {
    }

    /** Whether {@code folder} is a bag (has a {@code bagit.txt}). */
    public static boolean isBag(Path folder) {
        return Files.isRegularFile(folder.resolve("bagit.txt"));
    }

    /**
     * Turns {@code bag}, whose payload already lies in {@code bag/data}, into a bag: declaration, bag-info,
     * payload manifest and tag manifest, all SHA-256.
     */
    public static void seal(Path bag, Map<String, String> info) throws IOException {
        Path data = bag.resolve("data");
        Map<String, String> payload = digests(bag, files(data));
        Files.writeString(bag.resolve("bagit.txt"), DECLARATION, StandardCharsets.UTF_8);
        long bytes = 0;
        for (String file : payload.keySet()) {
            bytes += Files.size(bag.resolve(file));
        }
        StringBuilder bagInfo = new StringBuilder();
        Map<String, String> fields = new TreeMap<>(info);
        fields.putIfAbsent("Bagging-Date", LocalDate.now().toString());
        fields.put("Payload-Oxum", bytes + "." + payload.size());
        fields.forEach((k, v) -> bagInfo.append(k).append(": ").append(v.replaceAll("\\R", " ")).append('\n'));
        Files.writeString(bag.resolve("bag-info.txt"), bagInfo, StandardCharsets.UTF_8);
        Files.writeString(bag.resolve("manifest-sha256.txt"), manifest(payload), StandardCharsets.UTF_8);
        Map<String, String> tags = digests(bag, List.of(bag.resolve("bagit.txt"), bag.resolve("bag-info.txt"),
                bag.resolve("manifest-sha256.txt")));
        Files.writeString(bag.resolve("tagmanifest-sha256.txt"), manifest(tags), StandardCharsets.UTF_8);
    }

    /**
     * Checks {@code bag} as RFC 8493 asks: every payload file listed with a matching SHA-256, nothing
     * listed missing, nothing unlisted present, and the tag files matching the tag manifest.
     */
    public static void verify(Path bag) throws IOException, UnusableInputException {
        String name = bag.toString();
        if (!isBag(bag)) {
            throw new UnusableInputException(name, "not a BagIt bag (no bagit.txt)");
        }
        Map<String, String> listed = read(bag, "manifest-sha256.txt");
        Map<String, String> actual = digests(bag, files(bag.resolve("data")));
        for (Map.Entry<String, String> entry : listed.entrySet()) {
            String found = actual.get(entry.getKey());
            if (found == null) {
                throw new UnusableInputException(name, "bag payload file missing: " + entry.getKey());
            }
            if (!found.equals(entry.getValue())) {
                throw new UnusableInputException(name, "bag payload file changed (SHA-256 differs): " + entry.getKey());
            }
        }
        for (String file : actual.keySet()) {
            if (!listed.containsKey(file)) {
                throw new UnusableInputException(name, "bag payload file not in the manifest: " + file);
            }
        }
        if (Files.exists(bag.resolve("tagmanifest-sha256.txt"))) {
            for (Map.Entry<String, String> tag : read(bag, "tagmanifest-sha256.txt").entrySet()) {
                Path file = inside(bag, tag.getKey());
                if (!Files.isRegularFile(file) || !sha256(file).equals(tag.getValue())) {
                    throw new UnusableInputException(name, "bag tag file missing or changed: " + tag.getKey());
                }
            }
        }
    }

    private static Map<String, String> read(Path bag, String manifest) throws IOException, UnusableInputException {
        Path file = bag.resolve(manifest);
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException(bag.toString(), "bag without " + manifest);
        }
        Map<String, String> entries = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]{64}")) {
                throw new UnusableInputException(bag.toString(), manifest + ": bad line \"" + line + "\"");
            }
            String path = decode(parts[1]);
            inside(bag, path);
            entries.put(path, parts[0].toLowerCase(java.util.Locale.ROOT));
        }
        return entries;
    }

    private static Path inside(Path bag, String path) throws UnusableInputException {
        Path root = bag.toAbsolutePath().normalize();
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root) || path.startsWith("/")) {
            throw new UnusableInputException(bag.toString(), "bag manifest names a file outside the bag: " + path);
        }
        return resolved;
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Map<String, String> digests(Path bag, List<Path> files) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (Path file : files) {
            digests.put(bag.relativize(file).toString().replace('\\', '/'), sha256(file));
        }
        return digests;
    }

    private static String manifest(Map<String, String> digests) {
        StringBuilder out = new StringBuilder();
        digests.forEach((path, digest) -> out.append(digest).append("  ").append(encode(path)).append('\n'));
        return out.toString();
    }

    /** RFC 8493 §2.1.3: CR, LF and % in file paths are percent-encoded. */
    private static String encode(String path) {
        return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String decode(String path) {
        return path.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** The payload files of a bag, as paths, in order. */
    public static List<Path> payload(Path bag) throws IOException {
        return new ArrayList<>(files(bag.resolve("data")));
    }
}
