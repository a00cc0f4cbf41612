package org.masthead.bench;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.masthead.model.Edition;
import org.masthead.parse.EditionParser;
import org.masthead.parse.PageSource;
import org.masthead.parse.ParseOptions;
import org.masthead.parse.TextDecoder;
import org.masthead.parse.UnusableInputException;

/**
 * Pages parsed per second on one core, next to a baseline that only decodes the same bytes and splits them
 * into lines. Single thread, warm-up rounds first, then measured rounds alternating baseline and parser.
 *
 * <pre>java -cp … org.masthead.bench.ParseBench [DIR] [--pages N] [--rounds N] [--quick]</pre>
 *
 * Without DIR it builds a batch of distinct pages in memory from the sample page and the parser's test
 * fixtures: other dates (with the matching weekday and lunar date), issue numbers, figures in the text, and
 * paragraph order, some pages as GB18030 with CRLF, every page different, so the JIT cannot learn one page
 * by heart.
 */
public final class ParseBench {
    private static final String[] FIXTURES = {
            "masthead-cli/src/main/resources/samples/jfjb-2025-06-19-p01.md",
            "masthead-parse/src/test/resources/pages/jfjb-2025-06-19-p03.md",
            "masthead-parse/src/test/resources/pages/rmrb-2025-06-19-p01.md",
            "masthead-parse/src/test/resources/pages/page-without-masthead.txt",
            "masthead-parse/src/test/resources/pages/jfjb-2025-06-19-p01.txt"};
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Figures in running text: 30余项, 948亿, 13个, 35%. */
    private static final Pattern FIGURE = Pattern.compile("(?<![0-9年月第])([0-9]{1,4})(余项|余名|余人|亿|万|个|名|件|公里|小时|%)");

