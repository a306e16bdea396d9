package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HEAD answers what GET does without the body, and ETags answer If-None-Match as RFC 9110 says. */
class HttpSemanticsTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static String moon;

    @BeforeAll
    static void start() {
        site = new TestSite(dir);
        moon = TestSite.json(site.get("/api/search?type=person&q=moon%20seo%20jin")).at("/items/0/id").asText();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Map<String, Optional<String>> headers(HttpResponse<String> r) {
        return Map.of("Content-Type", r.headers().firstValue("Content-Type"),
                "Content-Length", r.headers().firstValue("Content-Length"),
                "ETag", r.headers().firstValue("ETag"),
                "Location", r.headers().firstValue("Location"));
    }

    @Test
    void headAnswersGetsStatusAndHeadersWithoutTheBody() {
        Visitor visitor = new Visitor(site);
        visitor.page("/"); // the form-token cookie, so that pages with forms are the same for both requests
        List<String> paths = List.of("/", "/articles/harbor-lights-cast", "/people/moon-seo-jin-" + moon,
                "/api/people/" + moon, "/api/openapi.json", "/feed.atom", "/sitemap.xml", "/robots.txt",
                "/search?q=harbor", "/api/people/999999", "/people/no-one-999999", "/no/such/page",
                "/people/moon-seo-jin", "/api/articles?page=0");
        for (String path : paths) {
            HttpResponse<String> get = visitor.fetch("GET", path);
            HttpResponse<String> head = visitor.fetch("HEAD", path);

            assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
            assertThat(headers(head)).as(path).isEqualTo(headers(get));
            assertThat(head.headers().firstValue("Content-Length")).as(path)
                    .contains(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
            assertThat(head.body()).as(path).isEmpty();
        }
    }

    @Test
    void headOfAnUnknownIdIsA404AndOfAPageA200WithItsETag() {
        HttpResponse<String> missing = new Visitor(site).fetch("HEAD", "/api/people/999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(missing.headers().firstValue("ETag")).isEmpty();

        HttpResponse<String> person = new Visitor(site).fetch("HEAD", "/api/people/" + moon);
        assertThat(person.statusCode()).isEqualTo(200);
        assertThat(person.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(person.headers().firstValue("ETag")).get().asString().matches("\"[0-9a-f]+\"");
    }

    @Test
    void everyCacheableResponseHasAnETagThatAnswersIfNoneMatchWith304() {
        Visitor visitor = new Visitor(site);
        visitor.page("/");
        for (String path : List.of("/api/openapi.json", "/api/people/" + moon, "/people/moon-seo-jin-" + moon,
                "/feed.atom", "/sitemap.xml")) {
            String etag = visitor.fetch("GET", path).headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path));

            for (String tag : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
                HttpResponse<String> again = visitor.fetch("GET", path, "If-None-Match", tag);
                assertThat(again.statusCode()).as(path + " " + tag).isEqualTo(304);
                assertThat(again.headers().firstValue("ETag")).as(path).contains(etag);
                assertThat(again.body()).isEmpty();
                assertThat(visitor.fetch("HEAD", path, "If-None-Match", tag).statusCode()).as(path).isEqualTo(304);
            }
            assertThat(visitor.fetch("GET", path, "If-None-Match", "\"other\", W/\"other\"").statusCode()).as(path)
                    .isEqualTo(200);
        }
    }

    @Test
    void aClientThatTakesGzipGetsTheSameBytesGzippedWithTheirLengthAndATagOfTheirOwn() throws Exception {
        String path = "/api/people/" + moon;
        HttpResponse<String> plain = site.get(path);
        for (String method : List.of("GET", "HEAD")) {
            HttpResponse<byte[]> zipped = site.http.send(HttpRequest.newBuilder(URI.create(site.base() + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).header("Accept-Encoding", "br;q=1, gzip;q=0.8")
                    .build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(zipped.statusCode()).isEqualTo(200);
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(method).contains("gzip");
            assertThat(zipped.headers().firstValue("Vary")).as(method).contains("Accept-Encoding");
            String etag = plain.headers().firstValue("ETag").orElseThrow();
            assertThat(zipped.headers().firstValue("ETag")).as(method)
                    .contains(etag.substring(0, etag.length() - 1) + "-gzip\"");
            if (method.equals("GET")) {
                assertThat(zipped.headers().firstValue("Content-Length")).contains(Integer.toString(zipped.body().length));
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
                }
            } else {
                assertThat(zipped.body()).isEmpty();
            }
        }
        assertThat(site.get(path, "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void acceptEncodingIsReadByItsCodingsAndWeights() {
        assertThat(ResponseCache.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(ResponseCache.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(ResponseCache.acceptsGzip("*")).isTrue();
        assertThat(ResponseCache.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(ResponseCache.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(ResponseCache.acceptsGzip("br, deflate")).isFalse();
        assertThat(ResponseCache.acceptsGzip("identity")).isFalse();
        assertThat(ResponseCache.acceptsGzip(null)).isFalse();
    }

    @Test
    void ifNoneMatchStarDoesNotTurnA404IntoA304() {
        assertThat(new Visitor(site).fetch("GET", "/api/people/999999", "If-None-Match", "*").statusCode())
                .isEqualTo(404);
    }
}
