package org.masthead.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerationBenchTest {

    @Test
    void printsTheLiveHeapAtEachStepAndAtTheEnd() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            GenerationBench.main(new String[] {"--from", "2025-06-01", "--to", "2025-06-05", "--every", "2"});
        } finally {
            System.setOut(saved);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).contains("editions", "articles", "live heap MB");
        assertThat(lines.subList(1, 5)).extracting(line -> line.strip().split("\\s+")[0])
                .containsExactly("0", "2", "4", "5");
        assertThat(lines.get(5)).contains("articles", "peak RSS");
    }
}
