package org.masthead.search;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.model.Article;
import org.masthead.model.ItemKind;
import org.masthead.model.Section;

/**
 * Articles made from real Chinese text: the sentences of the shipped sample page, recombined at random
 * (seeded), over two titles and two years, with some paragraphs in traditional characters, some in
 * full-width forms and some English sentences.
 */
final class TestCorpus {

    static final List<String> ENGLISH = List.of(
            "The summit opened a new chapter for regional partnership.",
            "Researchers search the archive for every phrase they need.",
            "Masthead keeps originals and the record side by side.",
            "Trade corridors across Central Asia carried more grain this year.");
    static final List<String> AUTHORS = List.of("王毅", "董建华", "李明", "张华", "陈晨");
    private static final Transliterator TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

    private TestCorpus() {
    }

    /** The sample's body sentences, each ending in its punctuation. */
    static List<String> sentences() {
        String text = read(repoRoot().resolve("masthead-cli/src/main/resources/samples/jfjb-2025-06-19-p01.md"));
        List<String> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("[^。！？!?]+[。！？!?”]*").matcher(text);
        while (m.find()) {
            String s = m.group().replaceAll("[#\\s<>]+", "").strip();
            if (s.codePoints().filter(Normalization::isCjk).count() >= 4) {
                sentences.add(s);
            }
        }
        return sentences;
    }

    /** {@code count} articles, the same for the same seed. */
    static List<Article> articles(int count, long seed) {
        List<String> sentences = sentences();
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>(count);
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < count; i++) {
            List<String> paragraphs = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int p = 0; p < n; p++) {
                StringBuilder paragraph = new StringBuilder();
                int k = 1 + random.nextInt(3);
                for (int s = 0; s < k; s++) {
                    paragraph.append(sentences.get(random.nextInt(sentences.size())));
                }
                String text = paragraph.toString();
                int variant = random.nextInt(20);
                if (variant == 0) {
                    text = TRADITIONAL.transliterate(text);
                } else if (variant == 1) {
                    text = fullWidth(text);
                } else if (variant == 2) {
                    text = text + ENGLISH.get(random.nextInt(ENGLISH.size()));
                }
                paragraphs.add(text);
            }
            String first = sentences.get(random.nextInt(sentences.size()));
            String headline = first.substring(0, Math.min(first.length(), 6 + random.nextInt(10)));
            ItemKind kind = ItemKind.values()[random.nextInt(ItemKind.values().length)];
            LocalDate date = start.plusDays(random.nextInt(700));
            boolean second = random.nextInt(3) == 0;
            int page = 1 + random.nextInt(8);
            List<Integer> pages = random.nextInt(5) == 0 ? List.of(page, page + 1) : List.of(page);
            String id = String.format(Locale.ROOT, "%s-%s-%04d", second ? "rmrb" : "jfjb", date, i);
            articles.add(new Article(id, second ? "renminribao" : "jiefangjunbao", second ? "人民日报" : "解放军报",
                    date, pages, List.of(id), kind, null, headline, null,
                    List.of(AUTHORS.get(random.nextInt(AUTHORS.size()))), null,
                    List.of(new Section(null, paragraphs)), null, null));
        }
        return articles;
    }

    /** ASCII letters and digits as their full-width forms (Ａ, １), as some sources print them. */
    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(c >= '!' && c <= '~' ? c - '!' + 0xFF01 : c));
        return out.toString();
    }

    /** The searchable units of an article, as the index separates them (phrases never span two). */
    static List<String> units(Article article) {
        return SearchIndex.searchableUnits(article);
    }

    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("masthead-cli"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
