package org.dramagraph.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * When a log-in may be tried. Per client: {@value #CLIENT_ATTEMPTS} attempts a minute. Per editor name, from any
 * client: {@value #FREE_FAILURES} consecutive failures are free, then each further one makes the name wait twice as
 * long as the one before (1 s, 2 s, 4 s ...) up to 15 minutes; a success clears the name's failures. Names that no
 * editor has are counted just the same, so the answer never tells which names exist.
 *
 * <p>An attempt is counted as a failure when it starts and cleared when it succeeds, so that many attempts sent at
 * once for one name cannot all pass before the first has failed. Both tallies are Caffeine caches bounded by size
 * and forgetting idle entries: trying millions of names or addresses cannot grow memory without bound.
 */
final class LoginBackoff {
    static final int CLIENT_ATTEMPTS = 10;
    static final Duration CLIENT_WINDOW = Duration.ofMinutes(1);
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** A name's failures are forgotten after this long without another. */
    static final Duration FORGET = Duration.ofDays(1);
    /** About 16 MB at most for each tally (weights are rough bytes: a key's characters and the entry around it). */
    static final long MAX_WEIGHT = 16L * 1024 * 1024;

    /** Why an attempt is refused, and how long to wait before the next. */
    record Refusal(Reason reason, Duration delay) {
        /** Whole seconds to wait, rounded up (at least 1), for a {@code Retry-After} header. */
        long retryAfterSeconds() {
            return Math.max(1, (delay.toMillis() + 999) / 1000);
        }
    }

    /** Whose limit an attempt ran into. */
    enum Reason { CLIENT, NAME }

    private record Window(long start, int attempts) {
    }

    private record Failures(long last, int count) {
    }

    private final Clock clock;
    private final Cache<String, Window> clients;
    private final Cache<String, Failures> names;

    LoginBackoff(Clock clock) {
        this(clock, MAX_WEIGHT);
    }

    LoginBackoff(Clock clock, long maxWeight) {
        this.clock = clock;
        this.clients = Caffeine.newBuilder().ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfterWrite(CLIENT_WINDOW).maximumWeight(maxWeight).weigher(LoginBackoff::weight).build();
        this.names = Caffeine.newBuilder().ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfterWrite(FORGET).maximumWeight(maxWeight).weigher(LoginBackoff::weight).build();
    }

    /**
     * Counts an attempt by a client to log in under a name, unless it must wait; then the refusal says how long,
     * and the password must not be checked.
     */
    Optional<Refusal> attempt(String client, String name) {
        long now = clock.millis();
        Refusal[] refused = new Refusal[1];
        clients.asMap().compute(client, (k, w) -> {
            if (w == null || now >= w.start() + CLIENT_WINDOW.toMillis()) {
                return new Window(now, 1);
            }
            if (w.attempts() >= CLIENT_ATTEMPTS) {
                refused[0] = new Refusal(Reason.CLIENT, Duration.ofMillis(w.start() + CLIENT_WINDOW.toMillis() - now));
                return w;
            }
            return new Window(w.start(), w.attempts() + 1);
        });
        if (refused[0] != null) {
            return Optional.of(refused[0]);
        }
        names.asMap().compute(key(name), (k, f) -> {
            if (f == null) {
                return new Failures(now, 1);
            }
            long until = f.last() + delayAfter(f.count()).toMillis();
            if (now < until) {
                refused[0] = new Refusal(Reason.NAME, Duration.ofMillis(until - now));
                return f;
            }
            return new Failures(now, f.count() + 1);
        });
        return Optional.ofNullable(refused[0]);
    }

    /** Clears a name's failures: its editor has just logged in. */
    void succeeded(String name) {
        names.invalidate(key(name));
    }

    /** How long a name waits after this many consecutive failures. */
    static Duration delayAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 30); // 2^30 s is far past the cap; no overflow
        Duration delay = FIRST_WAIT.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : delay;
    }

    /** Clients and names tallied now (after pending evictions). */
    long tracked() {
        clients.cleanUp();
        names.cleanUp();
        return clients.estimatedSize() + names.estimatedSize();
    }

    private static String key(String name) {
        return name == null ? "" : name;
    }

    private static int weight(String key, Object value) {
        return 2 * key.length() + 64;
    }
}
