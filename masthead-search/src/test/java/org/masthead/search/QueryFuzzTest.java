package org.masthead.search;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of the query parser (Jazzer): whatever a user types is either a query, in Solr's syntax, or a
 * one-line {@link SearchException}; never another exception, a hang or unbounded memory. Its marks in the typed
 * text itself (the passage a hit shows) never fail either. CI replays the corpus
 * in {@code src/test/resources/org/masthead/search/QueryFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes
 * (docs/fuzzing.md).
 */
class QueryFuzzTest {

    @FuzzTest(maxDuration = "3h", maxExecutions = 1_100_000)
    void userQuery(FuzzedDataProvider data) {
        String typed = data.consumeRemainingAsString();
        UserQuery query;
        try {
            query = UserQuery.parse(typed);
        } catch (SearchException refused) {
            if (refused.getMessage() == null || refused.getMessage().contains("\n")) {
                throw new AssertionError("a refusal is one line: " + refused.getMessage());
            }
            return;
        }
        query.lucene();
        query.shown();
        Marks.passage(java.util.List.of(typed, typed), typed, 100, "em");
        query.ranking();
        query.text();
    }
}
