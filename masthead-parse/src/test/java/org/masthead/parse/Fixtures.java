package org.masthead.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.masthead.model.Edition;

/** Test pages: the real sample shipped in the repository and the fixtures under src/test/resources/pages. */
final class Fixtures {
    static final String SAMPLE_NAME = "jfjb-2025-06-19-p01.md";

    private Fixtures() {
    }

    /** The real front page of 解放军报 of 2025-06-19, as the converter left it. */
    static byte[] sample() {
        try {
            return Files.readAllBytes(repositoryRoot().resolve("masthead-cli/src/main/resources/samples").resolve(SAMPLE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sampleText() {
        return new String(sample(), StandardCharsets.UTF_8);
    }

    static byte[] page(String name) {
        return resource("/pages/" + name);
    }

    /** A file under src/test/resources. */
    static byte[] resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Edition parse(String name, byte[] bytes) {
        return parse(name, bytes, ParseOptions.DEFAULTS);
    }

    static Edition parse(String name, byte[] bytes, ParseOptions options) {
        try {
            return new EditionParser().parse(List.of(new PageSource(name, bytes)), options);
        } catch (UnusableInputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Several page files as one edition. */
    static Edition parseAll(List<PageSource> sources) {
        try {
            return new EditionParser().parse(sources, ParseOptions.DEFAULTS);
        } catch (UnusableInputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Edition parseSample() {
        return parse(SAMPLE_NAME, sample());
    }

    /** Surefire runs in the module folder; the repository root is the folder above that holds the parent pom. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("masthead-cli"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
