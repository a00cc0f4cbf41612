package org.masthead.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sample pages shipped inside the jar, so the demo needs nothing outside the checkout. */
final class Samples {
    private static final String FOLDER = "/samples/";

    private Samples() {
    }

    /** Writes every shipped sample page into {@code dir} and returns their paths. */
    static List<Path> extractTo(Path dir) {
        try {
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            for (String name : names()) {
                Path target = dir.resolve(name);
                try (InputStream in = open(name)) {
                    Files.write(target, in.readAllBytes());
                }
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names() throws IOException {
        try (InputStream index = open("index.txt")) {
            return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = Samples.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("sample " + name + " is missing from the jar");
        }
        return in;
    }
}
