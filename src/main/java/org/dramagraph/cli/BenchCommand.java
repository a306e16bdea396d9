package org.dramagraph.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dramagraph.bench.Throughput;
import org.dramagraph.extract.Extractor;
import org.dramagraph.source.Article;
import org.dramagraph.source.ArticleReader;
import org.dramagraph.source.ArticleSink;
import org.dramagraph.source.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench PATH...}: extraction throughput on one thread over the given articles, repeated until
 * each measurement has run long enough, next to the time it takes just to read and lower-case the same
 * text (the floor), as a ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time fact extraction on one thread over the given articles (e.g. ../shared/eval/dev/articles), "
                + "beside the time to just lower-case the same text.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles, as for extract.")
    List<String> inputs;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
            description = "Minimum time for each of the two measurements (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Override
    public Integer call() {
        List<Article> articles = new ArrayList<>();
        int[] problems = new int[1];
        new ArticleReader().read(inputs, new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void problem(InputProblem problem) {
                problems[0]++;
                System.err.println("dramagraph: " + problem.describe());
            }
        });
        if (articles.isEmpty()) {
            System.err.println("dramagraph: no articles to time in " + String.join(" ", inputs));
            return ExitCodes.NO_INPUT;
        }
        Extractor extractor = new Extractor();
        long[] sink = new long[1];
        Throughput.Comparison c = Throughput.compare(articles, BenchCommand::bytes,
                a -> sink[0] += a.title().toLowerCase(Locale.ROOT).length() + a.text().toLowerCase(Locale.ROOT).length(),
                a -> sink[0] += extractor.extract(a).facts().size(), seconds);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%d articles, %.1f KB of text; one thread, the two tasks alternating round by round%n",
                articles.size(), articles.stream().mapToLong(BenchCommand::bytes).sum() / 1e3);
        out.println("  read and lower-case (floor): " + describe(c.baseline()));
        out.println("  extract facts:               " + describe(c.measured()));
        out.printf(Locale.ROOT, "  (timed after %.0f s of warm-up; the very first round, in a fresh JVM: %.2f MB/s)%n",
                c.warmUp(), c.cold().megabytesPerSecond());
        out.printf(Locale.ROOT, "  extraction takes %.0fx the floor's time (CPU time: %.0fx)%n", c.timeRatio(), c.cpuTimeRatio());
        out.printf(Locale.ROOT, "  heap in use after the run: %.0f MB (max %.0f MB)%n",
                memory.getHeapMemoryUsage().getUsed() / 1e6, memory.getHeapMemoryUsage().getMax() / 1e6);
        return problems[0] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    private static long bytes(Article a) {
        return a.title().getBytes(StandardCharsets.UTF_8).length + a.text().getBytes(StandardCharsets.UTF_8).length;
    }

    private static String describe(Throughput t) {
        return String.format(Locale.ROOT, "%8.1f articles/s %8.2f MB/s  (CPU time: %8.2f MB/s; %d rounds, %.1f s)",
                t.pagesPerSecond(), t.megabytesPerSecond(), t.megabytesPerCpuSecond(), t.rounds(), t.seconds());
    }
}
