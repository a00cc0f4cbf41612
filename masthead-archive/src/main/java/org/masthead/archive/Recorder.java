package org.masthead.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Masthead;
import org.masthead.model.Page;
import org.masthead.model.Warning;

/**
 * Writes one ingested file into the record: its original first, then, in one transaction, its title,
 * edition, page revision(s), item index and the edition's merged masthead. A process killed at any point
 * leaves either the whole file recorded or nothing of it but a stray original, which a rerun reuses.
 */
final class Recorder {
    enum Outcome { ADDED, REVISED, UNCHANGED }

    /** What recording one file did: an outcome per page, and the edition touched (null when unchanged). */
    record Result(List<Outcome> pages, EditionKey edition, long editionId) {
    }

    private final Archive archive;

    Recorder(Archive archive) {
        this.archive = archive;
    }

    /**
     * The bytes (their hashes) of the files recorded before under this file-name key: re-ingesting one of them
     * changes nothing, and it need not be parsed. The bytes alone are not enough: an advertisement page repeated
     * on two days is byte-identical, yet a page of each edition (the record's own check is by edition and page).
     * One look per edition's files, answered from an index alone (V23).
     */
    Set<String> recorded(String sourceKey) {
        return new HashSet<>(archive.read(c -> Sql.list(c,
                "SELECT DISTINCT original_sha256 FROM page_revision WHERE source_key = ?", rs -> rs.getString(1),
                sourceKey)));
    }

    /** The scans (their hashes) that pages read from these bytes under this key name as their images. */
    List<String> scans(String sha256, String sourceKey) {
        return archive.read(c -> Sql.list(c, """
                SELECT page_json FROM page_revision WHERE original_sha256 = ? AND source_key = ? AND page_json LIKE ?""",
                rs -> PageImages.scanOf(Archive.parse(rs.getString(1), Page.class)), sha256, sourceKey,
                PageImages.SCAN_IN_JSON)).stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** True when this page of this edition holds (now or in an older revision) a reading of these bytes. */
    private static boolean holds(Connection c, long editionId, int page, String sha256) throws SQLException {
        return Sql.one(c, """
                SELECT 1 FROM page_revision WHERE edition_id = ? AND page_number = ? AND original_sha256 = ?
                FETCH FIRST 1 ROWS ONLY""", rs -> Boolean.TRUE, editionId, page, sha256).isPresent();
    }

    /**
     * The original of the current front page of the edition whose files had this key, for parsing an inner
     * page that arrives without it.
     */
    Optional<byte[]> frontPage(String sourceKey) {
        Optional<String> sha256 = archive.read(c -> Sql.one(c, """
                SELECT f.original_sha256 FROM page_revision r
                JOIN page p ON p.edition_id = r.edition_id AND p.page_number = 1
                JOIN page_revision f ON f.id = p.current_revision_id
                WHERE r.source_key = ? FETCH FIRST 1 ROWS ONLY""", rs -> rs.getString(1), sourceKey));
        return sha256.flatMap(archive::original).map(path -> {
            try {
                return java.nio.file.Files.readAllBytes(path);
            } catch (java.io.IOException e) {
                return null; // a lost original is verify's finding; the page is then parsed on its own
            }
        });
    }

    /**
     * The printed name of the title whose files were named with this prefix before their date
     * (jfjb-2025-06-19-p01.md → jfjb), for an inner page that arrives without its front page.
     */
    Optional<String> titleNamedBy(String titlePart) {
        if (titlePart.isEmpty()) {
            return Optional.empty();
        }
        String pattern = titlePart.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return archive.read(c -> Sql.one(c, """
                SELECT t.name FROM page_revision r JOIN edition e ON e.id = r.edition_id
                JOIN title t ON t.id = e.title_id WHERE r.source_key LIKE ? ESCAPE '\\' FETCH FIRST 1 ROWS ONLY""",
                rs -> rs.getString(1), pattern));
    }

    /**
     * One parsed file to record.
     *
     * @param source    the file's name as given
     * @param sourceKey its name without the page part (see {@link PageFileName})
     * @param edition   the edition holding just this file's page(s); it must have a date and a page
     * @param readAlone true when it was read without its edition's front page (no masthead to go by)
     * @param reread    true to record it again although its bytes are recorded: a re-reading with the front page
     */
    record File(String source, String sourceKey, byte[] bytes, String sha256, Title title, Edition edition,
            boolean readAlone, boolean reread) {
    }

    /** A current page of an edition that was read without its front page. */
    record LonePage(int page, String sha256, String source, String sourceKey) {
    }

    /** An edition whose front page was read with its masthead: the page to read its lone pages again with. */
    record Front(long editionId, LocalDate date, String sha256, String source, Title title) {
    }

    /**
     * The editions whose current front page was read with its masthead while some of their other current pages
     * are still read without it: left so by a run that died between recording the front page and reading its
     * inner pages again, or whose inner pages arrived after it in another folder of the same run.
     */
    List<Front> frontsWithLonePages() {
        return archive.read(c -> Sql.list(c, """
                SELECT f.edition_id, e.edition_date, fr.original_sha256, fr.source_name, t.*
                FROM page f JOIN page_revision fr ON fr.id = f.current_revision_id
                JOIN edition e ON e.id = f.edition_id JOIN title t ON t.id = e.title_id
                WHERE f.page_number = 1 AND NOT fr.read_alone AND EXISTS (
                    SELECT 1 FROM page p JOIN page_revision r ON r.id = p.current_revision_id
                    WHERE p.edition_id = f.edition_id AND p.page_number <> 1 AND r.read_alone)
                ORDER BY f.edition_id""",
                rs -> new Front(rs.getLong(1), Sql.date(rs, "edition_date"), rs.getString(3), rs.getString(4),
                        Archive.title(rs))));
    }

    /** The current pages of the edition that were read without its front page. */
    List<LonePage> lonePages(long editionId) {
        return archive.read(c -> Sql.list(c, """
                SELECT r.page_number, r.original_sha256, r.source_name, r.source_key
                FROM page p JOIN page_revision r ON r.id = p.current_revision_id
                WHERE p.edition_id = ? AND r.read_alone AND r.page_number <> 1 ORDER BY r.page_number""",
                rs -> new LonePage(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)), editionId));
    }

