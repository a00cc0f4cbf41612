package org.masthead.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.masthead.model.Article;
import org.masthead.model.Edition;
import org.masthead.model.Json;
import org.masthead.model.Page;
import org.masthead.model.StitchedEdition;

/**
 * The archive: a database of record (H2 file database under the data folder, or PostgreSQL) and the
 * originals store, opened on a data folder. Thread-safe; one instance per process, closed when done.
 *
 * <p>Reads always see current page revisions; logical articles are stitched across jumps when read
 * (see {@link Stitcher}).
 */
public final class Archive implements AutoCloseable {
    private static final int BATCH = 200;

    private final Path data;
    private static final String H2_BIND = "h2.bindAddress";

    private final HikariDataSource db;
    private final Originals originals;

    private Archive(Path data, HikariDataSource db, Originals originals) {
        this.data = data;
        this.db = db;
        this.originals = originals;
    }

    /** Opens (creating if needed) the archive in {@code data} with its default H2 database. */
    public static Archive open(Path data) {
        return open(data, null);
    }

    /**
     * Opens (creating if needed) the archive in {@code data}, its record in the database at {@code jdbcUrl}
     * (null for the H2 file database under {@code <data>/db}). Migrates the schema to the current version.
     */
    public static Archive open(Path data, String jdbcUrl) {
        if (System.getProperty(H2_BIND) == null) {
            System.setProperty(H2_BIND, "127.0.0.1"); // AUTO_SERVER's port: this machine's processes only
        }
        Path root = data.toAbsolutePath().normalize();
        String url = jdbcUrl != null ? jdbcUrl : defaultUrl(root);
        HikariDataSource db = null;
        try {
            Files.createDirectories(root);
            if (jdbcUrl == null) {
                createH2(root);
            }
            db = new HikariDataSource(hikari(url));
            if (!atSchemaVersion(db)) {
                migrate(db);
            }
            return new Archive(root, db, new Originals(root.resolve("originals")));
        } catch (Exception e) {
            if (db != null) {
                db.close();
            }
            // The default database is named by its folder: its URL is an implementation detail, not the user's.
            String which = jdbcUrl != null ? "database " + redact(url) : "in " + root;
            throw new ArchiveException("cannot open the archive " + which + ": " + rootMessage(e), e);
        }
    }

