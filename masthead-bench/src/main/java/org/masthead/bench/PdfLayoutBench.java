package org.masthead.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.masthead.parse.Formats;
import org.masthead.parse.PageFiles;
import org.masthead.parse.PageSource;
import org.masthead.parse.UnusableInputException;

/**
 * PDF text and layout speed on one core: reads every page PDF under a folder (written by {@code masthead
 * generate --format pdf}, or any PDFs) through the PDF format a number of rounds on one thread, and reports
 * pages per second of that thread's CPU time (the machine's other load does not count), the first round
 * (cold: class loading, JIT) apart.
 *
 * <pre>
 * java -cp masthead-cli/target/masthead.jar org.masthead.bench.PdfLayoutBench DIR [ROUNDS=5]
 * </pre>
 */
public final class PdfLayoutBench {

    public static void main(String[] args) throws IOException, UnusableInputException {
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<PageSource> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                files.add(PageFiles.read(file));
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            int pages = 0;
            for (PageSource file : files) {
                pages += Formats.read(file).size();
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "round %d%s: %d pages, %.2f s CPU (%.2f s wall): %.1f pages/s on one core%n",
                    round, round == 1 ? " (cold)" : "", pages, cpuSeconds, (System.nanoTime() - wall) / 1e9,
                    pages / cpuSeconds);
        }
    }
}
