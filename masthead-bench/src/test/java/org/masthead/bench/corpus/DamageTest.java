package org.masthead.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.masthead.model.Item;
import org.masthead.model.Json;
import org.masthead.model.ItemFlag;
import org.masthead.model.Page;
import org.masthead.model.Section;
import org.masthead.parse.EditionParser;
import org.masthead.parse.PageSource;
import org.masthead.parse.ParseOptions;

class DamageTest {

    @Test
    void noDamageGivesParserReadyCleanText() throws Exception {
        for (GeneratedEdition generated : Corpora.generate(Corpora.spec("2025-06-01", "2025-06-05", 11, Damage.NONE))) {
            for (int p = 0; p < generated.files().size(); p++) {
                GeneratedEdition.PageFile file = generated.files().get(p);
                assertThat(file.encoding()).isEqualTo("UTF-8");
                String text = Corpora.decode(file);
                assertThat(text).doesNotContain("\r").doesNotContain(",").doesNotContain(";");
                Page page = generated.truth().pages().get(p);
                if (page.name() != null && page.name().equals("广告")) {
                    assertThat(page.items()).isEmpty();
                    continue;
                }
                assertThat(page.editors()).isNotEmpty();
                String last = page.editors().get(page.editors().size() - 1);
                // The editors' line ends the page: names on lines of their own, or on one line, padded (段　晓).
                assertThat(text.strip()).satisfiesAnyOf(t -> assertThat(t).endsWith("\n" + last),
                        t -> assertThat(t).endsWith("　" + Composer.padded(last)),
                        t -> assertThat(t).endsWith("：" + Composer.padded(last)));
                for (Item item : page.items()) {
                    assertThat(item.flags()).isEmpty();
                    if (item.headline() != null) {
                        assertThat(text).contains(item.headline());
                    }
                    for (Section section : item.sections()) {
                        // Every paragraph is whole, on one line (a jump note may follow), ending a sentence, but
                        // for a poem's lines.
                        section.paragraphs().forEach(paragraph -> {
                            assertThat(text).containsAnyOf(paragraph + "\n", paragraph + "（下转第");
                            assertThat(paragraph).satisfiesAnyOf(line -> assertThat(line).matches("(?s).*[。！？”]"),
                                    line -> assertThat(Pools.DEFAULT.verseLines).contains(line));
                        });
                    }
                }
            }
        }
    }

    @Test
    void typicalDamageCutsMovesAndLosesText() throws Exception {
        List<GeneratedEdition> editions = Corpora.generate(Corpora.spec("2025-01-01", "2025-01-31", 11, Damage.TYPICAL));
        Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        Set<String> encodings = new HashSet<>();
        int split = 0;
        int halfWidthFiles = 0;
        for (GeneratedEdition generated : editions) {
            for (int p = 0; p < generated.files().size(); p++) {
                GeneratedEdition.PageFile file = generated.files().get(p);
                encodings.add(file.encoding());
                String text = Corpora.decode(file).replace("\r\n", "\n");
                if (text.contains("，")) {
                    assertThat(text).doesNotContain(",");
                } else {
                    halfWidthFiles++;
                }
                String folded = text.replace(',', '，').replace(';', '；').replace(':', '：')
                        .replace('(', '（').replace(')', '）');
                for (Item item : generated.truth().pages().get(p).items()) {
                    flags.addAll(item.flags());
                    for (Section section : item.sections()) {
                        for (String paragraph : section.paragraphs()) {
                            if (!folded.contains(paragraph.replace(',', '，'))) {
                                split++;
                            }
                        }
                    }
                    if (item.flags().contains(ItemFlag.HEADLINE_MISSING)) {
                        assertThat(item.headline()).isNull();
                        assertThat(item.dateline()).isNotNull();
                    }
                }
            }
        }
        assertThat(flags).containsExactlyInAnyOrder(ItemFlag.values());
        assertThat(split).as("paragraphs cut at column ends and continued in the next block").isGreaterThan(10);
        assertThat(halfWidthFiles).isGreaterThan(10);
        assertThat(encodings).contains("UTF-8", "UTF-8+BOM", "GB18030", "UTF-8+CRLF");
    }

    @Test
    void aLostRestLeavesTheTruthTruncatedMidSentence() throws Exception {
        int truncated = 0;
        for (GeneratedEdition generated : Corpora.generate(Corpora.spec("2025-02-01", "2025-02-10", 4, Damage.HEAVY))) {
            for (int p = 0; p < generated.files().size(); p++) {
                for (Item item : generated.truth().pages().get(p).items()) {
                    if (!item.flags().contains(ItemFlag.TRUNCATED)) {
                        continue;
                    }
                    truncated++;
                    assertThat(item.sections().stream().flatMap(s -> s.paragraphs().stream()))
                            .anySatisfy(paragraph -> assertThat(paragraph).doesNotMatch("(?s).*[。！？”）]"));
                }
            }
        }
        assertThat(truncated).isGreaterThan(5);
    }

    @Test
    void footerFurnitureIsMixedInAndSomeFilesStopShort() throws Exception {
        int mixed = 0;
        int stopped = 0;
        for (GeneratedEdition generated : Corpora.generate(Corpora.spec("2025-03-01", "2025-03-10", 6, Damage.HEAVY))) {
            for (int p = 0; p < generated.files().size(); p++) {
                String text = Corpora.decode(generated.files().get(p)).replace("\r\n", "\n").strip();
                List<String> editors = generated.truth().pages().get(p).editors();
                if (editors.isEmpty()) {
                    stopped++;
                    assertThat(text).doesNotContain("版面编辑", "责任编辑");
                } else if (!text.endsWith(editors.get(editors.size() - 1))) {
                    mixed++;
                    assertThat(text).containsAnyOf("版面编辑", "责任编辑");
                }
            }
        }
        assertThat(mixed).isGreaterThan(10);
        assertThat(stopped).isGreaterThan(2);
    }

