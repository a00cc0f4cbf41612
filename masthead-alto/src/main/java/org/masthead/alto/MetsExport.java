package org.masthead.alto;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import javax.xml.stream.XMLStreamException;
import org.masthead.model.Edition;

/**
 * Writes an edition in library form: as a folder a library can take in (a BagIt bag whose payload is a
 * METS file, {@code data/mets.xml}, and one ALTO 4.4 file per page, {@code data/alto/0001.xml}…, with
 * SHA-256 manifests), or as single METS and ALTO documents to serve.
 */
public final class MetsExport {
    private MetsExport() {
    }

    /** The ALTO file name of the page at {@code index} (from 0) in a bag: {@code alto/0001.xml}. */
    public static String altoName(int index) {
        return String.format(Locale.ROOT, "alto/%04d.xml", index + 1);
    }

    /** A page's image to carry in a bag: the file to copy and the extension of its format (jp2, tif…). */
    public record Image(Path file, String extension) {
    }

    /** Writes {@code edition}, whose stable id is {@code editionId}, as a bag in the empty or new {@code bag}. */
    public static void write(Edition edition, String editionId, Path bag) throws IOException {
        write(edition, editionId, bag, index -> null);
    }

    /**
     * Writes {@code edition} as a bag, carrying each page's image that {@code images} gives (by page index
     * from 0; null for none) as {@code data/images/0001.jp2}…, named in the METS and its page's ALTO, so
     * the bag holds the scans a library gave (copied as they are, byte for byte).
     */
    public static void write(Edition edition, String editionId, Path bag, IntFunction<Image> images)
            throws IOException {
        Path data = bag.resolve("data");
        Files.createDirectories(data.resolve("alto"));
        AltoEditions.Written written = AltoEditions.write(edition);
        List<String> imageNames = new ArrayList<>();
        for (int i = 0; i < written.pages().size(); i++) {
            Image image = images.apply(i);
            String name = image == null ? null
                    : String.format(Locale.ROOT, "images/%04d.%s", i + 1, image.extension());
            if (name != null) {
                Files.createDirectories(data.resolve("images"));
                Files.copy(image.file(), data.resolve(name));
            }
            imageNames.add(name);
        }
        try {
            for (int i = 0; i < written.pages().size(); i++) {
                try (OutputStream out = Files.newOutputStream(data.resolve(altoName(i)))) {
                    AltoWriter.write(written.pages().get(i), "P" + edition.pages().get(i).number(), i + 1,
                            imageNames.get(i) == null ? null : "../" + imageNames.get(i), out);
                }
            }
            try (OutputStream out = Files.newOutputStream(data.resolve("mets.xml"))) {
                mets(edition, written, editionId, MetsExport::altoName, imageNames::get, out);
            }
        } catch (XMLStreamException e) {
            throw new IOException("METS/ALTO could not be written for " + editionId, e);
        }
        BagIt.seal(bag, Map.of("Source-Organization", "Masthead", "External-Identifier", editionId,
                "External-Description", edition.title() + ", " + edition.date()));
    }

    /** The edition's METS alone, its pages' ALTO named by {@code altoHref} (page index from 0 → href). */
    public static void mets(Edition edition, String editionId, IntFunction<String> altoHref, OutputStream out)
            throws XMLStreamException {
        mets(edition, AltoEditions.write(edition), editionId, altoHref, index -> null, out);
    }

    /** The ALTO of the page at {@code index} (from 0). */
    public static void alto(Edition edition, int index, OutputStream out) throws XMLStreamException {
        AltoWriter.write(AltoEditions.write(edition).pages().get(index), "P" + edition.pages().get(index).number(),
                index + 1, null, out);
    }

    private static void mets(Edition edition, AltoEditions.Written written, String editionId,
                             IntFunction<String> altoHref, IntFunction<String> imageHref, OutputStream out)
            throws XMLStreamException {
        List<MetsIssue.PageFiles> pages = new ArrayList<>();
        Map<Path, String> hrefs = new HashMap<>();
        for (int i = 0; i < written.pages().size(); i++) {
            int number = edition.pages().get(i).number();
            Path alto = Path.of("page-" + i);
            hrefs.put(alto, altoHref.apply(i));
            Path image = imageHref.apply(i) == null ? null : Path.of(imageHref.apply(i)); // its name gives its type
            if (image != null) {
                hrefs.put(image, imageHref.apply(i));
            }
            pages.add(new MetsIssue.PageFiles(number, Integer.toString(number), null, alto, image, null));
        }
        MetsIssue issue = new MetsIssue(null, edition.title(), null, edition.date(), null, null,
                edition.masthead().issueNumber() == null ? null : edition.masthead().issueNumber().toString(),
                pages, written.articles());
        MetsWriter.write(issue, editionId, hrefs::get, out);
    }
}
