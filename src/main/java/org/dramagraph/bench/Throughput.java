package org.dramagraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Items (pages, articles) and bytes per second of a task over a set of items, on the calling thread.
 * Speed is always reported beside a baseline timed in the same run, as a ratio.
 *
 * @param rounds     complete rounds over all items that were timed
 * @param pages      items processed in those rounds
 * @param bytes      bytes of those items
 * @param seconds    wall time the task took
 * @param cpuSeconds CPU time the calling thread spent in the task (equals {@code seconds} where
 *                   the JVM cannot measure thread CPU time)
 */
public record Throughput(int rounds, long pages, long bytes, double seconds, double cpuSeconds) {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * Two tasks timed over the same pages: the baseline (the floor) and the measured one.
     *
     * @param cold   the measured task's very first round over all items, before any warm-up: what
     *               a one-off run in a fresh JVM gets
     * @param warmUp seconds of warm-up (both tasks) before anything was timed
     */
    public record Comparison(Throughput baseline, Throughput measured, Throughput cold, double warmUp) {
        /** How many times longer the measured task takes than the baseline per item, in wall time. */
        public double timeRatio() {
            return (measured.seconds / measured.pages) / (baseline.seconds / baseline.pages);
        }

        /** The same ratio in the thread's CPU time, which other processes on the machine disturb less. */
        public double cpuTimeRatio() {
            return (measured.cpuSeconds / measured.pages) / (baseline.cpuSeconds / baseline.pages);
        }
    }

    /**
     * Times two tasks over the same items, alternating round by round (a round of the measured task
     * over all items, then as many rounds of the baseline as take a tenth of that time), after
     * warming both up, until the measured task has run for at least {@code minSeconds}.
     * Alternating keeps the ratio fair when the machine's load changes during the measurement, and
     * repeating the baseline keeps a much faster floor exact without running it as long.
     * <p>
     * The warm-up lasts until the JIT compiler has settled: a large pipeline keeps getting faster
     * for tens of seconds on a small machine while methods are compiled, so, as JMH does with its
     * warm-up iterations, timing starts only when five windows in a row are no faster
     * than the best window before them, and never for less than three times {@code minSeconds}: a plateau of a
     * few seconds is common before the compiler's last big step (see {@link WarmUp}).
     */
    public static <T> Comparison compare(List<T> items, ToLongFunction<T> size, Consumer<T> baseline,
                                         Consumer<T> measured, double minSeconds) {
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
        if (cpu && !THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        long bytes = items.stream().mapToLong(size).sum();
        long[] wall = new long[2];
        long[] cpuTime = new long[2];
        time(items, measured, 1, 1, wall, cpuTime, cpu);
        Throughput cold = of(1, items.size(), bytes, wall[1], cpuTime[1], cpu);
        double warmUp = warmUp(items, item -> {
            baseline.accept(item);
            measured.accept(item);
        }, minSeconds * 3) + cold.seconds;
        wall = new long[2];
        cpuTime = new long[2];
        int[] rounds = new int[2];
        int repeat = 1;
        while (wall[1] < minSeconds * 1e9) {
            long measuredRound = time(items, measured, 1, 1, wall, cpuTime, cpu);
            rounds[1]++;
            long baselineTime = time(items, baseline, repeat, 0, wall, cpuTime, cpu);
            rounds[0] += repeat;
            if (baselineTime * 10 < measuredRound) {
                repeat = (int) Math.min(1 << 20, repeat * 2L);
            }
        }
        return new Comparison(of(rounds[0], items.size(), bytes, wall[0], cpuTime[0], cpu),
                of(rounds[1], items.size(), bytes, wall[1], cpuTime[1], cpu), cold, warmUp);
    }

    /**
     * Runs a task over the items in windows of about a second until its speed settles (see {@link WarmUp});
     * returns the seconds it took.
     */
    public static <T> double warmUp(List<T> items, Consumer<T> task, double minSeconds) {
        long start = System.nanoTime();
        WarmUp warmUp = new WarmUp(minSeconds);
        while (true) {
            long windowStart = System.nanoTime();
            int rounds = 0;
            do {
                items.forEach(task);
                rounds++;
            } while (System.nanoTime() - windowStart < 1e9);
            long now = System.nanoTime();
            if (warmUp.settled(rounds / ((now - windowStart) / 1e9), (now - start) / 1e9)) {
                return (now - start) / 1e9;
            }
        }
    }

    private static Throughput of(int rounds, int items, long bytes, long wall, long cpuTime, boolean cpu) {
        return new Throughput(rounds, (long) rounds * items, rounds * bytes, wall / 1e9, (cpu ? cpuTime : wall) / 1e9);
    }

    /** Runs a task over all items {@code repeat} times and adds its time to the slot; returns the wall time. */
    private static <T> long time(List<T> items, Consumer<T> task, int repeat, int slot, long[] wall, long[] cpuTime,
                                 boolean cpu) {
        long cpuStart = cpu ? THREADS.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        for (int r = 0; r < repeat; r++) {
            items.forEach(task);
        }
        long took = System.nanoTime() - start;
        wall[slot] += took;
        if (cpu) {
            cpuTime[slot] += THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        return took;
    }

    /** Pages per second of wall time. */
    public double pagesPerSecond() {
        return pages / seconds;
    }

    /** Megabytes (10^6 bytes) per second of wall time. */
    public double megabytesPerSecond() {
        return bytes / seconds / 1e6;
    }

    /** Megabytes (10^6 bytes) per second of the thread's CPU time. */
    public double megabytesPerCpuSecond() {
        return bytes / cpuSeconds / 1e6;
    }

    /** Items per second of the thread's CPU time. */
    public double pagesPerCpuSecond() {
        return pages / cpuSeconds;
    }

    /** For a person: pages/s and MB/s in wall time, pages/s in CPU time, and how it was measured. */
    public String describe() {
        return String.format(Locale.ROOT, "%7.1f pages/s  %6.2f MB/s  (CPU time: %7.1f pages/s; %d rounds, %.1f s)",
                pagesPerSecond(), megabytesPerSecond(), pagesPerCpuSecond(), rounds, seconds);
    }
}
