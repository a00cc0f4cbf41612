package org.masthead.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Masthead's one Solr configset, kept as resources: copied for the embedded core, zipped for SolrCloud. */
public final class Configset {

    /** The configset's name in SolrCloud. */
    public static final String NAME = "masthead";
    private static final String TRADITIONAL_SIMPLIFIED = "traditional-simplified.txt";
    static final List<String> FILES = List.of("managed-schema.xml", "solrconfig.xml", "cjk-token-types.txt",
            TRADITIONAL_SIMPLIFIED);

    private Configset() {
    }

    /** Writes the configset's files into a core's conf folder, replacing older copies. */
    public static void copyTo(Path conf) {
        try {
            Files.createDirectories(conf);
            for (String file : FILES) {
                try (InputStream in = open(file)) {
                    Files.copy(in, conf.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Solr configset to " + conf, e);
        }
    }

    /** The configset as a zip, the form Solr's configset upload API takes. */
    public static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : FILES) {
                zip.putNextEntry(new ZipEntry(file));
                try (InputStream in = open(file)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static InputStream open(String file) {
        // The table of Traditional to Simplified characters is the model's, which the parser reads text with too.
        InputStream in = Configset.class.getResourceAsStream(
                file.equals(TRADITIONAL_SIMPLIFIED) ? "/org/masthead/model/" + file : "configset/" + file);
        if (in == null) {
            throw new IllegalStateException("configset file missing from the jar: " + file);
        }
        return in;
    }
}
