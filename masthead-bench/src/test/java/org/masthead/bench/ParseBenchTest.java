package org.masthead.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;
import org.masthead.parse.EditionParser;
import org.masthead.parse.PageSource;
import org.masthead.parse.ParseOptions;

/** The benchmark's batch is what it claims: distinct, parseable, internally consistent pages. */
class ParseBenchTest {

    @Test
    void generatedPagesAreDistinctAndParseCleanly() throws Exception {
        List<PageSource> batch = ParseBench.generated(300);
        assertThat(batch).hasSize(300);
        Set<ByteBuffer> distinct = new HashSet<>();
        batch.forEach(page -> distinct.add(ByteBuffer.wrap(page.bytes())));
        assertThat(distinct).hasSize(300);

        EditionParser parser = new EditionParser();
        Set<Object> dates = new HashSet<>();
        for (PageSource page : batch) {
            Edition edition = parser.parse(List.of(page), ParseOptions.DEFAULTS);
            assertThat(edition.pages().get(0).items()).as(page.name()).isNotEmpty();
            // The batch moves dates with their weekday and lunar date, so the masthead checks stay quiet.
            assertThat(edition.warnings()).as(page.name()).noneMatch(w -> w.code().endsWith("-mismatch"));
            // Nor are the pages' names read as page numbers beyond the edition's count.
            assertThat(edition.warnings()).as(page.name()).noneMatch(w -> w.code().equals("page-beyond-count"));
            dates.add(edition.date());
        }
        assertThat(dates.size()).isGreaterThan(50);
    }
}
