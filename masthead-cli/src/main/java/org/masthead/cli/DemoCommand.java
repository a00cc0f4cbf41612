package org.masthead.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.archive.Archive;
import org.masthead.archive.EditionSummary;
import org.masthead.archive.IngestSummary;
import org.masthead.archive.Title;
import org.masthead.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the shipped sample pages into a demo archive and print what it holds.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "masthead-demo",
            description = "Folder for the demo's files and archive (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--no-serve", description = "Exit after printing instead of serving the demo archive in the reader.")
    boolean noServe;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port the demo serves on (default: ${DEFAULT-VALUE}).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> samples = Samples.extractTo(data.resolve("samples"));
        PrintWriter out = spec.commandLine().getOut();
        try (Archive archive = Archive.open(data)) {
            IngestSummary summary = IngestCommand.run(archive, samples, null, null, spec.commandLine().getErr());
            IngestCommand.print(summary, out, spec.commandLine().getErr());
            try (var index = org.masthead.search.SearchIndex.open(data, null)) {
                ReindexCommand.rebuild(archive, index);
            }
            for (Title title : archive.titles()) {
                for (EditionSummary edition : archive.editions(title.slug(), null, null)) {
                    List<Article> articles = archive.articles(title.slug(), edition.date());
                    out.printf("%s %s  第%s号  今日%s版  %d page(s) held, %d articles%n", title.name(), edition.date(),
                            edition.issueNumber(), edition.pageCount(), edition.pagesHeld(), articles.size());
                    for (Article article : articles) {
                        out.printf("  [%s] %s  (p. %s)%n", article.kind().json(),
                                article.headline() == null ? "(no headline)" : article.headline(),
                                String.join(", ", article.pages().stream().map(String::valueOf).toList()));
                    }
                }
            }
            out.printf("archive in %s%n", archive.data());
            if (!noServe) {
                ServeCommand.serve(archive, "127.0.0.1", port, out);
            }
        }
        out.flush();
        return 0;
    }
}
