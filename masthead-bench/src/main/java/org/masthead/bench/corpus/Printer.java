package org.masthead.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The printed routes: an edition set as HTML pages is printed to PDF by headless Chromium, and real
 * converters turn each PDF into text. Beside each page's text it keeps, in the edition's folder:
 *
 * <pre>
 * jfjb-2025-06-19-p01.html          the page as typeset
 * jfjb-2025-06-19-p01.pdf           Chromium's print of it (one PDF page of the sheet's size)
 * jfjb-2025-06-19-p01.layout.json   the boxes of its elements in CSS pixels (1 px = 0.75 pt of the PDF)
 * </pre>
 *
 * A page whose HTML is unchanged on disk and already has its PDF is not printed again, so the
 * converters can be rerun, and a year re-scored, without Chromium. Thread-safe: each thread borrows one
 * of at most {@code browsers} Chromiums.
 */
public final class Printer implements AutoCloseable {
    private final int browsers;
    private final AtomicInteger started = new AtomicInteger();
    private final LinkedBlockingQueue<Chromium> idle = new LinkedBlockingQueue<>();
    private final List<Chromium> all = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger printed = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();

    public Printer(int browsers) {
        this.browsers = Math.max(1, browsers);
    }

    /** Pages printed by Chromium so far, and pages whose PDF was already there. */
    public int printed() {
        return printed.get();
    }

    public int reused() {
        return reused.get();
    }

    /**
     * Prints the edition's HTML pages into {@code folder} (where not printed already) and converts each
     * PDF with every converter given: per converter, the edition with its text page files.
     */
    public Map<Converter, GeneratedEdition> convert(GeneratedEdition typeset, Path folder, List<Converter> converters)
            throws IOException {
        return convert(typeset, print(typeset, folder), converters);
    }

    /** Converts the edition's prints ({@link #print}) with every converter given. */
    public Map<Converter, GeneratedEdition> convert(GeneratedEdition typeset, List<Path> pdfs, List<Converter> converters)
            throws IOException {
        Map<Converter, GeneratedEdition> out = new EnumMap<>(Converter.class);
        for (Converter converter : converters) {
            List<GeneratedEdition.PageFile> texts = new ArrayList<>();
            for (int p = 0; p < pdfs.size(); p++) {
                String name = typeset.files().get(p).name().replaceFirst("\\.html$", "." + converter.extension);
                texts.add(new GeneratedEdition.PageFile(name, "UTF-8", run(converter, pdfs.get(p))));
            }
            out.put(converter, new GeneratedEdition(typeset.truth(), texts));
        }
        return out;
    }

    /**
     * Prints the edition's HTML pages into {@code folder} (where not printed already): each page's PDF, in
     * page order, with its {@code .layout.json} beside it.
     */
    public List<Path> print(GeneratedEdition typeset, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> pdfs = new ArrayList<>();
        for (GeneratedEdition.PageFile page : typeset.files()) {
            pdfs.add(pdf(page, folder));
        }
        return pdfs;
    }

    private Path pdf(GeneratedEdition.PageFile page, Path folder) throws IOException {
        String stem = page.name().replaceFirst("\\.html$", "");
        Path html = folder.resolve(page.name());
        Path pdf = folder.resolve(stem + ".pdf");
        Path layout = folder.resolve(stem + ".layout.json");
        if (Files.exists(pdf) && Files.exists(layout) && Files.exists(html)
                && Arrays.equals(Files.readAllBytes(html), page.bytes())) {
            reused.incrementAndGet();
            return pdf;
        }
        // A PDF left from other HTML must never pass for this page's, should the print below fail.
        Files.deleteIfExists(pdf);
        Files.write(html, page.bytes());
        Chromium chromium = borrow();
        Chromium.Printed result;
        try {
            result = chromium.print(html, Typesetter.WIDTH);
        } catch (IOException e) {
            all.remove(chromium);
            chromium.close();
            started.decrementAndGet();
            throw new IOException(html + ": " + e.getMessage(), e);
        }
        idle.add(chromium);
        Path partial = folder.resolve(stem + ".pdf.part");
        Files.write(layout, result.layoutJson().getBytes(StandardCharsets.UTF_8));
        Files.write(partial, result.pdf());
        Files.move(partial, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        printed.incrementAndGet();
        return pdf;
    }

    private Chromium borrow() throws IOException {
        Chromium chromium = idle.poll();
        if (chromium != null) {
            return chromium;
        }
        if (started.incrementAndGet() <= browsers) {
            Chromium fresh = Chromium.start();
            all.add(fresh);
            return fresh;
        }
        started.decrementAndGet();
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for Chromium", e);
        }
    }

    /** Runs the converter on the PDF; its standard output is the page's text. */
    private static byte[] run(Converter converter, Path pdf) throws IOException {
        Process process = new ProcessBuilder(converter.command(pdf)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] text = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(pdf + ": " + converter.label + " failed (exit " + process.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while " + converter.label + " ran", e);
        }
        return text;
    }

    @Override
    public void close() {
        synchronized (all) {
            all.forEach(Chromium::close);
            all.clear();
        }
    }
}
