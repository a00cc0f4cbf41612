package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSetIterator;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The configset's character mapping (the model's table, which the parser reads with too) is ICU's
 * Traditional-Simplified transform, character by character. After
 * an ICU upgrade, rewrite the file from ICU with
 * {@code mvn -B -pl masthead-search test -Dtest=TraditionalSimplifiedTest -Dmasthead.regenerate=true}.
 */
class TraditionalSimplifiedTest {
    private static final Pattern RULE = Pattern.compile("\"(.+)\" => \"(.+)\"");
    private static final Path FILE = Path.of("../masthead-model/src/main/resources/org/masthead/model/traditional-simplified.txt");

    @Test
    void theMappingIsIcusTransformOfEachCharacterItChanges() throws IOException {
        Map<String, String> expected = icu();
        if (Boolean.getBoolean("masthead.regenerate")) {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, """
                    # ICU %s Traditional-Simplified, one character at a time (the characters it changes): the schema maps
                    # with it before tokenizing, as ICUTransformFilter did after, token by token, far slower; the parser's
                    # rules read a page's text through it (ReadingForm). Regenerated and checked against ICU by
                    # TraditionalSimplifiedTest (masthead-search); do not edit by hand.
                    """, VersionInfo.ICU_VERSION.getMajor() + "." + VersionInfo.ICU_VERSION.getMinor()));
            expected.forEach((from, to) -> text.append('"').append(from).append("\" => \"").append(to).append("\"\n"));
            Files.writeString(FILE, text, StandardCharsets.UTF_8);
        }
        Map<String, String> file = new TreeMap<>();
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = RULE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            file.put(m.group(1), m.group(2));
        }
        assertThat(file).isEqualTo(expected).containsEntry("軍", "军").containsEntry("報", "报");
        // One letter to one letter: mapped before the tokenizer, every token stays the single letter it was.
        assertThat(expected).allSatisfy((from, to) -> {
            assertThat(to.codePointCount(0, to.length())).isEqualTo(1);
            assertThat(Normalization.CHARACTER.matcher(to).matches()).isTrue();
            assertThat(Normalization.CHARACTER.matcher(from).matches()).isTrue();
        });
    }

    /** ICU's transform of each character it changes, in code unit order. */
    private static Map<String, String> icu() {
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        Map<String, String> expected = new TreeMap<>();
        for (UnicodeSetIterator it = new UnicodeSetIterator(icu.getSourceSet()); it.next(); ) {
            String character = new String(Character.toChars(it.codepoint));
            String simplified = icu.transliterate(character);
            if (!simplified.equals(character)) {
                expected.put(character, simplified);
            }
        }
        return expected;
    }
}