    private static HikariConfig hikari(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(Math.max(4, Runtime.getRuntime().availableProcessors() + 2));
        config.setMinimumIdle(1);
        config.setPoolName("masthead-archive");
        config.setInitializationFailTimeout(1); // an unreachable database fails here, at once
        if (url.startsWith("jdbc:postgresql:")) {
            // A batch of inserts goes as multi-row INSERTs: fewer statements for the server to run.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return config;
    }

    /** The default H2 database's name in its folder {@code <data>/db} (the URL names it without the file's ending). */
    private static final String H2_NAME = "masthead";
    private static final String H2_FILE = H2_NAME + ".mv.db";

    /** The file of the default H2 database of the archive in the data folder {@code data}. */
    public static Path h2File(Path data) {
        return data.resolve("db").resolve(H2_FILE);
    }

    private static String defaultUrl(Path root) {
        // AUTO_SERVER: the first process to open the file serves it to the others over loopback TCP (key in the
        // lock file), so the CLI's verbs read the archive a running server holds open instead of failing on H2's
        // file lock. (The schema is created without it, in a private folder no other process opens: createH2.)
        return h2Url(root.resolve("db").resolve(H2_NAME)) + ";AUTO_SERVER=TRUE";
    }

    private static String h2Url(Path file) {
        // PostgreSQL mode, so the one set of migrations reads the same to H2 and to PostgreSQL.
        return "jdbc:h2:file:" + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64;WRITE_DELAY=0";
    }

    /**
     * Makes a new H2 database whole or not at all. H2 commits each DDL statement, so a process killed while the
     * schema was being created left half a schema that no later run could migrate (the crash test found it).
     * The schema is created in a folder of its own and the finished file moved into place atomically;
     * leftovers of a killed creation are removed. (PostgreSQL runs each migration in a transaction.)
     */
    private static void createH2(Path root) throws java.io.IOException {
        Path file = h2File(root);
        Path folder = file.getParent();
        Files.createDirectories(folder);
        try (Stream<Path> leftovers = Files.list(folder)) {
            for (Path left : leftovers.filter(p -> p.getFileName().toString().startsWith("creating-")).toList()) {
                try (Stream<Path> walk = Files.walk(left)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        if (Files.exists(file)) {
            return;
        }
        Path creating = Files.createTempDirectory(folder, "creating-");
        try (HikariDataSource fresh = new HikariDataSource(hikari(h2Url(creating.resolve(H2_NAME))))) {
            migrate(fresh);
        }
        Files.move(creating.resolve(H2_FILE), file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        try (Stream<Path> walk = Files.walk(creating)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The version of the last migration in {@code db/archive} (SchemaTest holds the two together). */
    static final int SCHEMA_VERSION = 23;

    private static void migrate(DataSource db) {
        Flyway.configure().loggers("slf4j").dataSource(db).locations("classpath:db/archive")
                .javaMigrations(new V3__Carry_over_item_ids()).load().migrate();
    }

    /**
     * True when the record's migration history ends at {@link #SCHEMA_VERSION} with none failed: then there is
     * nothing to migrate, and Flyway is not started. Its start (loading its classes, scanning the migrations,
     * validating the history) was a third of the main thread's time in an unchanged re-ingest (docs/BENCHMARKS.md).
     */
    private static boolean atSchemaVersion(DataSource db) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet history = s.executeQuery(
                        "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            int last = 0;
            while (history.next()) {
                if (!history.getBoolean(2)) {
                    return false;
                }
                last = Math.max(last, Integer.parseInt(history.getString(1)));
            }
            return last == SCHEMA_VERSION;
        } catch (SQLException | NumberFormatException e) {
            return false; // a new database (no history yet), or a history for Flyway to judge
        }
    }

    /** The size of the default H2 database file before and after {@link #compact}, in bytes. */
    public record Compacted(long before, long after) {
    }

    /**
     * Rewrites the default H2 database of the archive in {@code data} to its live data alone. H2 appends every
     * change and reuses the space of old versions only after a while, so a file that took many small commits (an
     * ingest) holds several times its data; {@code SHUTDOWN COMPACT} writes it anew. The database is opened
     * without {@code AUTO_SERVER}: a process that has it open (a running server, an ingest) holds its file lock,
     * and the archive is then refused rather than closed under that process.
     */
    public static Compacted compact(Path data) {
        Path root = data.toAbsolutePath().normalize();
        Path file = h2File(root);
        try {
            long before = Files.size(file);
            try (Connection connection = DriverManager.getConnection(
                    h2Url(file.resolveSibling(H2_NAME)) + ";IFEXISTS=TRUE");
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            return new Compacted(before, Files.size(file));
        } catch (Exception e) {
            throw new ArchiveException("cannot compact the archive in " + root + ": " + rootMessage(e), e);
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1…");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The data folder (absolute). */
    public Path data() {
        return data;
    }

    // ---- read API ---------------------------------------------------------------------------------------

    /** Every title held, by slug. */
    public List<Title> titles() {
        return read(c -> Sql.list(c, "SELECT * FROM title ORDER BY slug", Archive::title));
    }

    /** The title with this slug or printed name. */
    public Optional<Title> title(String slugOrName) {
        return read(c -> Sql.one(c, "SELECT * FROM title WHERE slug = ? OR name = ? ORDER BY id", Archive::title,
                slugOrName, slugOrName));
    }

    /** A title's editions by date, all of them or of one year or one month (null = any). */
    public List<EditionSummary> editions(String slug, Integer year, Integer month) {
        LocalDate from = year == null ? LocalDate.of(1, 1, 1) : LocalDate.of(year, month == null ? 1 : month, 1);
        LocalDate to = year == null ? LocalDate.of(9999, 12, 31)
                : month == null ? from.plusYears(1).minusDays(1) : from.plusMonths(1).minusDays(1);
        return read(c -> Sql.list(c, """
                SELECT t.slug, e.edition_date, e.issue_number, e.page_count,
                       (SELECT COUNT(*) FROM page p WHERE p.edition_id = e.id) AS held
                FROM edition e JOIN title t ON t.id = e.title_id
                WHERE t.slug = ? AND e.edition_date BETWEEN ? AND ?
                ORDER BY e.edition_date""",
                rs -> new EditionSummary(rs.getString("slug"), Sql.date(rs, "edition_date"),
                        Sql.integer(rs, "issue_number"), Sql.integer(rs, "page_count"), rs.getInt("held")),
                slug, from, to));
    }

    /**
     * The title's number of editions and their first and latest dates, in one aggregate query: a listing of every
     * edition (with its pages counted) costs seconds at tens of thousands of editions, and a reader's home page
     * needs only these three.
     */
    public EditionSpan span(String slug) {
        return read(c -> Sql.one(c, """
                SELECT COUNT(*) AS editions, MIN(e.edition_date) AS first_date, MAX(e.edition_date) AS latest_date
                FROM edition e JOIN title t ON t.id = e.title_id WHERE t.slug = ?""",
                rs -> rs.getInt("editions") == 0 ? new EditionSpan(0, null, null)
                        : new EditionSpan(rs.getInt("editions"), Sql.date(rs, "first_date"), Sql.date(rs, "latest_date")),
                slug).orElseThrow());
    }

    /**
     * The title's nearest edition after (forward) or before this date, found by one indexed query whatever
     * the distance.
     */
    public Optional<LocalDate> adjacentEdition(String slug, LocalDate date, boolean forward) {
        return read(c -> Sql.one(c, "SELECT e.edition_date FROM edition e JOIN title t ON t.id = e.title_id "
                + "WHERE t.slug = ? AND e.edition_date " + (forward ? "> ? ORDER BY e.edition_date"
                        : "< ? ORDER BY e.edition_date DESC") + " FETCH FIRST 1 ROWS ONLY",
                rs -> Sql.date(rs, "edition_date"), slug, date));
    }

    /** The edition as currently held: masthead data and current pages, items in reading order. */
    public Optional<Edition> edition(String slug, LocalDate date) {
        return read(c -> {
            Optional<Long> id = editionId(c, slug, date);
            return id.isEmpty() ? Optional.empty() : Optional.of(load(c, id.get()));
        });
    }

    /** The edition's logical articles in reading order, jumps stitched. */
    public List<Article> articles(String slug, LocalDate date) {
        return edition(slug, date).map(e -> Stitcher.stitch(slug, e).articles()).orElse(List.of());
    }

    /** One page of an edition, as currently held. */
    public Optional<Page> page(String slug, LocalDate date, int number) {
        return read(c -> Sql.one(c, """
                SELECT r.page_json FROM page p
                JOIN page_revision r ON r.id = p.current_revision_id
                JOIN edition e ON e.id = p.edition_id JOIN title t ON t.id = e.title_id
                WHERE t.slug = ? AND e.edition_date = ? AND p.page_number = ?""",
                rs -> parse(rs.getString(1), Page.class), slug, date, number));
    }

    /**
     * The logical article containing the item with this id: the whole article, stitched across its jumps,
     * whichever of its parts the id names.
     */
    public Optional<Article> article(String id) {
        return editionOf(id).flatMap(key -> articles(key.slug(), key.date()).stream()
                .filter(a -> a.partIds().contains(id)).findFirst());
    }

    /**
     * An id handed out once whose item no current page holds: where it last stood (the page revision to show)
     * and the current item that took its place, if any. Empty for an id that is current or was never given.
     */
    public Optional<RetiredItem> retired(String id) {
        return read(c -> Permalinks.retired(c, id));
    }

    /** The edition an item (a part of an article, or an article's id) stands in, if held. */
    public Optional<EditionKey> editionOf(String itemId) {
        return read(c -> Sql.one(c, """
                SELECT t.slug, e.edition_date FROM item i JOIN edition e ON e.id = i.edition_id
                JOIN title t ON t.id = e.title_id WHERE i.item_id = ? ORDER BY e.id""",
                rs -> new EditionKey(rs.getString(1), Sql.date(rs, "edition_date")), itemId));
    }

    /**
     * Streams logical articles by title slug, then date, then reading order. Editions are fetched a few
     * at a time, so memory stays flat whatever the archive size. Close the stream (try-with-resources).
     */
    public Stream<Article> articles(ArticleFilter filter) {
        return editions(filter).flatMap(e -> e.articles().stream());
    }

    /**
     * Streams editions with their logical articles by title slug, then date, as {@link #articles(ArticleFilter)}
     * does: what the output writers write. Close the stream.
     */
    public Stream<StitchedEdition> editions(ArticleFilter filter) {
        Iterator<EditionKey> keys = new EditionKeys(filter);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(keys, Spliterator.ORDERED | Spliterator.NONNULL),
                false).flatMap(key -> edition(key.slug(), key.date()).stream()
                        .map(e -> new StitchedEdition(key.slug(), e, Stitcher.stitch(key.slug(), e).articles())));
    }

    /** A parsed edition as the archive would serve it: under its title's slug, jumps stitched. */
    public static StitchedEdition stitch(Edition edition) {
        String slug;
        try {
            slug = edition.title() == null ? "" : Titles.of(edition.title()).slug();
        } catch (IllegalArgumentException e) {
            slug = ""; // a title of no letters gets no slug; the parse is still shown
        }
        return new StitchedEdition(slug, edition, Stitcher.stitch(slug, edition).articles());
    }

    /** The stored revisions of one page, or of all pages of the edition (page null), oldest first. */
    public List<PageRevision> history(String slug, LocalDate date, Integer page) {
        return read(c -> Sql.list(c, """
                SELECT r.page_number, r.revision, r.original_sha256, r.source_name, r.ingested_at, r.item_count,
                       CASE WHEN p.current_revision_id = r.id THEN 1 ELSE 0 END AS is_current
                FROM page_revision r JOIN page p ON p.edition_id = r.edition_id AND p.page_number = r.page_number
                JOIN edition e ON e.id = r.edition_id JOIN title t ON t.id = e.title_id
                WHERE t.slug = ? AND e.edition_date = ? AND r.page_number BETWEEN ? AND ?
                ORDER BY r.page_number, r.revision""",
                rs -> new PageRevision(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, java.time.OffsetDateTime.class).toInstant(), rs.getInt(6), rs.getInt(7) == 1),
                slug, date, page == null ? 0 : page, page == null ? Integer.MAX_VALUE : page));
    }

    /** One stored revision of a page, current or not. */
    public Optional<Page> pageRevision(String slug, LocalDate date, int page, int revision) {
        return read(c -> Sql.one(c, """
                SELECT r.page_json FROM page_revision r
                JOIN edition e ON e.id = r.edition_id JOIN title t ON t.id = e.title_id
                WHERE t.slug = ? AND e.edition_date = ? AND r.page_number = ? AND r.revision = ?""",
                rs -> parse(rs.getString(1), Page.class), slug, date, page, revision));
    }

    /** The stored original file with this SHA-256, if the archive holds it. */
    public Optional<Path> original(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path path = originals.path(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /**
     * The record's clock: a number that every transaction recording pages raises, in commit order. Whatever
     * is indexed "up to" this value holds every edition as it is now.
     */
    public long recordClock() {
        return read(c -> Sql.one(c, "SELECT seq FROM record_clock WHERE id = 1", rs -> rs.getLong(1)).orElseThrow());
    }

    /** The editions changed after this value of the {@link #recordClock() record clock}, oldest change first. */
    public List<EditionKey> editionsChangedAfter(long clock) {
        return read(c -> Sql.list(c, """
                SELECT t.slug, e.edition_date FROM edition e JOIN title t ON t.id = e.title_id
                WHERE e.changed_seq > ? ORDER BY e.changed_seq, e.id""",
                rs -> new EditionKey(rs.getString(1), Sql.date(rs, "edition_date")), clock));
    }

    /**
     * Consistency findings over the whole archive: unmatched jumps, issue numbers out of sequence for a
     * daily, pages missing against 今日N版, masthead warnings, scans the originals store lost.
     */
    public List<Finding> checkFindings() {
        return Checks.run(this);
    }

    /** The consistency findings about one edition, as {@link #checkFindings()} reports them for it. */
    public List<Finding> checkFindings(String slug, LocalDate date) {
        return Checks.edition(this, slug, date);
    }

    /** Where an original is used: a page revision of an edition, read from a source file. */
    public record OriginalUse(String title, LocalDate date, int page, int revision, String source) {
        @Override
        public String toString() {
            return title + " " + date + " p" + page + " revision " + revision + " (from " + source + ")";
        }
    }

    /** The page revisions that were read from the original with this hash. */
    public List<OriginalUse> usesOf(String sha256) {
        return read(c -> Sql.list(c, """
                SELECT t.slug, e.edition_date, r.page_number, r.revision, r.source_name
                FROM page_revision r JOIN edition e ON e.id = r.edition_id JOIN title t ON t.id = e.title_id
                WHERE r.original_sha256 = ? ORDER BY e.edition_date, r.page_number, r.revision""",
                rs -> new OriginalUse(rs.getString(1), Sql.date(rs, "edition_date"), rs.getInt(3), rs.getInt(4),
                        rs.getString(5)), sha256));
    }

    /**
     * The record's own problems, one line each: a current page whose stored Page JSON or masthead cannot be
     * read back, or whose item count disagrees with it. Reads the record a batch at a time.
     */
    public List<String> recordProblems() {
        List<String> problems = new ArrayList<>();
        long after = 0;
        while (true) {
            long from = after;
            List<Object[]> batch = read(c -> Sql.list(c, """
                    SELECT r.id, t.slug, e.edition_date, r.page_number, r.item_count, r.page_json, r.masthead
                    FROM page p JOIN page_revision r ON r.id = p.current_revision_id
                    JOIN edition e ON e.id = p.edition_id JOIN title t ON t.id = e.title_id
                    WHERE r.id > ? ORDER BY r.id""" + " FETCH FIRST " + BATCH + " ROWS ONLY",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2) + " " + Sql.date(rs, "edition_date") + " p"
                            + rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7)}, from));
            for (Object[] row : batch) {
                try {
                    Page page = parse((String) row[3], Page.class);
                    parse((String) row[4], Edition.class);
                    if (page.items().size() != (Integer) row[2]) {
                        problems.add(row[1] + ": " + page.items().size() + " items stored, " + row[2] + " recorded");
                    }
                } catch (RuntimeException e) {
                    problems.add(row[1] + ": its stored reading cannot be read back (" + e.getMessage().lines()
                            .findFirst().orElse("") + ")");
                }
            }
            if (batch.size() < BATCH) {
                return problems;
            }
            after = (Long) batch.get(batch.size() - 1)[0];
        }
    }

    /**
     * Fixity check: re-hashes every original the record refers to and reports any that is missing or
     * altered, and stored files nothing refers to. Reads the record a batch at a time.
     */
    public FixityReport verify() {
        List<String> missing = new ArrayList<>();
        List<String> altered = new ArrayList<>();
        long checked = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> batch = read(c -> Sql.list(c,
                    "SELECT sha256 FROM original WHERE sha256 > ? ORDER BY sha256 FETCH FIRST " + BATCH + " ROWS ONLY",
                    rs -> rs.getString(1), from));
            for (String sha256 : batch) {
                checked++;
                try {
                    String actual = originals.rehash(sha256);
                    if (actual == null) {
                        missing.add(sha256);
                    } else if (!actual.equals(sha256)) {
                        altered.add(sha256);
                    }
                } catch (java.io.IOException e) {
                    missing.add(sha256);
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1);
        }
        List<String> unreferenced = new ArrayList<>();
        try (Stream<Path> files = Files.walk(originals.root())) {
            files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("[0-9a-f]{64}"))
                    .filter(name -> read(c -> Sql.one(c, "SELECT 1 FROM original WHERE sha256 = ?", rs -> 1, name)).isEmpty())
                    .forEach(unreferenced::add);
        } catch (java.io.IOException e) {
            throw new ArchiveException("cannot list the originals store: " + e.getMessage(), e);
        }
        return new FixityReport(checked, missing, altered, unreferenced);
    }

    /** Ingests page files and folders; see {@link Ingest} for its options. */
    public Ingest ingest() {
        return new Ingest(this);
    }

    // ---- internals --------------------------------------------------------------------------------------

    Originals originals() {
        return originals;
    }

    Connection connection() throws SQLException {
        return db.getConnection();
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Brings the database's statistics on the record up to date where its planner needs them. PostgreSQL plans a
     * statement on tables never analysed as if they were nearly empty, and its driver keeps the plans it prepared
     * early in a bulk load: a scan of every page revision for each edition recorded, once the table holds
     * millions (its autovacuum, where it is on, analyses only after a tenth of a table has changed). H2 needs none.
     */
    void analyze() {
        read(c -> {
            if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("ANALYZE title, edition, page, page_revision, item, item_id, original");
                }
            }
            return null;
        });
    }

    <T> T read(Work<T> work) {
        try (Connection c = db.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new ArchiveException("archive database failed: " + e.getMessage(), e);
        }
    }

    static Optional<Long> editionId(Connection c, String slug, LocalDate date) throws SQLException {
        return Sql.one(c, """
                SELECT e.id FROM edition e JOIN title t ON t.id = e.title_id
                WHERE t.slug = ? AND e.edition_date = ?""", rs -> rs.getLong(1), slug, date);
    }

    /** Builds an edition from its merged masthead and its pages' current revisions. */
    static Edition load(Connection c, long editionId) throws SQLException {
        Edition masthead = Sql.one(c, "SELECT masthead FROM edition WHERE id = ?",
                rs -> parse(rs.getString(1), Edition.class), editionId).orElseThrow();
        List<Page> pages = Sql.list(c, """
                SELECT r.page_json FROM page p JOIN page_revision r ON r.id = p.current_revision_id
                WHERE p.edition_id = ? ORDER BY p.page_number""", rs -> parse(rs.getString(1), Page.class), editionId);
        return masthead.withPages(pages);
    }

    static <T> T parse(String json, Class<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new ArchiveException("the record holds unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model values always serialise", e);
        }
    }

    static Title title(ResultSet rs) throws SQLException {
        return new Title(rs.getString("slug"), rs.getString("name"), rs.getString("serial"), rs.getString("publisher"),
                Sql.integer(rs, "page_count"), rs.getString("frequency"));
    }

    /** Walks the editions a filter selects in (slug, date) order, fetching a batch at a time. */
    private final class EditionKeys implements Iterator<EditionKey> {
        private final ArticleFilter filter;
        private List<EditionKey> batch = new ArrayList<>();
        private int next;
        private EditionKey last;
        private boolean exhausted;

        EditionKeys(ArticleFilter filter) {
            this.filter = filter;
        }

        @Override
        public boolean hasNext() {
            if (next < batch.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            String afterSlug = last == null ? "" : last.slug();
            LocalDate afterDate = last == null ? LocalDate.of(1, 1, 1) : last.date();
            // A title filter matches nothing rather than everything when no such title is held.
            String title = filter.title() == null ? null : title(filter.title()).map(Title::slug).orElse("");
            batch = read(c -> Sql.list(c, """
                    SELECT t.slug, e.edition_date FROM edition e JOIN title t ON t.id = e.title_id
                    WHERE t.slug BETWEEN ? AND ?
                      AND e.edition_date >= ? AND e.edition_date <= ?
                      AND (t.slug > ? OR (t.slug = ? AND e.edition_date > ?))
                    ORDER BY t.slug, e.edition_date FETCH FIRST""" + " " + BATCH + " ROWS ONLY",
                    rs -> new EditionKey(rs.getString(1), Sql.date(rs, "edition_date")),
                    title == null ? "" : title, title == null ? "\uffff" : title,
                    filter.from() == null ? LocalDate.of(1, 1, 1) : filter.from(),
                    filter.to() == null ? LocalDate.of(9999, 12, 31) : filter.to(),
                    afterSlug, afterSlug, afterDate));
            next = 0;
            exhausted = batch.size() < BATCH;
            if (!batch.isEmpty()) {
                last = batch.get(batch.size() - 1);
            }
            return !batch.isEmpty();
        }

        @Override
        public EditionKey next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.get(next++);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
