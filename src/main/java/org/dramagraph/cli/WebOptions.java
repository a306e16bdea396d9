package org.dramagraph.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramagraph.source.Sizes;
import org.dramagraph.source.fetch.FetchPolicy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options that say how Dramagraph behaves on the web: delay, timeout, size cap, user agent. */
final class WebOptions {
    private static final FetchPolicy DEFAULTS = FetchPolicy.defaults();

    @Option(names = "--delay", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Least time between two requests to one host (default: 2s; a robots.txt Crawl-delay can make it longer).")
    Duration delay = DEFAULTS.hostDelay();

    @Option(names = "--timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Longest a request may take, body included (default: 30s).")
    Duration timeout = DEFAULTS.timeout();

    @Option(names = "--max-page-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Largest page, feed or image fetched (default: 10M).")
    long maxBytes = DEFAULTS.maxBytes();

    @Option(names = "--user-agent", paramLabel = "TEXT",
            description = "User-Agent header sent with every request (default: \"" + FetchPolicy.DEFAULT_USER_AGENT + "\").")
    String userAgent = DEFAULTS.userAgent();

    /**
     * The policy these options say; a run should make one {@link org.dramagraph.source.fetch.Fetcher}
     * of it, so that delays and robots.txt rules hold across the run.
     *
     * @throws IllegalArgumentException for a zero timeout
     */
    FetchPolicy policy() {
        return DEFAULTS.withUserAgent(userAgent).withTimeout(timeout).withMaxBytes(maxBytes).withHostDelay(delay);
    }

    /** Reads {@code 500ms}, {@code 2s}, {@code 1m} or a plain number of seconds. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");

        @Override
        public Duration convert(String value) {
            Matcher m = TIME.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("not a time: '" + value + "' (examples: 500ms, 2s, 1m)");
            }
            double n = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            double millis = switch (unit) {
                case "ms" -> n;
                case "m" -> n * 60_000;
                default -> n * 1000;
            };
            return Duration.ofMillis(Math.round(millis));
        }
    }

    /** Reads a byte count with an optional K, M or G suffix. */
    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Sizes.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
