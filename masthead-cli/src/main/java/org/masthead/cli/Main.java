package org.masthead.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The masthead command. Each verb is a subcommand class of its own. */
@Command(name = "masthead", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "An open digital-edition archive for daily newspapers.",
        subcommands = {ParseCommand.class, DemoCommand.class, GenerateCommand.class,
                IngestCommand.class,
                VerifyCommand.class,
                HistoryCommand.class,
                CheckCommand.class,
                ExportCommand.class,
                ServeCommand.class,
                SearchCommand.class,
                ReindexCommand.class,
                RebuildImagesCommand.class,
                SolrSetupCommand.class,
                CompactCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        // PDFBox logs a stack trace for every font it has to repair (subsets Chromium embeds, for one); the
        // text is read all the same, and a refused file gets its one line from us.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.fontbox", "error");
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run verbs in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError) {
                commandLine.getErr().println("masthead: " + UserError.oneLine(e.getMessage()));
                return 2;
            }
            // The database, the search index or the disk failed underneath: one line, not a trace.
            if (e instanceof org.masthead.archive.ArchiveException || e instanceof org.masthead.search.SearchException
                    || e instanceof java.io.UncheckedIOException) {
                commandLine.getErr().println("masthead: " + UserError.oneLine(String.valueOf(e.getMessage())));
                return 1;
            }
            throw e;
        });
        return cli;
    }

    /** The installed output writer of that name, or a user error listing those there are. */
    static org.masthead.model.EditionWriter writer(String name) {
        return org.masthead.model.EditionWriter.named(name).orElseThrow(() -> new UserError("--format must be one of "
                + String.join(", ", org.masthead.model.EditionWriter.installed().stream()
                        .map(org.masthead.model.EditionWriter::name).toList()) + ", not " + name));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"masthead " + (version == null ? "development build" : version)};
        }
    }
}
