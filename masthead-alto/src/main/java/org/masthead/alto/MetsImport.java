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

    /** Paths to ingest after library packages were opened, and the packages that could not be. */
    public record Packages(List<Path> paths, List<UnusableInputException> refused) {
    }

    /**
     * Opens library packages among paths given to ingest: a bag (checked against its manifests) stands for
     * its METS; an NDNP batch file, or a folder holding one, for the issue METS it lists; a folder holding
     * issue METS for those. The ALTO, images and tag files of a package are then read through its METS,
     * never on their own. Other paths are passed on unchanged.
     */
    public static Packages packages(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        List<UnusableInputException> refused = new ArrayList<>();
        for (Path path : paths) {
            try {
                out.addAll(open(path));
            } catch (UnusableInputException e) {
                refused.add(e);
            } catch (IOException e) {
                refused.add(new UnusableInputException(path.toString(), "cannot be read (" + e.getMessage() + ")"));
            }
        }
        return new Packages(out, refused);
    }

    private static List<Path> open(Path path) throws IOException, UnusableInputException {
        if (Files.isRegularFile(path)) {
            return NdnpBatch.isBatchFile(path) && "batch".equals(root(path)) ? NdnpBatch.issues(path) : List.of(path);
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        if (BagIt.isBag(path)) {
            return issues(path);
        }
        List<Path> batches = new ArrayList<>();
        List<Path> mets = new ArrayList<>();
        List<Path> bags = new ArrayList<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(path)) {
            for (Path file : walk.sorted().toList()) {
                if (Files.isDirectory(file) && BagIt.isBag(file)) {
                    bags.add(file);
                } else if (Files.isRegularFile(file) && file.toString().endsWith(".xml")
                        && bags.stream().noneMatch(file::startsWith)) {
                    String root = root(file);
                    if ("batch".equals(root) && NdnpBatch.isBatchFile(file)) {
                        batches.add(file);
                    } else if ("mets".equals(root)) {
                        mets.add(file);
                    }
                }
            }
        }
        List<Path> found = new ArrayList<>();
        for (Path bag : bags) {
            found.addAll(issues(bag));
        }
        if (!batches.isEmpty()) {
            // batch.xml and batch_1.xml list the same issues: each issue once.
            java.util.Set<Path> issues = new java.util.LinkedHashSet<>();
            for (Path batch : batches) {
                issues.addAll(NdnpBatch.issues(batch));
            }
            found.addAll(issues);
        } else {
            found.addAll(mets);
        }
        return found.isEmpty() ? List.of(path) : found;
    }

    private static String root(Path file) throws IOException {
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        return MetsAltoFormat.root(head);
    }
}
