package org.masthead.bench.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Small specs and helpers the corpus tests share. */
final class Corpora {
    private Corpora() {
    }

    static CorpusSpec spec(String from, String to, long seed, Damage damage) {
        return spec(from, to, seed, damage, Converter.MARKDOWN);
    }

    static CorpusSpec spec(String from, String to, long seed, Damage damage, Converter converter) {
        return new CorpusSpec(Title.of("解放军报"), LocalDate.parse(from), LocalDate.parse(to), seed, 8, 12, converter,
                damage);
    }

    static List<GeneratedEdition> generate(CorpusSpec spec) {
        return new EditionGenerator(spec).editions().toList();
    }

    /** Decodes a page file strictly by its declared encoding: malformed bytes fail the test. */
    static String decode(GeneratedEdition.PageFile file) throws CharacterCodingException {
        boolean bom = file.encoding().contains("BOM");
        Charset charset = file.encoding().startsWith("GB18030") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        byte[] bytes = file.bytes();
        int skip = bom ? 3 : 0;
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    }
}
