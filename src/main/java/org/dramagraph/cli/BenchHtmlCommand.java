package org.dramagraph.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dramagraph.source.html.HtmlArticleExtractor;
import org.dramagraph.source.html.bench.ArticleBenchmark;
import org.dramagraph.source.html.bench.BenchmarkPage;
import org.dramagraph.source.html.bench.PageScore;
import org.dramagraph.bench.Throughput;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench-html DIR --out FILE}: runs the HTML article extractor over an article-extraction
 * benchmark, writes its predictions, prints the score and the speed next to jsoup's parse alone.
 */
@Command(name = "bench-html", mixinStandardHelpOptions = true,
        description = "Score and time the HTML article extractor on an article-extraction benchmark folder "
                + "(ground-truth.json + html/<id>.html.gz).")
final class BenchHtmlCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The benchmark folder.")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the predictions (JSON).")
    Path out;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "5",
            description = "Minimum time for each speed measurement (default: ${DEFAULT-VALUE}; 0 skips timing).")
    double seconds;

    @Option(names = "--pages", description = "Also list each page's precision and recall, worst first.")
    boolean listPages;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        ArticleBenchmark bench;
        try {
            bench = ArticleBenchmark.load(dir);
        } catch (IOException e) {
            System.err.println("dramagraph: cannot read benchmark " + dir + ": " + e.getMessage());
            return ExitCodes.NO_INPUT;
        }
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        Map<String, String> predictions = new LinkedHashMap<>();
        for (BenchmarkPage page : bench.pages()) {
            predictions.put(page.id(), extractor.extract(page.html(), null, page.url()).text());
        }
        try {
            ArticleBenchmark.writePredictions(predictions, this.out);
        } catch (IOException e) {
            System.err.println("dramagraph: cannot write " + this.out + ": " + e.getMessage());
            return ExitCodes.STORE;
        }
        if (listPages) {
            printPages(out, bench.pageScores(predictions));
        }
        out.println("predictions: " + this.out);
        out.println("score:       " + bench.score(predictions).describe());
        if (seconds > 0) {
            printSpeed(out, bench, extractor);
        }
        return ExitCodes.OK;
    }

    private void printSpeed(PrintStream out, ArticleBenchmark bench, HtmlArticleExtractor extractor) {
        Throughput.Comparison c = Throughput.compare(bench.pages(), p -> p.html().length, BenchHtmlCommand::parseOnly,
                page -> extractor.extract(page.html(), null, page.url()), seconds);
        out.println("speed, one thread, the two alternating round by round:");
        out.println("  jsoup parse alone (floor): " + c.baseline().describe());
        out.println("  dramagraph extractor:      " + c.measured().describe());
        out.printf(Locale.ROOT, "  (timed after %.0f s of warm-up)%n", c.warmUp());
        out.printf(Locale.ROOT, "  extractor time / jsoup parse time: %.2f (wall), %.2f (CPU)%n",
                c.timeRatio(), c.cpuTimeRatio());
    }

    /** What any jsoup-based extractor pays at least: charset detection and parsing. */
    private static void parseOnly(BenchmarkPage page) {
        try {
            Jsoup.parse(new ByteArrayInputStream(page.html()), null, page.url());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printPages(PrintStream out, Map<String, PageScore> scores) {
        scores.entrySet().stream()
                .sorted(Comparator.comparingDouble(e -> Math.min(e.getValue().precision().orElse(0),
                        e.getValue().recall().orElse(0))))
                .forEach(e -> out.printf(Locale.ROOT, "%s  P %.3f  R %.3f%n", e.getKey(),
                        e.getValue().precision().orElse(Double.NaN), e.getValue().recall().orElse(Double.NaN)));
    }
}