    /** Records one file in its own transaction. */
    Result record(File file) {
        return record(List.of(file)).get(0);
    }

    /**
     * Records the files of one edition in one transaction (each file's originals are stored first), and
     * merges the masthead of each edition touched once at the end.
     */
    List<Result> record(List<File> files) {
        for (File file : files) {
            archive.originals().store(file.sha256(), file.bytes());
        }
        try (Connection c = archive.connection()) {
            c.setAutoCommit(false);
            try {
                long clock = tick(c);
                List<Result> results = new ArrayList<>();
                Map<Long, Title> touched = new LinkedHashMap<>();
                for (File file : files) {
                    results.add(record(c, file, touched));
                }
                for (Map.Entry<Long, Title> edition : touched.entrySet()) {
                    mergeMasthead(c, edition.getKey(), edition.getValue(), clock);
                }
                c.commit();
                return results;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new ArchiveException("cannot record " + files.get(0).source() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Raises the record clock first thing, taking its row lock until commit: transactions that record run
     * one after another (whichever process they come from), so the titles and editions one of them adds
     * are seen by the next rather than raced for, and clock values follow commit order.
     */
    private static long tick(Connection c) throws SQLException {
        Sql.update(c, "UPDATE record_clock SET seq = seq + 1 WHERE id = 1");
        return Sql.one(c, "SELECT seq FROM record_clock WHERE id = 1", rs -> rs.getLong(1)).orElseThrow();
    }

    private Result record(Connection c, File file, Map<Long, Title> touched) throws SQLException {
        Edition edition = file.edition();
        long titleId = titleId(c, file.title());
        Optional<Long> held = Sql.one(c, "SELECT id FROM edition WHERE title_id = ? AND edition_date = ?",
                rs -> rs.getLong(1), titleId, edition.date());
        // A page's identity is its edition and number: bytes recorded for another edition are news to this one.
        Set<Integer> unchanged = new HashSet<>();
        if (held.isPresent() && !file.reread()) {
            for (Page page : edition.pages()) {
                if (holds(c, held.get(), page.number(), file.sha256())) {
                    unchanged.add(page.number());
                }
            }
        }
        if (unchanged.size() == edition.pages().size()) {
            return new Result(edition.pages().stream().map(p -> Outcome.UNCHANGED).toList(), null, 0);
        }
        String masthead = Archive.json(edition.withPages(List.of()));
        long editionId = held.orElseGet(() -> insertEdition(c, titleId, edition, masthead));
        recordOriginal(c, file.sha256(), file.bytes().length);
        for (Page page : edition.pages()) {
            String scan = PageImages.scanOf(page); // kept by ingest beside the page's source: fixity-checked too
            if (scan != null) {
                recordOriginal(c, scan, archive.originals().size(scan));
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Page page : edition.pages()) {
            outcomes.add(unchanged.contains(page.number()) ? Outcome.UNCHANGED
                    : recordPage(c, editionId, page, file, masthead));
        }
        touched.put(editionId, file.title());
        return new Result(outcomes, new EditionKey(file.title().slug(), edition.date()), editionId);
    }

    private long insertEdition(Connection c, long titleId, Edition edition, String masthead) {
        try {
            return Sql.insert(c, """
                    INSERT INTO edition (title_id, edition_date, issue_number, page_count, masthead)
                    VALUES (?, ?, ?, ?, ?)""", titleId, edition.date(), edition.masthead().issueNumber(), edition.masthead().pageCount(),
                    masthead);
        } catch (SQLException e) {
            throw new ArchiveException("cannot add edition " + edition.date() + ": " + e.getMessage(), e);
        }
    }

    private static void recordOriginal(Connection c, String sha256, long bytes) throws SQLException {
        if (Sql.one(c, "SELECT 1 FROM original WHERE sha256 = ?", rs -> Boolean.TRUE, sha256).isEmpty()) {
            Sql.update(c, "INSERT INTO original (sha256, byte_size, stored_at) VALUES (?, ?, ?)", sha256, bytes,
                    Instant.now());
        }
    }

    private static long titleId(Connection c, Title title) throws SQLException {
        // By name too: a title held under a slug minted by an older rule keeps it.
        Optional<Long> id = Sql.one(c, "SELECT id FROM title WHERE slug = ? OR name = ? ORDER BY id",
                rs -> rs.getLong(1), title.slug(), title.name());
        if (id.isPresent()) {
            return id.get();
        }
        return Sql.insert(c, """
                INSERT INTO title (slug, name, serial, publisher, page_count, frequency) VALUES (?, ?, ?, ?, ?, ?)""",
                title.slug(), title.name(), title.serial(), title.publisher(), title.pageCount(), title.frequency());
    }

    private static Outcome recordPage(Connection c, long editionId, Page parsed, File file, String masthead)
            throws SQLException {
        int number = parsed.number();
        int revision = Sql.one(c, "SELECT MAX(revision) FROM page_revision WHERE edition_id = ? AND page_number = ?",
                rs -> rs.getInt(1), editionId, number).orElse(0);
        // The items keep the ids they had (or get new ones minted) before the page is stored with them.
        Page page = Permalinks.stamp(c, editionId, parsed, revision + 1);
        long revisionId = Sql.insert(c, """
                INSERT INTO page_revision (edition_id, page_number, revision, original_sha256, source_name,
                                           source_key, ingested_at, item_count, read_alone, masthead, page_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", editionId, number, revision + 1, file.sha256(),
                file.source(), file.sourceKey(), Instant.now(), page.items().size(), file.readAlone(), masthead,
                Archive.json(page));
        if (revision == 0) {
            Sql.update(c, "INSERT INTO page (edition_id, page_number, current_revision_id) VALUES (?, ?, ?)",
                    editionId, number, revisionId);
        } else {
            Sql.update(c, "UPDATE page SET current_revision_id = ? WHERE edition_id = ? AND page_number = ?",
                    revisionId, editionId, number);
        }
        Sql.update(c, "DELETE FROM item WHERE edition_id = ? AND page_number = ?", editionId, number);
        Set<String> seen = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO item (item_id, edition_id, page_number, seq) VALUES (?, ?, ?, ?)")) {
            int seq = 0;
            for (Item item : page.items()) {
                seq++;
                if (item.id() != null && seen.add(item.id())) {
                    Sql.bind(ps, item.id(), editionId, number, seq);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        return revision == 0 ? Outcome.ADDED : Outcome.REVISED;
    }

    /**
     * The edition's masthead data is merged from its current pages, lowest page number first (the front
     * page's masthead wins; other pages fill what it lacks), so it does not depend on arrival order.
     */
    private static void mergeMasthead(Connection c, long editionId, Title title, long clock) throws SQLException {
        List<Edition> mastheads = Sql.list(c, """
                SELECT r.masthead FROM page p JOIN page_revision r ON r.id = p.current_revision_id
                WHERE p.edition_id = ? ORDER BY p.page_number""",
                rs -> Archive.parse(rs.getString(1), Edition.class), editionId);
        Set<Warning> warnings = new LinkedHashSet<>();
        mastheads.forEach(m -> warnings.addAll(m.warnings()));
        Masthead merged = Masthead.builder().title(title.name()).serial(title.serial()).publisher(title.publisher())
                .build();
        for (int i = mastheads.size() - 1; i >= 0; i--) {
            merged = mastheads.get(i).masthead().orElse(merged);
        }
        Sql.update(c, "UPDATE edition SET issue_number = ?, page_count = ?, masthead = ?, changed_seq = ? WHERE id = ?",
                merged.issueNumber(), merged.pageCount(), Archive.json(new Edition(merged, List.copyOf(warnings),
                        List.of())), clock, editionId);
    }
}
