package org.masthead.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.model.Edition;
import org.masthead.archive.Archive;
import org.masthead.model.EditionWriter;
import org.masthead.parse.EditionParser;
import org.masthead.parse.PageFiles;
import org.masthead.parse.PageSource;
import org.masthead.parse.ParseOptions;
import org.masthead.parse.UnusableInputException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Print the edition built from converter text of its page files (all of one edition).")
final class ParseCommand implements Callable<Integer> {

    static final class Format {
        @Option(names = "--json", description = "Print the Edition JSON (masthead.edition/2).")
        boolean json;
        @Option(names = "--markdown", description = "Print the cleaned edition as Markdown (the default).")
        boolean markdown;
        @Option(names = "--format", paramLabel = "NAME", description = "Print it in this output format: json, "
                + "markdown, jsonl or csv (its articles), or any other installed.")
        String name;
    }

    @ArgGroup(exclusive = true)
    Format format = new Format();

    @Option(names = "--page", paramLabel = "N", description = "Page number of the (single) page file given.")
    Integer page;

    @Option(names = "--title", paramLabel = "NAME", description = "Newspaper title, when the masthead lacks it.")
    String title;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Source files of one edition, in any installed format "
            + "(converter Markdown, plain text, PDF, METS/ALTO, the Markdown parse --markdown writes).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (page != null && page < 1) {
            throw new UserError("--page must be a page number from 1, not " + page);
        }
        if (page != null && files.size() > 1) {
            throw new UserError("--page names the page of one file; " + files.size() + " files were given");
        }
        EditionWriter writer = Main.writer(format.name != null ? format.name : format.json ? "json" : "markdown");
        Edition edition = parse(files, new ParseOptions(page, title));
        try {
            writer.write(List.of(Archive.stitch(edition)).iterator(), spec.commandLine().getOut());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /** Reads and parses page files, turning unusable input into a one-line user error. */
    static Edition parse(List<Path> files, ParseOptions options) {
        try {
            List<PageSource> sources = new ArrayList<>();
            for (Path file : files) {
                sources.add(PageFiles.read(file));
            }
            return new EditionParser().parse(sources, options);
        } catch (UnusableInputException e) {
            throw new UserError(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) { // a parser fault: one line naming the input, not a trace
            throw new UserError(files + ": cannot be parsed (" + e + ")");
        }
    }
}