    @Test
    void moreDamageMeansMoreDamagedItems() {
        assertThat(damagedItems(Damage.HEAVY)).isGreaterThan(damagedItems(Damage.TYPICAL));
        assertThat(damagedItems(Damage.TYPICAL)).isGreaterThan(damagedItems(Damage.LIGHT));
        assertThat(damagedItems(Damage.LIGHT)).isGreaterThan(0);
    }

    private static long damagedItems(Damage damage) {
        return Corpora.generate(Corpora.spec("2025-04-01", "2025-04-20", 9, damage)).stream()
                .flatMap(g -> g.truth().pages().stream()).flatMap(p -> p.items().stream())
                .filter(item -> !item.flags().isEmpty()).count();
    }

    @Test
    void everyEncodingDecodesToTheSameKindOfPage() throws Exception {
        for (GeneratedEdition generated : Corpora.generate(Corpora.spec("2025-05-01", "2025-05-10", 2, Damage.HEAVY))) {
            for (GeneratedEdition.PageFile file : generated.files()) {
                String text = Corpora.decode(file);
                assertThat(text.contains("\r\n")).isEqualTo(file.encoding().endsWith("CRLF"));
                assertThat(file.bytes()[0] == (byte) 0xEF).isEqualTo(file.encoding().contains("BOM"));
                assertThat(text).containsAnyOf("# 解放军报", "版 ");
            }
        }
    }

    @Test
    void plainTextHasNoMarkdownMarks() throws Exception {
        for (GeneratedEdition generated : Corpora.generate(
                Corpora.spec("2025-06-19", "2025-06-19", 1, Damage.NONE, Converter.PLAIN))) {
            String front = Corpora.decode(generated.files().get(0));
            assertThat(generated.files().get(0).name()).endsWith("-p01.txt");
            assertThat(front).startsWith("解放军报\n").doesNotContain("#").doesNotContain("  \n").doesNotContain("<http");
        }
    }

    @Test
    void otherConvertersMarksForTheSameHeadings() throws Exception {
        String levels = Corpora.decode(Corpora.generate(Corpora.spec("2025-06-19", "2025-06-19", 1, Damage.NONE,
                Converter.MARKDOWN)).get(0).files().get(0));
        String flat = Corpora.decode(Corpora.generate(Corpora.spec("2025-06-19", "2025-06-19", 1, Damage.NONE,
                Converter.MARKDOWN_FLAT)).get(0).files().get(0));
        String html = Corpora.decode(Corpora.generate(Corpora.spec("2025-06-19", "2025-06-19", 1, Damage.NONE,
                Converter.MARKDOWN_HTML)).get(0).files().get(0));
        String bold = Corpora.decode(Corpora.generate(Corpora.spec("2025-06-19", "2025-06-19", 1, Damage.NONE,
                Converter.MARKDOWN_BOLD)).get(0).files().get(0));
        assertThat(levels).contains("\n## ");
        assertThat(flat).doesNotContain("## ").isEqualTo(levels.replaceAll("(?m)^#+ ", "# "));
        assertThat(html.replaceAll("<span id=\"page-0-\\d+\"></span>", "")).isEqualTo(levels);
        assertThat(html).startsWith("<span id=\"page-0-0\"></span># 解放军报");
        assertThat(bold).startsWith("# 解放军报").doesNotContain("## ")
                .isEqualTo(levels.replaceAll("(?m)^#{2,} (.*)$", "**$1**"));
        String lines = Corpora.decode(Corpora.generate(Corpora.spec("2025-06-19", "2025-06-19", 1, Damage.NONE,
                Converter.MARKDOWN_LINES)).get(0).files().get(0));
        assertThat(levels).contains("  \n");
        assertThat(lines).doesNotContain("  \n").isEqualTo(levels.replace("  \n", "\n\n"));
    }

    @Test
    void minerUsFormulasForFiguresReadAsTheFlatPageDoes() throws Exception {
        GeneratedEdition flat = Corpora.generate(Corpora.spec("2025-06-19", "2025-06-19", 1, Damage.NONE,
                Converter.MARKDOWN_FLAT)).get(0);
        GeneratedEdition formulas = Corpora.generate(Corpora.spec("2025-06-19", "2025-06-19", 1, Damage.NONE,
                Converter.MARKDOWN_FORMULAS)).get(0);
        String pages = text(formulas);
        String flatPages = text(flat);
        assertThat(pages).containsPattern(" \\$[0-9 .]+\\\\%\\$ ").containsPattern(" \\$[0-9] [0-9. ]+\\$ ");
        // Only the figures differ: both pages with their figures (and spaces) taken out are the same.
        assertThat(pages.replaceAll("\\$[^$\n]+\\$", "").replace(" ", ""))
                .isEqualTo(PageWriter.FIGURE.matcher(flatPages).replaceAll("").replace(" ", ""));
        EditionParser parser = new EditionParser();
        assertThat(Json.pretty(parser.parse(sources(formulas), ParseOptions.DEFAULTS)))
                .isEqualTo(Json.pretty(parser.parse(sources(flat), ParseOptions.DEFAULTS)));
    }

    private static String text(GeneratedEdition edition) {
        return edition.files().stream().map(file -> new String(file.bytes(), StandardCharsets.UTF_8))
                .collect(Collectors.joining());
    }

    private static List<PageSource> sources(GeneratedEdition edition) {
        return edition.files().stream().map(file -> new PageSource(file.name(), file.bytes())).toList();
    }
}
