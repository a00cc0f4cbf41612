package org.masthead.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.masthead.model.Item;
import org.masthead.model.Page;
import org.masthead.parse.ItemIds;

/**
 * Item ids minted once and kept (docs/ids.md). When a page is recorded, each of its items takes the id of
 * the item it continues (same headline and first paragraph, or nearly: character-pair overlap), looked for
 * among the ids of its edition that no other current page holds; an item with no such match is minted a
 * new id: the parser's provisional one unless it is taken. Every id given out is kept in {@code item_id}
 * with where it last stood, so one that leaves the current revision still resolves.
 */
final class Permalinks {
    /** Character-pair overlap (Jaccard) from which a changed item is the same item. */
    static final double SAME_ITEM = 0.5;
    private static final int FINGERPRINT = 300;
    private static final String MOVE = "UPDATE item_id SET page_number = ?, revision = ?, fingerprint = ? WHERE item_id = ?";
    private static final String ADD = """
            INSERT INTO item_id (item_id, edition_id, page_number, revision, fingerprint) VALUES (?, ?, ?, ?, ?)""";

    /** An id the page's items may take: its page, whether this page holds it now, what it is recognised by. */
    private record Known(String id, int page, boolean current, String fingerprint) {
        /** Among equals, the id the page holds now, then one last seen on this page. */
        double preference(int number) {
            return (current ? 2e-6 : 0) + (page == number ? 1e-6 : 0);
        }
    }

    private Permalinks() {
    }

