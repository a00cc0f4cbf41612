package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.Run.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.web.SearchLevel;
import org.masthead.archive.Archive;
import org.masthead.archive.ArticleFilter;
import org.masthead.model.Article;
import org.masthead.search.Normalization;
import org.masthead.search.SearchIndex;
import org.masthead.search.SearchRequest;

/**
 * Issue 16's crash-consistency test. Real {@code masthead ingest} processes are killed with SIGKILL at
 * random instants of their run ({@value #KILLS} times per database), each on a fresh archive; after one
 * rerun the record must equal a clean reference run's (ids included), and the index must find exactly what a
 * brute-force scan of the record finds for {@value #SUBSTRINGS} random substrings. Then {@code reindex}
 * processes are killed alone, and the next start must leave the index level with the record again. Kill instants
 * are drawn across a measured undisturbed run; only kills that land before the run ends count. It runs in its own
 * fork in {@code mvn verify} (masthead-cli's pom), and with {@code mvn test -Dtest=CrashTest}.
 */
class CrashTest {
    /** At least 20 by the issue; -Dmasthead.crash.kills=N for a longer local run. */
    static final int KILLS = Integer.getInteger("masthead.crash.kills", 20);
    static final int SUBSTRINGS = 200;
    static final int INDEX_KILLS = 5;
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    @TempDir
    Path dir;

