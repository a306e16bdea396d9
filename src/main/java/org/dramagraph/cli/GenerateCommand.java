package org.dramagraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dramagraph.bench.NewsGenerator;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.graph.IngestResult;
import org.dramagraph.graph.StoreException;
import org.dramagraph.source.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: fills a store with invented news, for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Fill a store with invented news written from templates, for benchmarks: generated people, "
                + "works, characters and channels, articles about one work each, with their facts and mentions.",
                "Articles go straight into the store (the extractor is not run); the same seed gives the same news.",
                "With --files DIR they are written as JSON article files instead, for timing 'ingest'."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:done",
                "4:the store (with --files: a file) could not be written"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "How many articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--files", paramLabel = "DIR",
            description = "Write the articles into DIR as JSON files ({id, published, title, text}, one per file) instead"
                    + " of storing them: input for timing 'ingest', which runs the extractor on them.")
    Path files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NewsGenerator news = NewsGenerator.forArticles(seed, articles, LocalDate.now());
        if (files != null) {
            return write(news, out, err);
        }
        long start = System.nanoTime();
        int stored = 0;
        try (GraphStore graph = GraphStore.open(store.location())) {
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
                    + " (%.0f articles/s)%n", articles, stored, store.location(), seconds(start), articles / seconds(start));
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("dramagraph: " + e.getMessage());
            return ExitCodes.STORE;
        }
    }

    /** Writes the articles as files named by their ids. */
    private int write(NewsGenerator news, PrintWriter out, PrintWriter err) {
        long start = System.nanoTime();
        ObjectMapper json = new ObjectMapper();
        Path at = files;
        try {
            Files.createDirectories(files);
            for (int i = 0; i < articles; i++) {
                Article a = news.article(i).article();
                ObjectNode node = json.createObjectNode().put("id", a.id())
                        .put("published", a.published() == null ? null : a.published().toString())
                        .put("title", a.title()).put("text", a.text());
                at = files.resolve(a.id() + ".json");
                Files.write(at, json.writeValueAsBytes(node));
            }
        } catch (IOException e) {
            err.println("dramagraph: cannot write " + at + ": " + e.getMessage());
            return ExitCodes.STORE;
        }
        out.printf("%,d articles written to %s in %.0f s%n", articles, files, seconds(start));
        return ExitCodes.OK;
    }

    private static double seconds(long start) {
        return Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    }
}
