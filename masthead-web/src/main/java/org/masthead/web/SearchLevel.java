package org.masthead.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.masthead.archive.Archive;
import org.masthead.archive.ArticleFilter;
import org.masthead.archive.EditionKey;
import org.masthead.model.Article;
import org.masthead.search.SearchIndex;
import org.masthead.search.SearchRequest;

/**
 * Brings the search index level with the record, which is the truth. The index keeps, in the same commit as
 * its articles, the value of the record's clock it was last level with; the editions changed after it are
 * sent again whole and the new mark committed with them. An index with no mark, or with a mark ahead of the
 * record (the record lost its last commits to a crash, or the index belongs to another archive), is
 * rebuilt. Whatever kills a process between recording and indexing, the next level (every ingest, every
 * start of the server, and the running server every few seconds) repairs it.
 */
public final class SearchLevel {
    /** Above this many changed editions one streamed rebuild beats sending edition by edition. */
    public static final int BULK_EDITIONS = 500;

    private SearchLevel() {
    }

    /**
     * What bringing the index level did.
     *
     * @param upTo     the record clock value the index now holds everything up to
     * @param editions editions sent again (0 when rebuilt whole)
     * @param rebuilt  true when the whole index was rebuilt
     * @param articles articles sent
     */
    public record Report(long upTo, int editions, boolean rebuilt, long articles) {
        public boolean changed() {
            return rebuilt || editions > 0;
        }
    }

    /** Sends the index whatever the record holds and it lacks; commits only when something was lacking. */
    public static Report level(Archive archive, SearchIndex index) {
        long clock = archive.recordClock(); // read first: whatever is recorded later is sent again next time
        OptionalLong mark = index.indexedUpTo();
        if (mark.isPresent() && mark.getAsLong() == clock) {
            return new Report(clock, 0, false, 0);
        }
        if (mark.isEmpty() || mark.getAsLong() > clock) {
            return rebuild(archive, index, clock);
        }
        List<EditionKey> changed = archive.editionsChangedAfter(mark.getAsLong());
        if (changed.size() > BULK_EDITIONS) {
            return rebuild(archive, index, clock);
        }
        long articles = 0;
        for (EditionKey edition : changed) {
            articles += index.sendEdition(edition.slug(), edition.date(),
                    archive.articles(edition.slug(), edition.date()).stream());
        }
        index.commitUpTo(clock);
        return new Report(clock, changed.size(), false, articles);
    }

    /** Makes the index hold exactly the record's logical articles, with the record clock read before reading them. */
    public static Report rebuild(Archive archive, SearchIndex index) {
        return rebuild(archive, index, archive.recordClock());
    }

    private static Report rebuild(Archive archive, SearchIndex index, long clock) {
        try (Stream<Article> articles = archive.articles(ArticleFilter.ALL)) {
            long sent = index.replaceAll(articles, clock);
            return new Report(clock, 0, true, sent);
        }
    }

    /**
     * How the index differs from the record, one line each (none when they agree): a mark behind or ahead of
     * the record clock, articles of the record the index lacks, and articles only the index holds.
     */
    public static List<String> differences(Archive archive, SearchIndex index) {
        long clock = archive.recordClock();
        OptionalLong mark = index.indexedUpTo();
        List<String> lines = new ArrayList<>();
        if (mark.isEmpty()) {
            lines.add("search index: no mark of the record it holds (it is rebuilt at the next ingest or start)");
        } else if (mark.getAsLong() > clock) {
            lines.add("search index: ahead of the record (indexed up to " + mark.getAsLong() + ", record clock at " + clock
                    + "; the record lost its last commits, or the index is another archive's); rebuilt at the next "
                    + "ingest or start");
        } else if (mark.getAsLong() < clock) {
            lines.add("search index: " + archive.editionsChangedAfter(mark.getAsLong()).size() + " edition(s) changed "
                    + "since it was brought level (indexed up to " + mark.getAsLong() + ", record clock at " + clock
                    + "); sent at the next ingest or start");
        }
        Set<String> recorded = new TreeSet<>();
        try (Stream<Article> articles = archive.articles(ArticleFilter.ALL)) {
            articles.forEach(a -> recorded.add(a.id()));
        }
        Set<String> indexed = new TreeSet<>(index.ids(SearchRequest.of("")));
        Set<String> lacking = new TreeSet<>(recorded);
        lacking.removeAll(indexed);
        indexed.removeAll(recorded);
        if (!lacking.isEmpty()) {
            lines.add("search index: lacks " + lacking.size() + " article(s) of the record" + examples(lacking));
        }
        if (!indexed.isEmpty()) {
            lines.add("search index: holds " + indexed.size() + " article(s) the record does not" + examples(indexed));
        }
        return lines;
    }

    private static String examples(Set<String> ids) {
        return " (" + String.join(", ", ids.stream().limit(5).toList()) + (ids.size() > 5 ? ", …" : "") + ")";
    }
}
