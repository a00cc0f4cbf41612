package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The translation of the query language, without Solr. */
class UserQueryTest {

    @Test
    void aCjkRunStaysOneExactPhrase() {
        assertThat(UserQuery.parse("走后门”行不通").lucene()).isEqualTo("(all_b:\"走后门”行不通\" OR headline_b:\"走后门”行不通\"^2)");
        assertThat(UserQuery.parse("军").lucene()).isEqualTo("(all_u:\"军\" OR headline:\"军\"^2)");
        assertThat(UserQuery.parse("\"中国 中亚\"").lucene()).contains("all_b:\"中国 中亚\"");
        assertThat(UserQuery.parse("G20峰会").lucene()).contains("all_b:\"G20峰会\"");
        assertThat(UserQuery.parse("summit").lucene()).isEqualTo("all_en:\"summit\"");
    }

    @Test
    void operatorsAreExplicitWhateverTheDefaultOperator() {
        assertThat(UserQuery.parse("中亚 -王毅").lucene()).startsWith("( +(all_b:\"中亚\"").contains(" -(all_b:\"王毅\"");
        assertThat(UserQuery.parse("中亚 OR 王毅").lucene()).contains(") OR (");
        assertThat(UserQuery.parse("NOT 王毅").lucene()).startsWith("(+*:* -");
        assertThat(UserQuery.parse("-王毅 -台风").lucene()).contains("+*:*");
        assertThat(UserQuery.parse("*").matchesAll()).isTrue();
        assertThat(UserQuery.parse("  ").lucene()).isEqualTo("*:*");
    }

    @Test
    void specialCharactersCannotEscapeThePhrase() {
        assertThat(UserQuery.parse("中亚\\").lucene()).contains("\"中亚\\\\\"");
        assertThat(UserQuery.parse("author:a\\b").lucene()).isEqualTo("author:\"a\\\\b\"");
    }

    @Test
    void fieldsAndDates() {
        assertThat(UserQuery.parse("date:2024-02").lucene()).isEqualTo("date:[2024-02-01T00:00:00Z TO 2024-02-29T00:00:00Z]");
        assertThat(UserQuery.parse("date:2025..").lucene()).isEqualTo("date:[2025-01-01T00:00:00Z TO *]");
        assertThat(UserQuery.parse("kind:Photo").lucene()).isEqualTo("kind:\"photo\"");
        assertThat(UserQuery.parse("page:03").lucene()).isEqualTo("pages:\"3\"");
        assertThat(UserQuery.parse("headline:峰会 王毅").shown()).containsExactly("峰会", "王毅");
        assertThat(UserQuery.parse("峰会 -王毅 author:李四").shown()).containsExactly("峰会");
        assertThat(UserQuery.parse("峰会 author:王毅").ranking()).isEqualTo("all_zh:\"峰会\"");
    }

    @Test
    void errorsNameTheProblemAndThePlace() {
        assertThatThrownBy(() -> UserQuery.parse("(中亚")).hasMessage("bad query: missing ')' (at character 4 of \"(中亚\")");
        assertThatThrownBy(() -> UserQuery.parse("headline: 峰会")).hasMessageContaining("needs a value right after the colon");
        assertThatThrownBy(() -> UserQuery.parse("date:2025-06-31")).hasMessageContaining("bad date '2025-06-31'");
        assertThatThrownBy(() -> UserQuery.parse("\"\"")).hasMessageContaining("empty phrase");
    }
}
