package org.dramagraph.source.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Fetcher} behaves towards the sites it reads.
 *
 * @param userAgent the {@code User-Agent} header sent with every request
 * @param robotName the name looked up in robots.txt groups (its {@code User-agent:} lines)
 * @param timeout   the longest a whole request may take, body included
 * @param maxBytes  the largest body read; a larger one is an error
 * @param hostDelay the least time between two requests to one host (a robots.txt
 *                  {@code Crawl-delay} can make it longer)
 */
public record FetchPolicy(String userAgent, String robotName, Duration timeout, long maxBytes, Duration hostDelay) {
    /** The {@code User-Agent} sent by default: who we are and what we do. */
    public static final String DEFAULT_USER_AGENT =
            "Dramagraph/0.1 (reads entertainment news into a knowledge graph; honours robots.txt)";
    /** The robots.txt name that rules for Dramagraph. */
    public static final String ROBOT_NAME = "dramagraph";

    public FetchPolicy {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(robotName, "robotName");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size cap must be positive: " + maxBytes);
        }
        if (hostDelay.isNegative()) {
            throw new IllegalArgumentException("host delay must not be negative: " + hostDelay);
        }
    }

    /** 30 s per request, 10 MB per body, 2 s between requests to one host, the default user agent. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(DEFAULT_USER_AGENT, ROBOT_NAME, Duration.ofSeconds(30), 10L * 1024 * 1024,
                Duration.ofSeconds(2));
    }

    /** This policy with another per-host delay. */
    public FetchPolicy withHostDelay(Duration delay) {
        return new FetchPolicy(userAgent, robotName, timeout, maxBytes, delay);
    }

    /** This policy with another timeout. */
    public FetchPolicy withTimeout(Duration t) {
        return new FetchPolicy(userAgent, robotName, t, maxBytes, hostDelay);
    }

    /** This policy with another size cap. */
    public FetchPolicy withMaxBytes(long bytes) {
        return new FetchPolicy(userAgent, robotName, timeout, bytes, hostDelay);
    }

    /** This policy with another user agent. */
    public FetchPolicy withUserAgent(String agent) {
        return new FetchPolicy(agent, robotName, timeout, maxBytes, hostDelay);
    }
}
