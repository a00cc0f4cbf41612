package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.masthead.archive.Archive;
import org.masthead.archive.EditionSummary;
import org.masthead.archive.IngestSummary;
import org.masthead.archive.Title;
import org.masthead.bench.corpus.Converter;
import org.masthead.bench.corpus.CorpusSpec;
import org.masthead.bench.corpus.CorpusWriter;
import org.masthead.bench.corpus.Damage;
import org.masthead.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the shipped sample pages, and two generated weeks of a made-up daily, into a demo "
                + "archive; print what it holds, then serve it in the reader.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "masthead-demo",
            description = "Folder for the demo's files and archive (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--no-serve", description = "Exit after printing instead of serving the demo archive in the reader.")
    boolean noServe;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port the demo serves on (default: ${DEFAULT-VALUE}).")
    int port;

    /**
     * A made-up daily whose pages the corpus generator writes, so the demo shows what one real page cannot:
     * a calendar of editions, jumps stitched across pages, trends over days. Its name says it is not a paper.
     */
    static final String GENERATED_TITLE = "示例日报";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = new ArrayList<>(Samples.extractTo(data.resolve("samples")));
        files.addAll(generatedPages(data.resolve("generated")));
        PrintWriter out = spec.commandLine().getOut();
        Optional<RunningServer> server = RunningServer.find(data);
        try (Archive archive = Archive.open(data)) {
            IngestSummary summary;
            if (server.isPresent()) {
                summary = server.get().ingest(files, null); // the running server owns the writers
            } else {
                summary = IngestCommand.run(archive, files, null, null, null, null, spec.commandLine().getErr());
                if (summary.editionsTouched() > 0) {
                    // An unchanged archive keeps its index; serve opens it in the background.
                    ServeCommand.progress(out, "indexing for search …");
                    try (var index = org.masthead.search.SearchIndex.open(data, null)) {
                        ReindexCommand.rebuild(archive, index);
                    }
                }
            }
            IngestCommand.print(summary, out, spec.commandLine().getErr());
            for (Title title : archive.titles()) {
                for (EditionSummary edition : archive.editions(title.slug(), null, null)) {
                    List<Article> articles = archive.articles(title.slug(), edition.date());
                    out.printf("%s %s  第%s号  今日%s版  %d page(s) held, %d articles%n", title.name(), edition.date(),
                            edition.issueNumber(), edition.pageCount(), edition.pagesHeld(), articles.size());
                    if (title.name().equals(GENERATED_TITLE)) {
                        continue; // generated text: the edition line is enough
                    }
                    for (Article article : articles) {
                        out.printf("  [%s] %s  (p. %s)%n", article.kind().json(),
                                article.label() == null ? "(" + article.kind().json() + ")" : article.label(),
                                String.join(", ", article.pages().stream().map(String::valueOf).toList()));
                    }
                }
            }
            out.printf("archive in %s (%s: generated pages, not a real paper)%n", archive.data(), GENERATED_TITLE);
            if (server.isPresent()) {
                out.printf("already served by process %d at %s%n", server.get().pid(), server.get().url());
            } else if (!noServe) {
                ServeCommand.serve(archive, "127.0.0.1", port, out);
            }
        }
        out.flush();
        return 0;
    }

    /** Writes two weeks of the made-up daily, ending on the sample page's day, and returns its page files. */
    private static List<Path> generatedPages(Path dir) {
        LocalDate last = LocalDate.of(2025, 6, 19);
        CorpusSpec corpus = new CorpusSpec(org.masthead.bench.corpus.Title.of(GENERATED_TITLE), last.minusDays(13), last, 1, 8, 12,
                Converter.named("markdown"), Damage.named("typical"));
        Path complete = dir.resolve(".complete");
        try {
            // The generator is deterministic: pages written completely once for this spec are the pages again.
            String written = corpus + "\n";
            if (!Files.exists(complete) || !Files.readString(complete, StandardCharsets.UTF_8).equals(written)) {
                CorpusWriter.write(corpus, dir);
                Files.writeString(complete, written, StandardCharsets.UTF_8);
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                // Beside the pages lie the generator's ground-truth JSON files, which are not pages.
                return walk.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(dir + ": cannot write the generated demo pages (" + e.getMessage() + ")");
        }
    }
}