    /** The page with each item's kept or newly minted id, recorded as standing in this page revision. */
    static Page stamp(Connection c, long editionId, Page page, int revision) throws SQLException {
        // Two scans of the edition joined here: a correlated look-up per id made this a third of recording.
        Set<String> here = new HashSet<>();
        Set<String> elsewhere = new HashSet<>();
        record Held(String id, int page) {
        }
        for (Held held : Sql.list(c, "SELECT item_id, page_number FROM item WHERE edition_id = ?",
                rs -> new Held(rs.getString(1), rs.getInt(2)), editionId)) {
            (held.page() == page.number() ? here : elsewhere).add(held.id());
        }
        List<Known> known = new ArrayList<>();
        for (Known k : Sql.list(c, "SELECT item_id, page_number, fingerprint FROM item_id WHERE edition_id = ?",
                rs -> new Known(rs.getString(1), rs.getInt(2), here.contains(rs.getString(1)), rs.getString(3)),
                editionId)) {
            if (!elsewhere.contains(k.id())) {
                known.add(k);
            }
        }
        List<Item> items = page.items();
        String[] fingerprints = items.stream().map(Permalinks::fingerprint).toArray(String[]::new);
        String[] ids = new String[items.size()];
        Set<Known> taken = new HashSet<>();
        // Unchanged items first (the same page preferred), then the nearest changed ones, best pairs first.
        for (int i = 0; i < items.size(); i++) {
            Known match = null;
            for (Known k : known) {
                if (!taken.contains(k) && k.fingerprint().equals(fingerprints[i])
                        && (match == null || k.preference(page.number()) > match.preference(page.number()))) {
                    match = k;
                }
            }
            if (match != null) {
                ids[i] = match.id();
                taken.add(match);
            }
        }
        record Pair(int item, Known known, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (ids[i] != null) {
                continue;
            }
            for (Known k : known) {
                if (!taken.contains(k)) {
                    double score = similarity(fingerprints[i], k.fingerprint()) + k.preference(page.number());
                    if (score >= SAME_ITEM) {
                        pairs.add(new Pair(i, k, score));
                    }
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b.score(), a.score()));
        for (Pair pair : pairs) {
            if (ids[pair.item()] == null && !taken.contains(pair.known())) {
                ids[pair.item()] = pair.known().id();
                taken.add(pair.known());
            }
        }
        // The ids kept move here in one batch and the new ones are added in another: a page is a handful of
        // round trips to the database and one look-up per new id, not three (PostgreSQL pays each one).
        Set<String> used = new HashSet<>();
        List<Item> stamped = new ArrayList<>(items.size());
        try (PreparedStatement move = c.prepareStatement(MOVE); PreparedStatement add = c.prepareStatement(ADD)) {
            for (int i = 0; i < items.size(); i++) {
                String id = ids[i];
                if (id != null) {
                    Sql.bind(move, page.number(), revision, fingerprints[i], id);
                    move.addBatch();
                } else {
                    id = mint(c, items.get(i).id(), used);
                    Sql.bind(add, id, editionId, page.number(), revision, fingerprints[i]);
                    add.addBatch();
                }
                used.add(id);
                stamped.add(items.get(i).withId(id));
            }
            move.executeBatch();
            add.executeBatch();
        }
        return page.withItems(stamped);
    }

    /**
     * The parser's id when nobody holds it, else its first free variant. One look-up by the key each: a look-up of
     * many ids at once (IN) was planned by PostgreSQL as a full scan on a table without statistics, and kept so.
     */
    private static String mint(Connection c, String provisional, Set<String> used) throws SQLException {
        String id = provisional;
        for (int n = 1; id == null || used.contains(id) || exists(c, id); n++) {
            id = ItemIds.variant(provisional == null ? "" : provisional, n);
        }
        return id;
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT 1 FROM item_id WHERE item_id = ?", rs -> 1, id).isPresent();
    }

    /** Records where an id stands now (inserting it the first time). */
    private static void keep(Connection c, String id, long editionId, int page, int revision, String fingerprint)
            throws SQLException {
        if (Sql.update(c, MOVE, page, revision, fingerprint, id) == 0) {
            Sql.update(c, ADD, id, editionId, page, revision, fingerprint);
        }
    }

    /** What an item is recognised by: its headline and the start of its first paragraph (or caption). */
    static String fingerprint(Item item) {
        String first = item.caption();
        for (var section : item.sections()) {
            if (!section.paragraphs().isEmpty()) {
                first = section.paragraphs().get(0);
                break;
            }
        }
        String text = (item.headline() == null ? "" : item.headline()) + "\n" + (first == null ? "" : first);
        return text.length() > FINGERPRINT ? text.substring(0, FINGERPRINT) : text;
    }

    /** Jaccard overlap of the two texts' character pairs (of their characters, for texts of one). */
    static double similarity(String a, String b) {
        Set<String> x = pairs(a);
        Set<String> y = pairs(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String pair : x) {
            if (y.contains(pair)) {
                common++;
            }
        }
        return (double) common / (x.size() + y.size() - common);
    }

    private static Set<String> pairs(String text) {
        Set<String> pairs = new HashSet<>();
        String t = text.strip();
        if (t.length() == 1) {
            pairs.add(t);
        }
        for (int i = 0; i + 2 <= t.length(); i++) {
            pairs.add(t.substring(i, i + 2));
        }
        return pairs;
    }

    /** Where an id that no current page holds last stood, and the current item that took its place, if any. */
    static Optional<RetiredItem> retired(Connection c, String id) throws SQLException {
        record Row(String slug, java.time.LocalDate date, long editionId, int page, int revision, String fingerprint) {
        }
        Optional<Row> row = Sql.one(c, """
                SELECT t.slug, e.edition_date, r.edition_id, r.page_number, r.revision, r.fingerprint
                FROM item_id r JOIN edition e ON e.id = r.edition_id JOIN title t ON t.id = e.title_id
                WHERE r.item_id = ? AND NOT EXISTS (SELECT 1 FROM item i WHERE i.item_id = r.item_id)""",
                rs -> new Row(rs.getString(1), Sql.date(rs, "edition_date"), rs.getLong(3), rs.getInt(4), rs.getInt(5),
                        rs.getString(6)), id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        Optional<Page> current = Sql.one(c, """
                SELECT rv.page_json FROM page p JOIN page_revision rv ON rv.id = p.current_revision_id
                WHERE p.edition_id = ? AND p.page_number = ?""", rs -> Archive.parse(rs.getString(1), Page.class),
                r.editionId(), r.page());
        String successor = null;
        double best = SAME_ITEM;
        for (Item item : current.map(Page::items).orElse(List.of())) {
            double score = similarity(r.fingerprint(), fingerprint(item));
            if (score >= best) {
                successor = item.id();
                best = score;
            }
        }
        return Optional.of(new RetiredItem(id, new EditionKey(r.slug(), r.date()), r.page(), r.revision(), successor));
    }

    /** Keeps the ids of every stored revision, oldest first, so the latest place of each wins: V3's work. */
    static void carryOver(Connection c) throws SQLException {
        List<long[]> revisions = Sql.list(c, "SELECT id, edition_id, page_number, revision FROM page_revision "
                + "ORDER BY edition_id, page_number, revision",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)});
        try (PreparedStatement read = c.prepareStatement("SELECT page_json FROM page_revision WHERE id = ?")) {
            for (long[] r : revisions) {
                Sql.bind(read, r[0]);
                Page page;
                try (var rs = read.executeQuery()) {
                    rs.next();
                    page = Archive.parse(rs.getString(1), Page.class);
                }
                for (Item item : page.items()) {
                    if (item.id() != null) {
                        keep(c, item.id(), r[1], (int) r[2], (int) r[3], fingerprint(item));
                    }
                }
            }
        }
    }
}
