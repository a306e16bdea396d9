package org.dramagraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dramagraph} command line. */
@Command(name = "dramagraph", mixinStandardHelpOptions = true, version = "dramagraph 0.1",
        description = "Turns Korean-drama news articles into a sourced knowledge graph.",
        subcommands = {
                IngestCommand.class,
                ShowCommand.class,
                StatsCommand.class,
                ExtractCommand.class,
                StoriesCommand.class,
                EvalCommand.class,
                TrainCommand.class,
                BenchCommand.class,
                BenchHtmlCommand.class,
                BenchLongCommand.class,
                ServeCommand.class,
                EditorPasswordCommand.class,
                GenerateCommand.class,
        })
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (for tests and {@link #main}). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
