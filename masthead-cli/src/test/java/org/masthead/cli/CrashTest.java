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
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
 * processes are killed alone, and the next start must leave the index level with the record again.
 */
// Runs with MASTHEAD_CRASH=1 until it has passed in full on both databases: its first runs found a half-made
// H2 schema and stale index content replayed from Solr's update log after a kill (both fixed since), and a
// whole run took 25+ minutes on the loaded development machine, more than CI can spend.
@EnabledIfEnvironmentVariable(named = "MASTHEAD_CRASH", matches = "1")
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
        assertThat(run("generate", "--out", corpus.toString(), "--from", "2024-05-01", "--to", "2024-05-06",
                "--pages-per-day", "2", "--damage", "none").exit()).isZero();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path truth : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.delete(truth); // the generator's answers, not pages
            }
        }
        Path reference = dir.resolve("reference");
        assertThat(run("ingest", "--data", reference.toString(), corpus.toString()).exit()).isZero();
        List<Article> clean = reading(reference, null);
        assertThat(clean).isNotEmpty();
        clean.forEach(a -> normalized.put(a.id(), units(a).stream().map(Normalization::normalize).toList()));

        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("crash test on " + backend + ", seed " + seed);
        // How long an undisturbed run takes, so the kills spread over the whole of one.
        long runMillis = timedRun(dir.resolve("calibration"), url(backend), corpus);
        int killedMidRun = 0;
        Path data = null;
        String url = null;
        for (int kill = 0; kill < KILLS; kill++) {
            data = dir.resolve("data-" + kill);
            url = url(backend);
            Process ingest = start(data, url, "ingest", corpus.toString());
            long at = random.nextLong(runMillis + 1);
            if (!ingest.waitFor(at, TimeUnit.MILLISECONDS)) {
                ingest.destroyForcibly(); // SIGKILL
                killedMidRun++;
            }
            ingest.waitFor();
            String label = backend + " kill " + kill + " at " + at + " ms of " + runMillis;
            Run rerun = run(args(data, url, "ingest", corpus.toString()));
            assertThat(rerun.exit()).as(label + ": rerun " + rerun.err()).isZero();
            assertLevel(data, url, clean, random, label);
        }
        assertThat(killedMidRun).as("ingests killed before they finished").isGreaterThan(KILLS / 2);

        // The indexing step alone, on the last archive: reindex processes killed at random instants, then the
        // next start.
        long reindexMillis = timed(start(data, url, "reindex"));
        for (int kill = 0; kill < INDEX_KILLS; kill++) {
            Process reindex = start(data, url, "reindex");
            if (!reindex.waitFor(random.nextLong(reindexMillis + 1), TimeUnit.MILLISECONDS)) {
                reindex.destroyForcibly();
            }
            reindex.waitFor();
            assertThat(run(args(data, url, "ingest", corpus.toString())).exit()).isZero();
            assertLevel(data, url, clean, random, backend + " reindex kill " + kill);
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
            List<String> units = units(article);
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

    private static List<String> units(Article a) {
        List<String> units = new ArrayList<>();
        Stream.of(a.kicker(), a.headline(), a.subtitle()).filter(u -> u != null).forEach(units::add);
        units.addAll(SearchIndex.searchableLines(a));
        return units;
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

    private static long timed(Process process) throws InterruptedException {
        long start = System.nanoTime();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Djava.security.egd=file:/dev/./urandom", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args(data, url, verb, more)));
        return new ProcessBuilder(command).redirectErrorStream(true)
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