    private String database;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void ingestKilledAtRandomInstantsIsCompletedByOneRerun(String backend) throws Exception {
        Path corpus = dir.resolve("corpus");
        assertThat(run("generate", "--out", corpus.toString(), "--from", "2024-05-01", "--to", "2024-05-03",
                "--pages-per-day", "2", "--damage", "none").exit()).isZero();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path truth : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.delete(truth); // the generator's answers, not pages
            }
        }
        Path reference = dir.resolve("reference");
        Run referenceRun = run("ingest", "--data", reference.toString(), corpus.toString());
        assertThat(referenceRun.exit()).as("clean run: " + referenceRun.err()).isZero();
        List<Article> clean = reading(reference, null);
        assertThat(clean).isNotEmpty();
        clean.forEach(a -> normalized.put(a.id(),
                SearchIndex.searchableUnits(a).stream().map(Normalization::normalize).toList()));

        long seed = Long.getLong("masthead.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        System.out.println("crash test on " + backend + ", seed " + seed);
        // How long an undisturbed run takes, so the kill instants spread over the whole of one; a run that
        // finishes before its instant shortens the span for the next ones. Only kills that landed count.
        long runMillis = timedRun(dir.resolve("calibration"), url(backend), corpus);
        int kills = 0;
        Path data = null;
        String url = null;
        long started = System.nanoTime();
        for (int attempt = 0; kills < KILLS; attempt++) {
            assertThat(attempt).as("attempts to kill an ingest mid-run").isLessThan(3 * KILLS);
            data = dir.resolve("data-" + attempt);
            url = url(backend);
            long at = random.nextLong(runMillis + 1);
            long begun = System.nanoTime();
            Process ingest = start(data, url, "ingest", corpus.toString());
            if (ingest.waitFor(at, TimeUnit.MILLISECONDS)) {
                assertThat(ingest.exitValue()).as(backend + " ingest " + attempt + " exit").isZero();
                runMillis = Math.max(1, (System.nanoTime() - begun) / 1_000_000);
                continue;
            }
            ingest.destroyForcibly(); // SIGKILL
            ingest.waitFor();
            kills++;
            String label = backend + " kill " + kills + " at " + at + " ms of " + runMillis;
            long rerunAt = System.nanoTime();
            Run rerun = run(args(data, url, "ingest", corpus.toString()));
            assertThat(rerun.exit()).as(label + ": rerun " + rerun.err()).isZero();
            long checkAt = System.nanoTime();
            assertLevel(data, url, clean, random, label);
            System.out.printf(Locale.ROOT, "%s; rerun %d ms, check %d ms%n", label, (checkAt - rerunAt) / 1_000_000,
                    (System.nanoTime() - checkAt) / 1_000_000);
        }
        System.out.printf(Locale.ROOT, "%s: %d ingests killed mid-run, each level after one rerun (%.0f s)%n",
                backend, kills, (System.nanoTime() - started) / 1e9);

        // The indexing step alone, on the last archive: reindex processes killed at random instants, then the
        // next start.
        long reindexMillis = timed(start(data, url, "reindex"));
        for (int kill = 0, attempt = 0; kill < INDEX_KILLS; attempt++) {
            assertThat(attempt).as("attempts to kill a reindex mid-run").isLessThan(3 * INDEX_KILLS);
            long at = random.nextLong(reindexMillis + 1);
            long begun = System.nanoTime();
            Process reindex = start(data, url, "reindex");
            if (reindex.waitFor(at, TimeUnit.MILLISECONDS)) {
                reindexMillis = Math.max(1, (System.nanoTime() - begun) / 1_000_000);
                continue;
            }
            reindex.destroyForcibly();
            reindex.waitFor();
            kill++;
            assertThat(run(args(data, url, "ingest", corpus.toString())).exit()).isZero();
            assertLevel(data, url, clean, random, backend + " reindex kill " + kill + " at " + at + " ms");
        }
    }

    /** The record equals the clean run's (ids and all), and the index finds what a scan of the record finds. */
    private void assertLevel(Path data, String url, List<Article> clean, Random random, String label) {
        try (Archive archive = Archive.open(data, url); SearchIndex index = SearchIndex.open(data, null)) {
            List<Article> record;
            try (Stream<Article> articles = archive.articles(ArticleFilter.ALL)) {
                record = articles.toList();
            }
            assertThat(record).as(label + ": the record against the clean run").isEqualTo(clean);
            assertThat(SearchLevel.differences(archive, index)).as(label + ": what check reports").isEmpty();
            for (int i = 0; i < SUBSTRINGS; i++) {
                String phrase = substring(clean, random);
                Set<String> found = new TreeSet<>(index.ids(SearchRequest.of("\"" + phrase + "\"")));
                assertThat(found).as(label + ": index against the record for " + phrase).isEqualTo(scan(phrase));
            }
        }
    }

    /** A random run of one to six Han characters from a random searchable unit of the record. */
    private static String substring(List<Article> record, Random random) {
        while (true) {
            Article article = record.get(random.nextInt(record.size()));
            List<String> units = SearchIndex.searchableUnits(article);
            String unit = units.get(random.nextInt(units.size()));
            if (unit.isEmpty()) {
                continue;
            }
            int start = random.nextInt(unit.length());
            int end = Math.min(unit.length(), start + 1 + random.nextInt(6));
            String phrase = unit.substring(start, end);
            if (phrase.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return phrase;
            }
        }
    }

    /** Each article's searchable units, normalised as search does, once: the brute-force side. */
    private final java.util.Map<String, List<String>> normalized = new java.util.HashMap<>();

    /** Brute force over the (clean) record: the articles having a unit that contains the phrase. */
    private Set<String> scan(String phrase) {
        String needle = Normalization.normalize(phrase);
        Set<String> ids = new TreeSet<>();
        normalized.forEach((id, units) -> {
            if (units.stream().anyMatch(u -> u.contains(needle))) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static List<Article> reading(Path data, String url) {
        try (Archive archive = Archive.open(data, url); Stream<Article> articles = archive.articles(ArticleFilter.ALL)) {
            return articles.toList();
        }
    }

    private long timedRun(Path data, String url, Path corpus) throws Exception {
        return timed(start(data, url, "ingest", corpus.toString()));
    }

    private long timed(Process process) throws InterruptedException, IOException {
        long start = System.nanoTime();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("process.log"))).isZero();
        return Math.max(1, (System.nanoTime() - start) / 1_000_000);
    }

    private static String[] args(Path data, String url, String verb, String... more) {
        List<String> args = new ArrayList<>(List.of(verb, "--data", data.toString()));
        if (url != null) {
            args.addAll(List.of("--db", url));
        }
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private Process start(Path data, String url, String verb, String... more) throws IOException {
        return Run.child(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), List.of(args(data, url, verb, more)))
                .redirectOutput(dir.resolve("process.log").toFile()).start();
    }

    /** Null for H2 (the default under --data); for PostgreSQL a fresh schema in this test's database. */
    private String url(String backend) {
        if (backend.equals("h2")) {
            return null;
        }
        String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(SERVER + database() + "?user=postgres");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return SERVER + database + "?user=postgres&currentSchema=" + schema;
    }

    private String database() {
        if (database != null) {
            return database;
        }
        String name = "masthead_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres?user=postgres&connectTimeout=5");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String reason = "PostgreSQL at 127.0.0.1:5432 is not available (" + e.getMessage() + ")";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(reason + "; CI needs a real PostgreSQL server");
            }
            System.out.println("skipping PostgreSQL crash test: " + reason);
            Assumptions.abort(reason);
        }
        database = name;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(SERVER + "postgres?user=postgres");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("could not drop test database " + name + ": " + e.getMessage());
            }
        }));
        return name;
    }
}
