package org.masthead.alto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.masthead.parse.UnusableInputException;

/** An NDNP batch file ({@code batch.xml}): the list of its issue METS files, inside the batch folder. */
public final class NdnpBatch {
    private NdnpBatch() {
    }

    /** Whether {@code file} is named like an NDNP batch file (batch.xml, batch_1.xml). */
    public static boolean isBatchFile(Path file) {
        String name = file.getFileName().toString();
        return name.matches("batch(_\\d+)?\\.xml");
    }

    /** The issue METS files {@code batchXml} lists, in its order. */
    public static List<Path> issues(Path batchXml) throws IOException, UnusableInputException {
        XmlTree batch;
        try (InputStream in = Files.newInputStream(batchXml)) {
            batch = XmlTree.read(in, batchXml.toString());
        }
        if (!batch.name().equals("batch")) {
            throw new UnusableInputException(batchXml.toString(), "not an NDNP batch (root <" + batch.name() + ">)");
        }
        Path folder = batchXml.toAbsolutePath().getParent().normalize();
        List<Path> issues = new ArrayList<>();
        for (XmlTree issue : batch.children("issue")) {
            String href = issue.text();
            Path resolved = folder.resolve(href).normalize();
            if (href.contains(":") || href.startsWith("/") || !resolved.startsWith(folder)) {
                throw new UnusableInputException(batchXml.toString(), "issue outside the batch folder: " + href);
            }
            issues.add(resolved);
        }
        return issues;
    }
}
