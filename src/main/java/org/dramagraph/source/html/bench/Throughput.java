package org.dramagraph.source.html.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Pages and bytes per second of one task over a set of pages, on the calling thread: the task runs
 * over all pages, round after round, until a time budget is spent (after one warm-up round).
 *
 * @param rounds  complete rounds over all pages that were timed
 * @param pages   pages processed in those rounds
 * @param bytes   bytes of those pages
 * @param seconds wall time the timed rounds took
 */
public record Throughput(int rounds, long pages, long bytes, double seconds) {

    /** Runs {@code task} over {@code pages} for at least {@code minSeconds}, after a warm-up round. */
    public static Throughput measure(List<BenchmarkPage> pages, Consumer<BenchmarkPage> task, double minSeconds) {
        pages.forEach(task);
        long pageCount = 0;
        long byteCount = 0;
        int rounds = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (BenchmarkPage page : pages) {
                task.accept(page);
                byteCount += page.html().length;
            }
            pageCount += pages.size();
            rounds++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < minSeconds * 1e9);
        return new Throughput(rounds, pageCount, byteCount, elapsed / 1e9);
    }

    /** Pages per second. */
    public double pagesPerSecond() {
        return pages / seconds;
    }

    /** Megabytes (10^6 bytes) of HTML per second. */
    public double megabytesPerSecond() {
        return bytes / seconds / 1e6;
    }

    /** For a person: pages/s, MB/s and how it was measured. */
    public String describe() {
        return String.format(Locale.ROOT, "%8.1f pages/s  %6.2f MB/s  (%d rounds, %.1f s)",
                pagesPerSecond(), megabytesPerSecond(), rounds, seconds);
    }
}
