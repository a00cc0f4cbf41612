package org.masthead.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.archive.Pages.edition;
import static org.masthead.archive.Pages.item;
import static org.masthead.archive.Pages.page;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.model.Article;
import org.masthead.model.Edition;
import org.masthead.model.Page;

/** The record and its read API, fed with hand-built editions (no parser), on H2 and PostgreSQL alike. */
class RecordTest {
    static final LocalDate DAY = LocalDate.of(2025, 6, 19);

    @TempDir
    Path data;

    static Edition front(LocalDate date, String suffix) {
        return edition("解放军报", date, 24632, 12, page(1,
                item("a1", "合作之路越走越宽广", 3, null, "第一段" + suffix, "第二段"),
                item("a2", "坚持靠素质立身", null, null, "评论")));
    }

    static Edition third(LocalDate date) {
        return edition(null, date, null, null, page(3,
                item("c1", "另一篇文章", null, null, "无关"),
                item("c2", "合作之路越走越宽广", null, 1, "第三段")));
    }

    static Recorder.Result record(Archive archive, Edition edition) {
        byte[] bytes = Archive.json(edition).getBytes(StandardCharsets.UTF_8);
        return new Recorder(archive).record(new Recorder.File("p" + edition.pages().get(0).number() + ".md", "key",
                bytes, Originals.sha256(bytes), Titles.of("解放军报"), edition, false, false));
    }

    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void storesAnEditionAndStitchesItsJumpWhicheverPageComesFirst(String backend) {
        try (Archive archive = Backends.open(backend, data)) {
            record(archive, front(DAY, ""));
            record(archive, third(DAY));
            record(archive, third(DAY.plusDays(1)));
            record(archive, front(DAY.plusDays(1), ""));
            for (LocalDate date : List.of(DAY, DAY.plusDays(1))) {
                Edition edition = archive.edition("jiefangjunbao", date).orElseThrow();
                assertThat(edition.title()).isEqualTo("解放军报");
                assertThat(edition.masthead().issueNumber()).isEqualTo(24632);
                assertThat(edition.pages()).extracting(Page::number).containsExactly(1, 3);
                List<Article> articles = archive.articles("jiefangjunbao", date);
                assertThat(articles).extracting(Article::headline)
                        .containsExactly("合作之路越走越宽广", "坚持靠素质立身", "另一篇文章");
                Article jumped = articles.get(0);
                assertThat(jumped.pages()).containsExactly(1, 3);
                if (date.equals(DAY)) {
                    assertThat(jumped.partIds()).containsExactly("a1", "c2");
                } else {
                    // Ids are the archive's and unique: the next day's "a1" is minted anew.
                    assertThat(jumped.partIds()).hasSize(2).doesNotContain("a1", "c2").doesNotHaveDuplicates();
                }
                assertThat(jumped.text()).isEqualTo("第一段\n第二段\n第三段\n");
            }
            assertThat(archive.titles()).extracting(Title::slug, Title::serial)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("jiefangjunbao", "CN 81-0001/(J)"));
            assertThat(archive.editions("jiefangjunbao", 2025, 6)).extracting(EditionSummary::pagesHeld)
                    .containsExactly(2, 2);
            assertThat(archive.editions("jiefangjunbao", 2025, 7)).isEmpty();
            assertThat(archive.span("jiefangjunbao")).isEqualTo(new EditionSpan(2, DAY, DAY.plusDays(1)));
            assertThat(archive.span("nosuchtitle")).isEqualTo(new EditionSpan(0, null, null));
            assertThat(archive.page("jiefangjunbao", DAY, 3).orElseThrow().items()).hasSize(2);
            assertThat(archive.article("c2").orElseThrow().partIds()).containsExactly("a1", "c2");
            assertThat(archive.article("nope")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void sameBytesChangeNothingAndChangedBytesMakeARevision(String backend) {
        try (Archive archive = Backends.open(backend, data)) {
            assertThat(record(archive, front(DAY, "")).pages()).containsExactly(Recorder.Outcome.ADDED);
            assertThat(record(archive, front(DAY, "")).pages()).containsExactly(Recorder.Outcome.UNCHANGED);
            assertThat(archive.history("jiefangjunbao", DAY, 1)).hasSize(1);

            assertThat(record(archive, front(DAY, "（更正）")).pages()).containsExactly(Recorder.Outcome.REVISED);
            List<PageRevision> history = archive.history("jiefangjunbao", DAY, 1);
            assertThat(history).extracting(PageRevision::revision, PageRevision::current)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false),
                            org.assertj.core.groups.Tuple.tuple(2, true));
            assertThat(archive.edition("jiefangjunbao", DAY).orElseThrow().pages().get(0).items().get(0).bodyText())
                    .startsWith("第一段（更正）");
            assertThat(archive.pageRevision("jiefangjunbao", DAY, 1, 1).orElseThrow().items().get(0).bodyText())
                    .startsWith("第一段\n");
            for (PageRevision revision : history) {
                assertThat(archive.original(revision.sha256())).isPresent();
            }
            assertThat(archive.verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void streamsArticlesByTitleAndDate(String backend) {
        try (Archive archive = Backends.open(backend, data)) {
            for (int d = 0; d < 5; d++) {
                record(archive, front(DAY.plusDays(d), ""));
            }
            try (Stream<Article> all = archive.articles(ArticleFilter.ALL)) {
                assertThat(all.map(Article::date)).hasSize(10).isSorted();
            }
            try (Stream<Article> some = archive.articles(new ArticleFilter("解放军报", DAY.plusDays(1), DAY.plusDays(2)))) {
                assertThat(some.map(Article::date).distinct()).containsExactly(DAY.plusDays(1), DAY.plusDays(2));
            }
            try (Stream<Article> none = archive.articles(new ArticleFilter("人民日报", null, null))) {
                assertThat(none).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void checkFindsUnmatchedJumpsMissingPagesAndIssueGaps(String backend) {
        try (Archive archive = Backends.open(backend, data)) {
            record(archive, front(DAY, ""));
            record(archive, edition("解放军报", DAY.plusDays(2), 24633, 1, page(1, item("z", "独篇", null, null, "x"))));
            List<Finding> findings = archive.checkFindings();
            assertThat(findings).extracting(Finding::code, Finding::date).contains(
                    org.assertj.core.groups.Tuple.tuple("unmatched-jump", DAY),
                    org.assertj.core.groups.Tuple.tuple("missing-pages", DAY),
                    org.assertj.core.groups.Tuple.tuple("issue-sequence", DAY.plusDays(2)));
            assertThat(findings).noneMatch(f -> f.date().equals(DAY.plusDays(2)) && f.code().equals("missing-pages"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void verifyCatchesAnAlteredAndAMissingOriginal(String backend) throws Exception {
        try (Archive archive = Backends.open(backend, data)) {
            record(archive, front(DAY, ""));
            record(archive, third(DAY));
            List<PageRevision> revisions = archive.history("jiefangjunbao", DAY, null);
            Path altered = archive.original(revisions.get(0).sha256()).orElseThrow();
            Files.writeString(altered, "tampered", java.nio.file.StandardOpenOption.APPEND);
            Files.delete(archive.original(revisions.get(1).sha256()).orElseThrow());
            FixityReport report = archive.verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.checked()).isEqualTo(2);
            assertThat(report.altered()).containsExactly(revisions.get(0).sha256());
            assertThat(report.missing()).containsExactly(revisions.get(1).sha256());
        }
    }
}
