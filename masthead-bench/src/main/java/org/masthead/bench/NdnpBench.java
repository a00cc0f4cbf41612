package org.masthead.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.masthead.alto.MetsImport;
import org.masthead.archive.Archive;
import org.masthead.archive.IngestSummary;
import org.masthead.iiif.IiifLinks;
import org.masthead.iiif.Manifests;
import org.masthead.iiif.Presentation;
import org.masthead.model.Edition;
import org.masthead.model.Page;
import org.masthead.model.Region;
import org.masthead.model.TextLine;

/**
 * NDNP batch ingest in pages/s, and the time to build a 24-page edition's IIIF manifest.
 *
 * <pre>java -cp … org.masthead.bench.NdnpBench --work DIR [--issues N] [--samples DIR]</pre>
 *
 * Builds a batch of N eight-page issues of Der Nordstern from the real NDNP sample (its issue METS with the
 * date moved a day per issue; pages 1 and 7's real ALTO, 486 and 441 KB, copied onto all eight), then
 * times: reading every issue into editions (METS + ALTO, no archive), and a first ingest of the batch into
 * a fresh H2 archive. Then builds the manifest of a 24-page edition made of the sample's pages, 200 times
 * after 50 warm-up runs, and prints the median and p95.
 */
public final class NdnpBench {
    private NdnpBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = null;
        int issues = 100;
        Path samples = Path.of("masthead-alto/src/test/resources/ndnp");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--issues" -> issues = Integer.parseInt(args[++i]);
                case "--samples" -> samples = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (work == null) {
            throw new IllegalArgumentException("--work DIR is required");
        }
        Path batch = batch(samples.resolve("batch_mnhi_german_ver01/data/sn83045350/00295876384/1878010301"),
                work.resolve("batch"), issues);
        List<Path> mets = MetsImport.packages(List.of(batch)).paths();
        int pages = 0;
        long start = System.nanoTime();
        for (Path issue : mets) {
            pages += MetsImport.issue(issue).pages().size();
        }
        double read = seconds(start);
        System.out.printf(Locale.ROOT, "read %d issues, %d pages (METS + ALTO -> editions): %.1f s, %.0f pages/s%n",
                mets.size(), pages, read, pages / read);
        try (Archive archive = Archive.open(work.resolve("archive-" + System.nanoTime()))) {
            start = System.nanoTime();
            IngestSummary summary = archive.ingest().run(mets);
            double took = seconds(start);
            System.out.printf(Locale.ROOT, "ingest into H2: %d pages added, %d rejected, %.1f s, %.0f pages/s%n",
                    summary.pagesAdded(), summary.rejected().size(), took, summary.pagesAdded() / took);
        }
        manifest(MetsImport.issue(mets.get(0)));
    }

    /** A batch of {@code issues} copies of the sample issue, a day apart, every page with real ALTO. */
    private static Path batch(Path sample, Path batch, int issues) throws Exception {
        if (Files.exists(batch.resolve("batch.xml"))) {
            return batch;
        }
        String mets = Files.readString(sample.resolve("1878010301.xml"));
        byte[] odd = Files.readAllBytes(sample.resolve("0011.xml"));
        byte[] even = Files.readAllBytes(sample.resolve("0017.xml"));
        StringBuilder list = new StringBuilder("<batch xmlns=\"http://www.loc.gov/ndnp\" name=\"bench\">\n");
        LocalDate date = LocalDate.of(1878, 1, 3);
        for (int i = 0; i < issues; i++, date = date.plusDays(1)) {
            Path folder = Files.createDirectories(batch.resolve("issue" + i));
            Files.writeString(folder.resolve("mets.xml"), mets.replace("1878-01-03", date.toString()),
                    StandardCharsets.UTF_8);
            for (int page = 11; page <= 18; page++) {
                Files.write(folder.resolve(String.format(Locale.ROOT, "%04d.xml", page)), page % 2 == 1 ? odd : even);
            }
            list.append("<issue>./issue").append(i).append("/mets.xml</issue>\n");
        }
        Files.writeString(batch.resolve("batch.xml"), list.append("</batch>\n"), StandardCharsets.UTF_8);
        return batch;
    }

    private static void manifest(Edition issue) {
        List<Page> pages = new ArrayList<>();
        List<Page> real = issue.pages().stream().filter(p -> !p.items().isEmpty()).toList();
        for (int n = 1; n <= 24; n++) {
            int number = n;
            Page page = real.get(n % real.size());
            pages.add(page.withNumber(n).withItems(page.items().stream().map(item -> item.toBuilder()
                    .regions(item.regions().stream().map(r -> new Region(number, r.box(), r.polygon())).toList())
                    .lines(item.lines().stream().map(l -> new TextLine(number, l.box(), l.text())).toList())
                    .build()).toList()));
        }
        Edition edition = issue.withPages(pages);
        Manifests manifests = new Manifests(IiifLinks.of("http://127.0.0.1:8080"));
        long[] times = new long[200];
        int bytes = 0;
        for (int i = -50; i < times.length; i++) {
            long start = System.nanoTime();
            bytes = Presentation.json(manifests.manifest("nordstern", edition, List.of())).length();
            if (i >= 0) {
                times[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        int items = pages.stream().mapToInt(p -> p.items().size()).sum();
        System.out.printf(Locale.ROOT, "manifest of a 24-page edition (%d items, %d KB): median %.2f ms, p95 %.2f ms%n",
                items, bytes / 1024, times[100] / 1e6, times[190] / 1e6);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
