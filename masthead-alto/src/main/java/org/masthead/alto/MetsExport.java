package org.masthead.alto;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.masthead.model.Edition;

/**
 * Writes an edition as a folder a library can take in: a BagIt bag whose payload is a METS file
 * ({@code data/mets.xml}) and one ALTO 4.4 file per page ({@code data/alto/0001.xml}…), with SHA-256
 * manifests.
 */
public final class MetsExport {
    private MetsExport() {
    }

    /** Writes {@code edition}, whose stable id is {@code editionId}, as a bag in the empty or new {@code bag}. */
    public static void write(Edition edition, String editionId, Path bag) throws IOException {
        Path data = bag.resolve("data");
        Files.createDirectories(data.resolve("alto"));
        AltoEditions.Written written = AltoEditions.write(edition);
        List<MetsIssue.PageFiles> pages = new ArrayList<>();
        try {
            for (int i = 0; i < written.pages().size(); i++) {
                int number = edition.pages().get(i).number();
                Path alto = data.resolve("alto").resolve(String.format(Locale.ROOT, "%04d.xml", i + 1));
                try (OutputStream out = Files.newOutputStream(alto)) {
                    AltoWriter.write(written.pages().get(i), "P" + number, i + 1, null, out);
                }
                pages.add(new MetsIssue.PageFiles(number, Integer.toString(number), null, alto, null, null));
            }
            MetsIssue issue = new MetsIssue(null, edition.title(), null, edition.date(), null, null,
                    edition.masthead().issueNumber() == null ? null : edition.masthead().issueNumber().toString(),
                    pages, written.articles());
            try (OutputStream out = Files.newOutputStream(data.resolve("mets.xml"))) {
                MetsWriter.write(issue, editionId, data, out);
            }
        } catch (XMLStreamException e) {
            throw new IOException("METS/ALTO could not be written for " + editionId, e);
        }
        BagIt.seal(bag, Map.of("Source-Organization", "Masthead", "External-Identifier", editionId,
                "External-Description", edition.title() + ", " + edition.date()));
    }
}
