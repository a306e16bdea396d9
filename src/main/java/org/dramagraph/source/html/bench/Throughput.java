package org.dramagraph.source.html.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Pages and bytes per second of a task over a set of pages, on the calling thread.
 *
 * @param rounds     complete rounds over all pages that were timed
 * @param pages      pages processed in those rounds
 * @param bytes      bytes of those pages
 * @param seconds    wall time the task took
 * @param cpuSeconds CPU time the calling thread spent in the task (equals {@code seconds} where
 *                   the JVM cannot measure thread CPU time)
 */
public record Throughput(int rounds, long pages, long bytes, double seconds, double cpuSeconds) {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Two tasks timed over the same pages: the baseline (the floor) and the measured one. */
    public record Comparison(Throughput baseline, Throughput measured) {
        /** How many times longer the measured task takes than the baseline, in wall time. */
        public double timeRatio() {
            return measured.seconds / baseline.seconds;
        }

        /** The same ratio in the thread's CPU time, which other processes on the machine disturb less. */
        public double cpuTimeRatio() {
            return measured.cpuSeconds / baseline.cpuSeconds;
        }
    }

    /**
     * Times two tasks page by page, alternating (the baseline on a page, then the measured task on
     * it), in rounds over all pages after a warm-up round, until each has run for at least
     * {@code minSeconds}. Alternating this finely keeps the ratio fair when the machine's load
     * changes during the measurement.
     */
    public static Comparison compare(List<BenchmarkPage> pages, Consumer<BenchmarkPage> baseline,
                                     Consumer<BenchmarkPage> measured, double minSeconds) {
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
        if (cpu && !THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        pages.forEach(baseline);
        pages.forEach(measured);
        long bytes = pages.stream().mapToLong(p -> p.html().length).sum();
        long[] wall = new long[2];
        long[] cpuTime = new long[2];
        int rounds = 0;
        while (wall[0] < minSeconds * 1e9 || wall[1] < minSeconds * 1e9) {
            for (BenchmarkPage page : pages) {
                time(baseline, page, 0, wall, cpuTime, cpu);
                time(measured, page, 1, wall, cpuTime, cpu);
            }
            rounds++;
        }
        long pageCount = (long) rounds * pages.size();
        return new Comparison(
                new Throughput(rounds, pageCount, rounds * bytes, wall[0] / 1e9, (cpu ? cpuTime[0] : wall[0]) / 1e9),
                new Throughput(rounds, pageCount, rounds * bytes, wall[1] / 1e9, (cpu ? cpuTime[1] : wall[1]) / 1e9));
    }

    private static void time(Consumer<BenchmarkPage> task, BenchmarkPage page, int slot, long[] wall, long[] cpuTime,
                             boolean cpu) {
        long cpuStart = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        task.accept(page);
        wall[slot] += System.nanoTime() - start;
        if (cpu) {
            cpuTime[slot] += THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
    }

    /** Pages per second of wall time. */
    public double pagesPerSecond() {
        return pages / seconds;
    }

    /** Megabytes (10^6 bytes) of HTML per second of wall time. */
    public double megabytesPerSecond() {
        return bytes / seconds / 1e6;
    }

    /** Pages per second of the thread's CPU time. */
    public double pagesPerCpuSecond() {
        return pages / cpuSeconds;
    }

    /** For a person: pages/s and MB/s in wall time, pages/s in CPU time, and how it was measured. */
    public String describe() {
        return String.format(Locale.ROOT, "%7.1f pages/s  %6.2f MB/s  (CPU time: %7.1f pages/s; %d rounds, %.1f s)",
                pagesPerSecond(), megabytesPerSecond(), pagesPerCpuSecond(), rounds, seconds);
    }
}
