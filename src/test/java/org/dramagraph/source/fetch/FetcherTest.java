package org.dramagraph.source.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherTest {
    private final LocalWeb web = new LocalWeb();
    private final FetchPolicy quick = FetchPolicy.defaults().withHostDelay(Duration.ZERO).withTimeout(Duration.ofSeconds(5));

    FetcherTest() throws IOException {
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void fetchesWithItsUserAgentAndReadsTheCharset() throws IOException {
        web.serve("/news/1", LocalWeb.Answer.ok("text/html; charset=EUC-KR", "<p>hello</p>"));

        Fetched page = new Fetcher(quick).get(web.url("/news/1"));

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>hello</p>");
        assertThat(page.charset()).isEqualTo("EUC-KR");
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(web.paths()).containsExactly("/robots.txt", "/news/1");
        assertThat(web.requests().get(1).headers().getFirst("User-Agent")).isEqualTo(FetchPolicy.DEFAULT_USER_AGENT);
    }

    @Test
    void robotsTxtIsObeyedAndReadOncePerSite() throws IOException {
        web.serve("/robots.txt", LocalWeb.Answer.ok("text/plain",
                "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n"));
        web.serve("/private/a", LocalWeb.Answer.ok("text/html", "secret"));
        web.serve("/public/b", LocalWeb.Answer.ok("text/html", "open"));
        Fetcher fetcher = new Fetcher(quick);

        assertThatThrownBy(() -> fetcher.get(web.url("/private/a")))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("robots.txt").hasMessageContaining("/private/a")
                .matches(e -> ((FetchException) e).permanent());
        assertThat(fetcher.get(web.url("/public/b")).body()).asString().isEqualTo("open");
        assertThat(web.paths()).containsExactly("/robots.txt", "/public/b");
    }

    @Test
    void robotsTxtServerErrorForbidsTheSite() {
        web.serve("/robots.txt", new LocalWeb.Answer(503, Map.of(), new byte[0]));
        web.serve("/a", LocalWeb.Answer.ok("text/html", "page"));

        assertThatThrownBy(() -> new Fetcher(quick).get(web.url("/a"))).hasMessageContaining("robots.txt");
        assertThat(web.paths()).containsExactly("/robots.txt");
    }

    @Test
    void conditionalRequestGetsNotModified() throws IOException {
        web.serve("/feed", headers -> "\"v1\"".equals(headers.getFirst("If-None-Match"))
                ? new LocalWeb.Answer(304, Map.of("ETag", "\"v1\""), new byte[0])
                : new LocalWeb.Answer(200, Map.of("Content-Type", "application/rss+xml", "ETag", "\"v1\"",
                "Last-Modified", "Mon, 01 Jan 2024 00:00:00 GMT"), "<rss/>".getBytes(StandardCharsets.UTF_8)));
        Fetcher fetcher = new Fetcher(quick);

        Fetched first = fetcher.get(web.url("/feed"));
        Fetched second = fetcher.get(web.url("/feed"), first.validators());

        assertThat(first.notModified()).isFalse();
        assertThat(first.validators()).isEqualTo(new CacheValidators("\"v1\"", "Mon, 01 Jan 2024 00:00:00 GMT"));
        assertThat(second.notModified()).isTrue();
        assertThat(web.requests().get(2).headers().getFirst("If-Modified-Since")).isEqualTo("Mon, 01 Jan 2024 00:00:00 GMT");
    }

    @Test
    void requestsToOneHostAreSpacedByTheDelay() throws IOException {
        for (String p : List.of("/1", "/2", "/3")) {
            web.serve(p, LocalWeb.Answer.ok("text/html", p));
        }
        Fetcher fetcher = new Fetcher(quick.withHostDelay(Duration.ofMillis(200)));

        for (String p : List.of("/1", "/2", "/3")) {
            fetcher.get(web.url(p));
        }

        assertThat(web.paths()).containsExactly("/robots.txt", "/1", "/2", "/3");
        // two waits of 200 ms between /1 and /3; loose, as the machine may be busy
        assertThat(web.between(1, 3)).isGreaterThan(Duration.ofMillis(240));
    }

    @Test
    void crawlDelayOfRobotsTxtLengthensTheWait() throws IOException {
        web.serve("/robots.txt", LocalWeb.Answer.ok("text/plain", "User-agent: *\nCrawl-delay: 1\n"));
        web.serve("/1", LocalWeb.Answer.ok("text/html", "1"));
        web.serve("/2", LocalWeb.Answer.ok("text/html", "2"));
        Fetcher fetcher = new Fetcher(quick);

        fetcher.get(web.url("/1"));
        fetcher.get(web.url("/2"));

        assertThat(web.between(1, 2)).isGreaterThan(Duration.ofMillis(600));
    }

    @Test
    void bodiesOverTheCapAreRefused() {
        web.serve("/big", LocalWeb.Answer.ok("text/html", "x".repeat(5000)));

        assertThatThrownBy(() -> new Fetcher(quick.withMaxBytes(1000)).get(web.url("/big")))
                .isInstanceOf(FetchException.class).hasMessageContaining("size cap");
    }

    @Test
    void slowServersTimeOut() {
        web.serve("/slow", headers -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return LocalWeb.Answer.ok("text/html", "late");
        });

        assertThatThrownBy(() -> new Fetcher(quick.withTimeout(Duration.ofMillis(300))).get(web.url("/slow")))
                .isInstanceOf(FetchException.class).hasMessageContaining("within 300 ms")
                .matches(e -> !((FetchException) e).permanent());
    }

    @Test
    void redirectsAreFollowedAndGzipIsUnpacked() throws IOException {
        web.serve("/old", new LocalWeb.Answer(301, Map.of("Location", "/new"), new byte[0]));
        web.serve("/new", new LocalWeb.Answer(200, Map.of("Content-Type", "text/html", "Content-Encoding", "gzip"),
                gzip("<p>moved</p>")));

        Fetched page = new Fetcher(quick).get(web.url("/old"));

        assertThat(page.url()).isEqualTo(web.url("/new"));
        assertThat(page.body()).asString().isEqualTo("<p>moved</p>");
    }

    @Test
    void errorsNameTheAddressAndTheStatus() {
        assertThatThrownBy(() -> new Fetcher(quick).get(web.url("/missing")))
                .hasMessage(web.url("/missing") + ": HTTP 404");
        assertThatThrownBy(() -> new Fetcher(quick).get(java.net.URI.create("file:///etc/hosts")))
                .hasMessageContaining("not an http(s) address");
    }

    private static byte[] gzip(String text) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
