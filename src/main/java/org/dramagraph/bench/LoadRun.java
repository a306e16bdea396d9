package org.dramagraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives GET requests at a server from a number of concurrent connections for a while, each connection sending
 * its next request as soon as the last one answered (a closed loop), and measures throughput and latency.
 * Any status other than 200 counts as an error.
 */
public final class LoadRun {
    /**
     * What one run measured.
     *
     * @param name     what was loaded
     * @param requests answered requests
     * @param errors   requests that failed or answered other than 200
     * @param seconds  how long the measured part lasted
     * @param p50      median latency, in milliseconds
     * @param p99      99th-percentile latency, in milliseconds
     * @param max      the slowest, in milliseconds
     */
    public record Result(String name, long requests, long errors, double seconds, double p50, double p99, double max) {
        /** Requests per second. */
        public double rate() {
            return requests / seconds;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int connections;

    /** Runs with this many concurrent connections. */
    public LoadRun(int connections) {
        this.connections = connections;
    }

    /**
     * Loads {@code paths} (each request picks one at random) under {@code base} for {@code warmup} seconds
     * unmeasured, then {@code seconds} measured.
     */
    public Result run(String name, String base, List<String> paths, int warmup, int seconds) throws InterruptedException {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("nothing to load for " + name);
        }
        List<URI> uris = paths.stream().map(p -> URI.create(base + p)).toList();
        drive(uris, warmup, new AtomicLong());
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        List<long[]> latencies = drive(uris, seconds, errors);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (all.length == 0) {
            return new Result(name, 0, errors.get(), elapsed, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Result(name, all.length, errors.get(), elapsed, millis(all, 0.50), millis(all, 0.99),
                all[all.length - 1] / 1e6);
    }

    /** Runs one loop per connection until the time is up; gives each loop's latencies, in nanoseconds. */
    private List<long[]> drive(List<URI> uris, int seconds, AtomicLong errors) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<long[]>> loops = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                loops.add(pool.submit(() -> loop(uris, until, errors)));
            }
            List<long[]> out = new ArrayList<>();
            for (Future<long[]> f : loops) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a load loop failed", e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private long[] loop(List<URI> uris, long until, AtomicLong errors) {
        long[] lat = new long[1024];
        int n = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < until) {
            HttpRequest request = HttpRequest.newBuilder(uris.get(random.nextInt(uris.size())))
                    .timeout(Duration.ofSeconds(30)).GET().build();
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long took = System.nanoTime() - t0;
                if (r.statusCode() != 200) {
                    errors.incrementAndGet();
                    continue;
                }
                if (n == lat.length) {
                    lat = Arrays.copyOf(lat, n * 2);
                }
                lat[n++] = took;
            } catch (IOException e) {
                errors.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Arrays.copyOf(lat, n);
    }

    private static double millis(long[] sorted, double q) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }
}
