package org.masthead.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.masthead.archive.Archive;
import org.masthead.archive.IngestSummary;
import org.masthead.archive.PageImages;

/**
 * Page image rendering beside poppler's {@code pdftoppm} on the same pages: every page PDF under a folder is
 * ingested into a fresh archive (no images), then each round renders every page once with {@link PageImages}
 * (one thread: reader image 1600 px JPEG plus its thumbnail) and once with {@code pdftoppm -jpeg -scale-to-x
 * 1600} (reader image only), one process after another. CPU time, not wall time, is compared (the machine is
 * shared): the JVM's process CPU over the rendering, and the CPU {@code pdftoppm} used as children of a shell.
 *
 * <pre>
 * java -cp masthead-cli/target/masthead.jar org.masthead.bench.PageImagesBench DIR [ROUNDS=3]
 * </pre>
 */
public final class PageImagesBench {

    public static void main(String[] args) throws IOException, InterruptedException {
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> pdfs;
        try (Stream<Path> walk = Files.walk(folder)) {
            pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        Path work = Files.createTempDirectory("page-images-bench");
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Archive archive = Archive.open(work.resolve("data")); PageImages images = new PageImages(archive, 1)) {
            IngestSummary ingested = archive.ingest().run(pdfs);
            System.out.printf(Locale.ROOT, "%d files, %d pages ingested, %d rejected%n", pdfs.size(),
                    ingested.pagesAdded(), ingested.rejected().size());
            for (int round = 1; round <= rounds; round++) {
                long cpu = os.getProcessCpuTime();
                long wall = System.nanoTime();
                int before = images.await().pages();
                images.rebuild(true);
                int pages = images.await().pages() - before;
                double ours = (os.getProcessCpuTime() - cpu) / 1e9;
                double oursWall = (System.nanoTime() - wall) / 1e9;
                double[] poppler = pdftoppm(pdfs, work.resolve("ppm"));
                System.out.printf(Locale.ROOT, "round %d%s: %d pages; PageImages %.0f ms CPU/page (%.0f wall), "
                        + "pdftoppm %.0f ms CPU/page (%.0f wall): ratio %.2f%n", round, round == 1 ? " (cold)" : "",
                        pages, ours * 1000 / pages, oursWall * 1000 / pages, poppler[0] * 1000 / pages,
                        poppler[1] * 1000 / pages, ours / poppler[0]);
            }
        }
    }

    /** Renders every file with pdftoppm in one shell; the children's CPU seconds and the wall seconds. */
    private static double[] pdftoppm(List<Path> pdfs, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out);
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < pdfs.size(); i++) {
            script.append("pdftoppm -jpeg -jpegopt quality=85 -scale-to-x 1600 -scale-to-y -1 '")
                    .append(pdfs.get(i)).append("' '").append(out.resolve("f" + i)).append("'\n");
        }
        script.append("times\n");
        long wall = System.nanoTime();
        Process shell = new ProcessBuilder("bash", "-c", script.toString()).redirectErrorStream(true).start();
        List<String> lines = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (shell.waitFor() != 0) {
            throw new IOException("pdftoppm failed: " + lines);
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        // times: the shell's user and system time, then its children's ("0m1.234s 0m0.056s").
        List<Double> children = new ArrayList<>();
        for (String part : lines.get(lines.size() - 1).split("\\s+")) {
            String[] ms = part.replace("s", "").split("m");
            children.add(Integer.parseInt(ms[0]) * 60 + Double.parseDouble(ms[1]));
        }
        return new double[] {children.get(0) + children.get(1), seconds};
    }
}
