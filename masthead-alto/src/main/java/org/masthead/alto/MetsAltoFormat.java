package org.masthead.alto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.model.Edition;
import org.masthead.model.Page;
import org.masthead.parse.PageNumbers;
import org.masthead.parse.Source;
import org.masthead.parse.SourceFormat;
import org.masthead.parse.SourcePage;
import org.masthead.parse.UnusableInputException;

/**
 * Library XML as a source format: an issue METS (NDNP, Europeana/BnL, or Masthead's own export) gives
 * its whole edition with the ALTO of its pages; a lone ALTO file gives one page. Recognised by the root
 * element, so a hostile file is still claimed here and refused by {@link SafeXml} in one line.
 */
public final class MetsAltoFormat implements SourceFormat {
    private static final int HEAD = 4096;
    /** The first element after the prolog (declaration, comments, processing instructions, DOCTYPE). */
    private static final Pattern ROOT = Pattern.compile(
            "\\A\\uFEFF?(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE(?:[^\\[>]|\\[.*?\\])*>)*<(?:[\\w.-]+:)?(\\w+)",
            Pattern.DOTALL);

    @Override
    public String name() {
        return "mets";
    }

    @Override
    public List<String> mediaTypes() {
        return List.of("application/mets+xml", "application/alto+xml");
    }

    /** The root element's local name, or null when the bytes do not start like XML. */
    static String root(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.UTF_8);
        Matcher m = ROOT.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    @Override
    public double detect(Source source) {
        String root = root(source.bytes());
        return "mets".equals(root) || "alto".equals(root) ? 0.95 : 0;
    }

    @Override
    public List<SourcePage> read(Source source) throws UnusableInputException {
        if ("alto".equals(root(source.bytes()))) {
            AltoPage alto = AltoReader.read(new ByteArrayInputStream(source.bytes()), source.name());
            Integer number = PageNumbers.inFileName(source.name());
            return List.of(SourcePage.made(source.name(), null, AltoEditions.page(number == null ? 0 : number, alto)));
        }
        Path mets = Path.of(source.name());
        if (!Files.isRegularFile(mets)) {
            throw new UnusableInputException(source.name(), "METS must be read where it lies, beside its ALTO files");
        }
        try {
            Edition edition = MetsImport.issue(mets);
            List<SourcePage> pages = new ArrayList<>();
            for (Page page : edition.pages()) {
                pages.add(SourcePage.made(source.name(), edition.masthead(), page));
            }
            return pages;
        } catch (IOException e) {
            throw new UnusableInputException(source.name(), "cannot be read (" + e.getMessage() + ")");
        }
    }
}
