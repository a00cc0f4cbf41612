package org.masthead.archive;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.masthead.model.Article;
import org.masthead.model.ItemKind;
import org.masthead.model.Json;

/**
 * Writes logical articles for analysis in other tools, one record per article, as they stream by:
 * JSON Lines or RFC 4180 CSV (pages and authors joined by ";").
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

    public enum Format {
        JSONL, CSV;

        /** The format named jsonl or csv (any case). */
        public static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private ArticleExport() {
    }

    /** Writes every article of the stream; returns how many. Does not close {@code out}. */
    public static long write(Stream<Article> articles, Format format, Writer out) throws IOException {
        long count = 0;
        Iterator<Article> it = articles.iterator();
        if (format == Format.CSV) {
            CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(COLUMNS).get().print(out);
            while (it.hasNext()) {
                csv.printRecord((Object[]) fields(it.next()));
                count++;
            }
            csv.flush();
        } else {
            while (it.hasNext()) {
                Article a = it.next();
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("id", a.id());
                record.put("title", a.title());
                record.put("titleName", a.titleName());
                record.put("date", a.date().toString());
                record.put("pages", a.pages());
                record.put("kind", a.kind() == null ? null : a.kind().json());
                record.put("headline", a.headline());
                record.put("authors", a.authors());
                record.put("text", a.text());
                out.write(Json.mapper().writeValueAsString(record));
                out.write('\n');
                count++;
            }
        }
        out.flush();
        return count;
    }

    private static String[] fields(Article a) {
        return new String[] {a.id(), a.title(), a.titleName(), a.date().toString(),
            String.join(";", a.pages().stream().map(String::valueOf).toList()),
            a.kind() == null ? "" : a.kind().json(), a.headline(), String.join(";", a.authors()), a.text()};
    }
}
