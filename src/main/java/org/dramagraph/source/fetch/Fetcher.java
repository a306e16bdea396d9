package org.dramagraph.source.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.dramagraph.source.Sizes;

/**
 * Fetches web pages and feeds politely: it sends a clear {@code User-Agent}, obeys each site's
 * robots.txt (read once per site with crawler-commons), waits between requests to one host, gives
 * up after a timeout and refuses bodies over a size cap. Redirects are followed (up to five), each
 * hop checked against robots.txt. Conditional requests ({@code If-None-Match},
 * {@code If-Modified-Since}) let a caller skip what has not changed.
 *
 * <pre>{@code
 * Fetcher fetcher = new Fetcher(FetchPolicy.defaults());
 * Fetched page = fetcher.get(URI.create("https://example.org/news/1"));
 * }</pre>
 *
 * <p>Thread-safe; one instance should serve a whole run, so that its delays and robots rules hold
 * across all requests.
 */
public final class Fetcher {
    private static final int MAX_REDIRECTS = 5;

    private final FetchPolicy policy;
    private final HttpClient client;
    private final HostPacer pacer = new HostPacer();
    private final RobotsRules robots;

    /** A fetcher that behaves as the policy says. */
    public Fetcher(FetchPolicy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.timeout())
                .build();
        this.robots = new RobotsRules(policy.robotName(), this::loadRobots);
    }

    /** How this fetcher behaves. */
    public FetchPolicy policy() {
        return policy;
    }

    /**
     * Fetches an address.
     *
     * @throws FetchException if robots.txt forbids it, the server answers other than 2xx, the body is
     *                        over the cap, the request times out or the network fails
     */
    public Fetched get(URI url) throws FetchException {
        return get(url, CacheValidators.NONE);
    }

    /**
     * Fetches an address unless it is unchanged since a response with these validators: then the
     * answer is a {@link Fetched#notModified()} response without a body.
     *
     * @throws FetchException as {@link #get(URI)}
     */
    public Fetched get(URI url, CacheValidators validators) throws FetchException {
        URI current = url;
        for (int hop = 0; ; hop++) {
            requireWeb(current);
            BaseRobotRules rules = robots.of(current);
            if (!rules.isAllowed(current.toString())) {
                throw new FetchException(url, "robots.txt of " + site(current) + " does not allow "
                        + policy.robotName() + " to fetch " + current.getRawPath(), true);
            }
            Raw r = send(current, validators, delay(rules));
            Optional<String> location = r.response().headers().firstValue("Location");
            if (r.status() / 100 == 3 && r.status() != 304 && location.isPresent()) {
                if (hop == MAX_REDIRECTS) {
                    throw new FetchException(url, "more than " + MAX_REDIRECTS + " redirects", true);
                }
                current = resolve(current, location.get(), url);
                continue;
            }
            if (r.status() == 304 && !validators.isEmpty()) {
                return new Fetched(current, 304, null, new byte[0], validators);
            }
            if (r.status() / 100 != 2) {
                throw new FetchException(url, "HTTP " + r.status(), isPermanent(r.status()));
            }
            return new Fetched(current, r.status(), r.response().headers().firstValue("Content-Type").orElse(null),
                    r.body(), new CacheValidators(r.response().headers().firstValue("ETag").orElse(null),
                    r.response().headers().firstValue("Last-Modified").orElse(null)));
        }
    }

    /** {@code scheme://host:port} in lower case: what robots.txt and the per-host delay are kept by. */
    static String site(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private Duration delay(BaseRobotRules rules) {
        long crawlDelay = rules.getCrawlDelay();
        Duration asked = crawlDelay > 0 ? Duration.ofMillis(crawlDelay) : Duration.ZERO;
        return asked.compareTo(policy.hostDelay()) > 0 ? asked : policy.hostDelay();
    }

    /** Reads a site's robots.txt, following redirects; unreachable is an error rather than a verdict. */
    private RobotsRules.Response loadRobots(URI robotsTxt) throws FetchException {
        URI current = robotsTxt;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Raw r = send(current, CacheValidators.NONE, policy.hostDelay());
            Optional<String> location = r.response().headers().firstValue("Location");
            if (r.status() / 100 != 3 || location.isEmpty()) {
                return new RobotsRules.Response(r.status(),
                        r.response().headers().firstValue("Content-Type").orElse(null), r.body());
            }
            current = resolve(current, location.get(), robotsTxt);
            requireWeb(current);
        }
        return new RobotsRules.Response(404, null, new byte[0]); // a redirect loop: treated as no robots.txt
    }

    private record Raw(HttpResponse<byte[]> response, byte[] body) {
        int status() {
            return response.statusCode();
        }
    }

    /** One request, after the host's turn has come; the whole exchange within the timeout. */
    private Raw send(URI url, CacheValidators validators, Duration delay) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET()
                .timeout(policy.timeout())
                .header("User-Agent", policy.userAgent())
                .header("Accept-Encoding", "gzip");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> exchange = null;
        try {
            pacer.await(site(url), delay);
            exchange = client.sendAsync(request.build(), CappedBody.handler(policy.maxBytes()));
            HttpResponse<byte[]> response = exchange.get(policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Raw(response, decode(url, response));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url, "interrupted", false, e);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new FetchException(url, "no complete answer within " + seconds(policy.timeout()), false, e);
        } catch (ExecutionException e) {
            throw failure(url, e.getCause());
        }
    }

    private byte[] decode(URI url, HttpResponse<byte[]> response) throws FetchException {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip();
        if (!encoding.equalsIgnoreCase("gzip") && !encoding.equalsIgnoreCase("x-gzip")) {
            return response.body();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
            if (body.length > policy.maxBytes()) {
                throw tooLarge(url);
            }
            return body;
        } catch (IOException e) {
            throw new FetchException(url, "broken gzip body: " + e.getMessage(), false, e);
        }
    }

    private FetchException failure(URI url, Throwable cause) {
        if (cause instanceof CappedBody.TooLarge) {
            return tooLarge(url);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchException(url, "no answer within " + seconds(policy.timeout()), false, cause);
        }
        if (cause instanceof ConnectException) {
            return new FetchException(url, "cannot connect to " + url.getHost(), false, cause);
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new FetchException(url, message, false, cause);
    }

    private FetchException tooLarge(URI url) {
        return new FetchException(url, "larger than the " + Sizes.describe(policy.maxBytes()) + " size cap", true);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static URI resolve(URI base, String location, URI asked) throws FetchException {
        try {
            return base.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException(asked, "redirected to a bad address: " + location, true, e);
        }
    }

    private static void requireWeb(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new FetchException(url, "not an http(s) address", true);
        }
    }

    /** 4xx answers other than timeouts and rate limits will not change by asking again. */
    private static boolean isPermanent(int status) {
        return status / 100 == 4 && status != 408 && status != 429;
    }
}
