package org.dramagraph.cli;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dramagraph.bench.NewsGenerator;
import org.dramagraph.bench.Throughput;
import org.dramagraph.extract.Extraction;
import org.dramagraph.extract.Extractor;
import org.dramagraph.source.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-long}: the time and heap one article takes as it grows, to show that extraction is
 * linear in an article's length. Each article is generated news about invented people run together
 * (many distinct names), as paragraphs and as one line with no sentence ends; each is extracted once
 * in a warmed-up JVM, so start-up is not in the figures.
 */
@Command(name = "bench-long", mixinStandardHelpOptions = true,
        description = "Time one ever longer generated article (many distinct names) through extraction; "
                + "prints seconds per MB at each size and its ratio to the smallest.")
final class BenchLongCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", paramLabel = "MB", defaultValue = "0.1,1,4,16",
            description = "Article sizes in MB, smallest first (default: ${DEFAULT-VALUE}).")
    List<Double> sizes;

    @Option(names = "--warm-up", paramLabel = "S", defaultValue = "20",
            description = "Least seconds of warm-up on short articles before timing (default: ${DEFAULT-VALUE}).")
    double warmUpSeconds;

    @Override
    public Integer call() {
        // stories enough for the largest article, so that no story comes twice (about 290 characters each)
        double largest = sizes.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        int stories = (int) (largest * 4_000) + 1_000;
        NewsGenerator news = NewsGenerator.forArticles(42, stories, LocalDate.of(2026, 1, 1));
        List<String> bodies = new ArrayList<>();
        for (int n = 0, chars = 0; chars < largest * 1_000_000 || n < 1_000; n++) {
            bodies.add(news.article(n).clean().text());
            chars += bodies.get(n).length() + 2;
        }
        Extractor extractor = new Extractor();
        warmUp(extractor, bodies, warmUpSeconds);
        System.out.printf(Locale.ROOT, "one article of generated news (up to %,d stories about %,d invented people run "
                + "together), extracted once per size after warm-up; heap at most %d MB%n", bodies.size(), stories / 20,
                Runtime.getRuntime().maxMemory() >> 20);
        for (boolean oneLine : new boolean[] {false, true}) {
            System.out.println(oneLine ? "as one line, no line breaks or sentence ends:" : "as paragraphs:");
            double first = 0;
            for (double mb : sizes) {
                Article article = Article.of("long", "Generated news run together", text(bodies, mb, oneLine));
                System.gc();
                long start = System.nanoTime();
                Extraction read = extractor.extract(article);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.gc();
                long held = heapInUse(); // the extraction still held: what the article's reading keeps
                double perMb = seconds / (article.text().length() / 1e6);
                first = first == 0 ? perMb : first;
                System.out.printf(Locale.ROOT, "  %6.2f MB: %7.2f s  %5.2f s/MB  (%.2fx the smallest)  %7d facts  "
                        + "heap after, extraction held: %4d MB%n", article.text().length() / 1e6, seconds, perMb,
                        perMb / first, read.facts().size(), held >> 20);
            }
        }
        return ExitCodes.OK;
    }

    /** The generated stories run together up to a size: as paragraphs, or as one line with commas for full stops. */
    private static String text(List<String> bodies, double mb, boolean oneLine) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < mb * 1_000_000; i++) {
            String body = bodies.get(i % bodies.size());
            text.append(oneLine ? body.replace(". ", ", ").replace('\n', ' ') + " " : body + "\n\n");
        }
        return text.toString();
    }

    /** Short articles extracted until the speed settles: the JIT compiler has done its work. */
    private static void warmUp(Extractor extractor, List<String> bodies, double seconds) {
        if (seconds > 0) {
            List<Article> articles = bodies.subList(0, 100).stream().map(b -> Article.of("warm-up", "Warm-up", b)).toList();
            Throughput.warmUp(articles, extractor::extract, seconds);
        }
    }

    private static long heapInUse() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
