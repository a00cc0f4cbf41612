package org.masthead.alto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.masthead.model.Edition;
import org.masthead.parse.UnusableInputException;

/**
 * Reads editions from library packages: an NDNP {@code batch.xml} (every issue it lists), a single issue
 * METS, or a BagIt bag holding one (checked against its manifests first). Page OCR that is missing or
 * unreadable leaves its page without text and a warning; the rest of the issue is read.
 */
public final class MetsImport {
    private MetsImport() {
    }

    /** One issue's METS and what it points to, as an edition. */
    public static Edition issue(Path mets) throws IOException, UnusableInputException {
        MetsIssue issue = MetsReader.read(mets);
        List<AltoPage> altos = new ArrayList<>();
        for (MetsIssue.PageFiles page : issue.pages()) {
            altos.add(page.alto() != null && Files.isRegularFile(page.alto()) ? AltoReader.read(page.alto()) : null);
        }
        return AltoEditions.read(issue, altos);
    }

    /** The issue METS files a path stands for: a batch's issues, a bag's METS, or the METS itself. */
    public static List<Path> issues(Path path) throws IOException, UnusableInputException {
        if (Files.isDirectory(path) && BagIt.isBag(path)) {
            BagIt.verify(path);
            Path mets = path.resolve("data/mets.xml");
            if (!Files.isRegularFile(mets)) {
                throw new UnusableInputException(path.toString(), "bag without data/mets.xml");
            }
            return List.of(mets);
        }
        if (NdnpBatch.isBatchFile(path)) {
            return NdnpBatch.issues(path);
        }
        return List.of(path);
    }
}