    private ParseBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = null;
        int pages = 4000;
        int rounds = 10;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--quick" -> {
                    // Checks the harness, not the figures: a small batch, few rounds.
                    pages = 500;
                    rounds = 3;
                }
                default -> dir = Path.of(args[i]);
            }
        }
        List<PageSource> batch = dir == null ? generated(pages) : fromDirectory(dir);
        long bytes = batch.stream().mapToLong(page -> page.bytes().length).sum();
        System.out.printf(Locale.ROOT, "ParseBench: %d pages, %.1f MiB, %s%n", batch.size(), bytes / 1048576.0,
                dir == null ? "generated from the sample and fixtures" : dir.toString());
        System.out.printf(Locale.ROOT, "java %s, %s %s, %d cores available%n", System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors());

        EditionParser parser = new EditionParser();
        long sink = 0;
        for (int i = 0; i < 5; i++) {
            sink += baseline(batch) + parse(parser, batch);
        }
        double[] baseline = new double[rounds];
        double[] parsing = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            sink += baseline(batch);
            long t1 = System.nanoTime();
            sink += parse(parser, batch);
            long t2 = System.nanoTime();
            baseline[r] = batch.size() / ((t1 - t0) / 1e9);
            parsing[r] = batch.size() / ((t2 - t1) / 1e9);
        }
        double base = median(baseline);
        double parsed = median(parsing);
        System.out.printf(Locale.ROOT, "baseline (decode + split lines): %,.0f pages/s (%.0f MiB/s)%n", base,
                base * bytes / batch.size() / 1048576.0);
        System.out.printf(Locale.ROOT, "parser (bytes -> Edition):       %,.0f pages/s (%.1f MiB/s, %.1f µs/page)%n",
                parsed, parsed * bytes / batch.size() / 1048576.0, 1e6 / parsed);
        System.out.printf(Locale.ROOT, "parsing costs %.1f× the baseline (median of %d rounds; target ≤ 20×, ≥ 2,000 pages/s)%n",
                base / parsed, rounds);
        System.out.println("(checksum " + sink + ")");
    }

    /** The baseline: the same bytes decoded and split into lines, nothing more. */
    static long baseline(List<PageSource> batch) throws UnusableInputException {
        long lines = 0;
        List<String> split = new ArrayList<>(256);
        for (PageSource page : batch) {
            String text = TextDecoder.decode(page);
            split.clear();
            int start = 0;
            for (int end; (end = text.indexOf('\n', start)) >= 0; start = end + 1) {
                split.add(text.substring(start, end));
            }
            split.add(text.substring(start));
            lines += split.size();
        }
        return lines;
    }

    static long parse(EditionParser parser, List<PageSource> batch) throws UnusableInputException {
        long items = 0;
        for (PageSource page : batch) {
            Edition edition = parser.parse(List.of(page), ParseOptions.DEFAULTS);
            items += edition.pages().get(0).items().size() + edition.warnings().size();
        }
        return items;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<PageSource> fromDirectory(Path dir) throws IOException {
        List<PageSource> batch = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                batch.add(new PageSource(file.getFileName().toString(), Files.readAllBytes(file)));
            }
        }
        if (batch.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no page files");
        }
        return batch;
    }

    /** Distinct pages made from the fixtures; a fixed seed keeps the batch the same from run to run. */
    static List<PageSource> generated(int count) throws IOException {
        Path root = repositoryRoot();
        List<String> bases = new ArrayList<>();
        for (String fixture : FIXTURES) {
            bases.add(Files.readString(root.resolve(fixture), StandardCharsets.UTF_8));
        }
        Random random = new Random(20250619);
        ChineseCalendar lunar = new ChineseCalendar(TimeZone.GMT_ZONE);
        Set<String> seen = new HashSet<>();
        List<PageSource> batch = new ArrayList<>(count);
        LocalDate original = LocalDate.of(2025, 6, 19);
        for (int i = 0; i < count; i++) {
            LocalDate date = original.plusDays(i / bases.size() - count / (2L * bases.size()));
            String text;
            String base;
            int attempt = 0;
            do {
                // A fixture that has run out of variations gives way to the next.
                base = bases.get((i + attempt / 8) % bases.size());
                text = vary(base, date, 24632 + i, lunar, random);
                if (++attempt > 8 * bases.size()) {
                    throw new IllegalStateException("cannot make " + count + " distinct pages from the fixtures");
                }
            } while (!seen.add(text));
            // Named by their place in the batch, not as pages: the file-name rule would read page-123 as page 123.
            String name = "variant-" + i + (base.contains("\n# ") || base.startsWith("# ") ? ".md" : ".txt");
            byte[] bytes = i % 7 == 3 ? text.replace("\n", "\r\n").getBytes(GB18030) : text.getBytes(StandardCharsets.UTF_8);
            batch.add(new PageSource(name, bytes));
        }
        return batch;
    }

    /** The page as of another day and issue, with other figures and two body paragraphs swapped. */
    private static String vary(String base, LocalDate date, int issue, ChineseCalendar lunar, Random random) {
        String text = base.replace("2025年6月19日", date.getYear() + "年" + date.getMonthValue() + "月"
                        + date.getDayOfMonth() + "日")
                .replace("星期四", "星期" + "一二三四五六日".charAt(date.getDayOfWeek().getValue() - 1))
                .replace("乙巳年五月廿四", lunarDate(lunar, date))
                .replace("第24632号", "第" + issue + "号")
                .replace("第27735期", "第" + (issue + 3103) + "期");
        Matcher figures = FIGURE.matcher(text);
        StringBuilder varied = new StringBuilder(text.length());
        while (figures.find()) {
            int digits = figures.group(1).length();
            int low = digits == 1 ? 1 : (int) Math.pow(10, digits - 1);
            figures.appendReplacement(varied, (low + random.nextInt(9 * low)) + figures.group(2));
        }
        figures.appendTail(varied);
        return swapParagraphs(varied.toString(), random);
    }

    /** Swaps two body paragraphs (never the masthead at the top), as another layout might order them. */
    private static String swapParagraphs(String text, Random random) {
        List<String> blocks = new ArrayList<>(List.of(text.split("\n\n", -1)));
        if (blocks.size() > 5) {
            int a = 3 + random.nextInt(blocks.size() - 3);
            int b = 3 + random.nextInt(blocks.size() - 3);
            Collections.swap(blocks, a, b);
        }
        return String.join("\n\n", blocks);
    }

    private static String lunarDate(ChineseCalendar calendar, LocalDate date) {
        calendar.setTimeInMillis(date.toEpochDay() * 86_400_000L + 12 * 3_600_000L);
        int cycle = calendar.get(ChineseCalendar.YEAR) - 1;
        int month = calendar.get(ChineseCalendar.MONTH) + 1;
        int day = calendar.get(ChineseCalendar.DAY_OF_MONTH);
        String digits = "〇一二三四五六七八九";
        String monthName = month == 1 ? "正" : month == 10 ? "十" : month > 10 ? "十" + digits.charAt(month - 10)
                : String.valueOf(digits.charAt(month));
        String dayName = day == 10 ? "初十" : day == 20 ? "二十" : day == 30 ? "三十"
                : "初十廿".charAt(day / 10) + String.valueOf(digits.charAt(day % 10));
        return "" + "甲乙丙丁戊己庚辛壬癸".charAt(cycle % 10) + "子丑寅卯辰巳午未申酉戌亥".charAt(cycle % 12) + "年"
                + (calendar.get(ChineseCalendar.IS_LEAP_MONTH) == 1 ? "闰" : "") + monthName + "月" + dayName;
    }

    /** The repository the fixtures are read from: found above the working folder, or above this class's jar. */
    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        Path root = above(here);
        if (root == null) {
            try {
                root = above(Path.of(ParseBench.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (java.net.URISyntaxException | SecurityException e) {
                root = null;
            }
        }
        if (root == null) {
            throw new IllegalStateException("cannot find the repository's fixtures from " + here
                    + "; run from the repository, or give a directory of page files");
        }
        return root;
    }

    private static Path above(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("masthead-parse/src/test/resources/pages"))) {
                return dir;
            }
        }
        return null;
    }
}
