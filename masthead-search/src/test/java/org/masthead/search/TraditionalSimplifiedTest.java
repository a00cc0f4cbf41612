package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSetIterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The configset's character mapping is ICU's Traditional-Simplified transform, character by character. */
class TraditionalSimplifiedTest {
    private static final Pattern RULE = Pattern.compile("\"(.+)\" => \"(.+)\"");

    @Test
    void theMappingIsIcusTransformOfEachCharacterItChanges() throws IOException {
        Map<String, String> file = new TreeMap<>();
        try (InputStream in = Configset.class.getResourceAsStream("configset/traditional-simplified.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Matcher m = RULE.matcher(line);
                assertThat(m.matches()).as(line).isTrue();
                file.put(m.group(1), m.group(2));
            }
        }
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        Map<String, String> expected = new TreeMap<>();
        for (UnicodeSetIterator it = new UnicodeSetIterator(icu.getSourceSet()); it.next(); ) {
            String character = new String(Character.toChars(it.codepoint));
            String simplified = icu.transliterate(character);
            if (!simplified.equals(character)) {
                expected.put(character, simplified);
            }
        }
        // Regenerate the file from `expected` (one "繁" => "简" line each) if ICU's version changes.
        assertThat(file).isEqualTo(expected).containsEntry("軍", "军").containsEntry("報", "报");
        // One letter to one letter: mapped before the tokenizer, every token stays the single letter it was.
        assertThat(expected).allSatisfy((from, to) -> {
            assertThat(to.codePointCount(0, to.length())).isEqualTo(1);
            assertThat(Normalization.CHARACTER.matcher(to).matches()).isTrue();
            assertThat(Normalization.CHARACTER.matcher(from).matches()).isTrue();
        });
    }
}
