package org.masthead.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Page;
import org.masthead.parse.ParseOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Parse the shipped sample pages and print what Masthead reads in them.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "masthead-demo",
            description = "Folder for the demo's files (default: ${DEFAULT-VALUE}).")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> samples = Samples.extractTo(data.resolve("samples"));
        Edition edition = ParseCommand.parse(samples, ParseOptions.DEFAULTS);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s  %s  第%s号  %s  今日%s版%n", edition.title(), edition.date(), edition.issueNumber(),
                edition.lunarDate(), edition.pageCount());
        edition.warnings().forEach(w -> out.printf("  warning %s: %s%n", w.code(), w.message()));
        for (Page page : edition.pages()) {
            out.printf("第%d版%s  editors: %s%n", page.number(), page.name() == null ? "" : " " + page.name(),
                    String.join(" ", page.editors()));
            for (Item item : page.items()) {
                out.printf("  [%s] %s%s%n", item.kind().json(), item.headline() == null ? "(no headline)" : item.headline(),
                        item.continuedOn() == null ? "" : "  (下转第" + item.continuedOn() + "版)");
            }
        }
        out.flush();
        return 0;
    }
}
