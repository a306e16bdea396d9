package org.dramagraph.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dramagraph.bench.NewsGenerator;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.graph.IngestResult;
import org.dramagraph.graph.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: fills a store with invented news, for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Fill a store with invented news written from templates, for benchmarks: generated people, "
                + "works, characters and channels, articles about one work each, with their facts and mentions.",
                "Articles go straight into the store (the extractor is not run); the same seed gives the same news."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:done", "4:the store could not be written"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "How many articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NewsGenerator news = NewsGenerator.forArticles(seed, articles, LocalDate.now());
        long start = System.nanoTime();
        int stored = 0;
        try (GraphStore graph = GraphStore.open(store.path())) {
            for (int i = 0; i < articles; i++) {
                if (graph.ingest(news.article(i)).outcome() == IngestResult.Outcome.NEW) {
                    stored++;
                }
                if ((i + 1) % 10_000 == 0) {
                    err.printf("%,d articles (%.0f/s)%n", i + 1, (i + 1) / seconds(start));
                    err.flush();
                }
            }
            out.printf("%,d articles generated, %,d of them new to %s (the others repeat one), in %.0f s"
                    + " (%.0f articles/s)%n", articles, stored, store.path(), seconds(start), articles / seconds(start));
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("dramagraph: " + e.getMessage());
            return ExitCodes.STORE;
        }
    }

    private static double seconds(long start) {
        return Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    }
}
