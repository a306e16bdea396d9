package org.dramagraph.source.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces out requests to each host: a request waits until the host's previous request is at least
 * the delay old. Hosts do not wait for each other. Thread-safe.
 */
final class HostPacer {
    private final Map<String, Long> nextSlot = new HashMap<>();

    /**
     * Waits for the host's turn and takes it; the host's next turn is {@code delay} later.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void await(String host, Duration delay) throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot.getOrDefault(host, now));
            nextSlot.put(host, slot + delay.toNanos());
            wait = slot - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
