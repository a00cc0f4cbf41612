package org.masthead.archive;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.masthead.model.Article;
import org.masthead.model.EditionWriter;
import org.masthead.model.ItemKind;
import org.masthead.model.Json;
import org.masthead.model.StitchedEdition;

/**
 * Writes logical articles for analysis in other tools, one record per article, as they stream by:
 * JSON Lines ({@link JsonLines}) or RFC 4180 CSV ({@link Csv}, pages and authors joined by ";").
 */
public final class ArticleExport {
    /** The columns, in order. */
    public static final String[] COLUMNS = {"id", "title", "titleName", "date", "pages", "kind", "headline", "authors",
        "text"};

    /**
     * The kinds an export holds unless told otherwise: texts. Teasers only point to other pages and
     * photos are a caption; {@code --kinds} takes them in.
     */
    public static final Set<ItemKind> TEXT_KINDS = Set.of(ItemKind.ARTICLE, ItemKind.COMMENTARY, ItemKind.BRIEF);

    private ArticleExport() {
    }

    /** One JSON object per article and line. */
    public static final class JsonLines implements EditionWriter {
        @Override
        public String name() {
            return "jsonl";
        }

        @Override
        public String mediaType() {
            return "application/jsonl";
        }

        @Override
        public long write(Iterator<StitchedEdition> editions, Writer out) throws IOException {
            long count = 0;
            for (Article a : articles(editions)) {
                Map<String, Object> record = new LinkedHashMap<>();
                String[] fields = fields(a);
                for (int i = 0; i < COLUMNS.length; i++) {
                    record.put(COLUMNS[i], fields[i]);
                }
                record.put("pages", a.pages());
                record.put("authors", a.authors());
                record.put("kind", a.kind() == null ? null : a.kind().json());
                out.write(Json.mapper().writeValueAsString(record));
                out.write('\n');
                count++;
            }
            out.flush();
            return count;
        }
    }

    /** RFC 4180 CSV with a header row of {@link #COLUMNS}. */
    public static final class Csv implements EditionWriter {
        @Override
        public String name() {
            return "csv";
        }

        @Override
        public String mediaType() {
            return "text/csv";
        }

        @Override
        public long write(Iterator<StitchedEdition> editions, Writer out) throws IOException {
            long count = 0;
            CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(COLUMNS).get().print(out);
            for (Article a : articles(editions)) {
                csv.printRecord((Object[]) fields(a));
                count++;
            }
            csv.flush();
            out.flush();
            return count;
        }
    }

    /** The editions' articles, one after another, as the editions stream by. */
    private static Iterable<Article> articles(Iterator<StitchedEdition> editions) {
        return () -> java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(editions,
                java.util.Spliterator.ORDERED), false).flatMap(e -> e.articles().stream()).iterator();
    }

    private static String[] fields(Article a) {
        return new String[] {a.id(), a.title(), a.titleName(), a.date().toString(),
            String.join(";", a.pages().stream().map(String::valueOf).toList()),
            a.kind() == null ? "" : a.kind().json(), a.headline(), String.join(";", a.authors()), a.text()};
    }
}
