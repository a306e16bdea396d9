package org.dramagraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dramagraph.bench.OtherBuild;
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
            description = "Minimum time for each of the two measurements, after a warm-up at least three times as long "
                    + "(default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--forks", paramLabel = "N", defaultValue = "1",
            description = "Measure in N fresh JVMs, one after another, and print each and the median: the JIT "
                    + "compiler settles a little differently in every JVM (default: ${DEFAULT-VALUE}).")
    int forks;

    @Option(names = "--against", paramLabel = "BUILD",
            description = "Time against another build (its jar, or its target/classes folder) instead of the floor: "
                    + "the two alternate round by round in this JVM, so a busy machine slows both alike.")
    Path against;

    /** Set in a forked measurement: also print the figures on one line for the parent to read. */
    @Option(names = "--fork-report", hidden = true)
    boolean forkReport;

    private static final String FORK_LINE = "fork-figures";

    @Override
    public Integer call() throws Exception {
        if (forks > 1 && against != null) {
            System.err.println("dramagraph: --against times two builds in one JVM; give it without --forks");
            return ExitCodes.USAGE;
        }
        if (forks > 1) {
            return forked();
        }
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
        if (against != null) {
            return againstOtherBuild(articles, problems[0]);
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
        if (forkReport) {
            out.printf(Locale.ROOT, "%s %.4f %.4f %.2f %.2f%n", FORK_LINE, c.measured().megabytesPerSecond(),
                    c.measured().megabytesPerCpuSecond(), c.timeRatio(), c.cpuTimeRatio());
        }
        return problems[0] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    /** Times this build's extraction against another build's, alternating round by round. */
    private int againstOtherBuild(List<Article> articles, int problems) {
        // both builds read the same copies: id, headline and text
        List<Article> copies = articles.stream().map(a -> Article.of(a.id(), a.title(), a.text())).toList();
        try (OtherBuild other = OtherBuild.load(against)) {
            Map<Article, Object> theirs = new IdentityHashMap<>();
            copies.forEach(a -> theirs.put(a, other.article(a.id(), a.title(), a.text())));
            Extractor extractor = new Extractor();
            long[] sink = new long[1];
            Throughput.Comparison c = Throughput.compare(copies, BenchCommand::bytes,
                    a -> sink[0] += other.extract(theirs.get(a)), a -> sink[0] += extractor.extract(a).facts().size(),
                    seconds);
            PrintStream out = System.out;
            out.printf(Locale.ROOT, "%d articles, %.1f KB of text; one thread, the two builds alternating round by round%n",
                    copies.size(), copies.stream().mapToLong(BenchCommand::bytes).sum() / 1e3);
            out.println("  the other build: " + describe(c.baseline()));
            out.println("  this build:      " + describe(c.measured()));
            out.printf(Locale.ROOT, "  (timed after %.0f s of warm-up)%n", c.warmUp());
            out.printf(Locale.ROOT, "  this build is %.2fx as fast as the other (CPU time: %.2fx)%n", 1 / c.timeRatio(),
                    1 / c.cpuTimeRatio());
        } catch (IOException e) {
            System.err.println("dramagraph: cannot time against " + against + ": " + e.getMessage());
            return ExitCodes.NO_INPUT;
        }
        return problems > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    /** Runs the measurement in {@link #forks} child JVMs with this JVM's settings and sums them up. */
    private int forked() throws IOException, InterruptedException {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        List<double[]> figures = new ArrayList<>();
        for (int f = 1; f <= forks; f++) {
            List<String> command = new ArrayList<>(List.of(javaCommand));
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench"));
            command.addAll(inputs);
            command.addAll(List.of("--seconds", Double.toString(seconds), "--fork-report"));
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            System.out.printf("fork %d of %d:%n", f, forks);
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith(FORK_LINE + " ")) {
                        figures.add(java.util.Arrays.stream(line.substring(FORK_LINE.length() + 1).split(" "))
                                .mapToDouble(Double::parseDouble).toArray());
                    } else {
                        System.out.println("  " + line);
                    }
                }
            }
            int code = child.waitFor();
            if (figures.size() < f) { // a fork that skipped some inputs (PARTIAL) still measured the rest
                System.err.println("dramagraph: fork " + f + " measured nothing (exit code " + code + ")");
                return code == ExitCodes.OK ? ExitCodes.NO_INPUT : code;
            }
        }
        double[] mbps = figures.stream().mapToDouble(x -> x[0]).sorted().toArray();
        System.out.printf(Locale.ROOT, "median of %d forks: extraction %.2f MB/s (CPU time: %.2f MB/s), %.0fx the floor's "
                        + "time (CPU time: %.0fx); forks ranged %.2f to %.2f MB/s%n", forks, median(figures, 0),
                median(figures, 1), median(figures, 2), median(figures, 3), mbps[0], mbps[mbps.length - 1]);
        return ExitCodes.OK;
    }

    private static double median(List<double[]> figures, int column) {
        double[] values = figures.stream().mapToDouble(x -> x[column]).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static long bytes(Article a) {
        return a.title().getBytes(StandardCharsets.UTF_8).length + a.text().getBytes(StandardCharsets.UTF_8).length;
    }

    private static String describe(Throughput t) {
        return String.format(Locale.ROOT, "%8.1f articles/s %8.2f MB/s  (CPU time: %8.2f MB/s; %d rounds, %.1f s)",
                t.pagesPerSecond(), t.megabytesPerSecond(), t.megabytesPerCpuSecond(), t.rounds(), t.seconds());
    }
}
