package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's own addresses come from {@code --public-url}, or are relative: never from the request's Host header,
 * which anyone can set and which would then be cached for every reader.
 */
class PublicAddressTest {
    private static final List<String> PAGES = List.of("/", "/articles/harbor-lights-cast", "/feed.atom",
            "/sitemap.xml", "/sitemaps/people-1.xml", "/robots.txt", "/opensearch.xml", "/no/such/page");

    @TempDir
    Path dir;

    /** A GET with this Host header, over a plain socket (Java's HTTP client does not let one set it). */
    private static String get(TestSite site, String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", site.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void withoutAPublicAddressTheHostHeaderIsWrittenNowhere() throws IOException {
        try (TestSite site = new TestSite(dir)) {
            for (String path : PAGES) {
                String response = get(site, path, "evil.example");
                assertThat(response).as(path).startsWith("HTTP/1.1 ").doesNotContain("evil.example");
            }
            Document home = Jsoup.parse(site.get("/").body());
            assertThat(home.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("/");
            Document sitemap = Jsoup.parse(site.get("/sitemap.xml").body(), "", Parser.xmlParser());
            assertThat(sitemap.selectFirst("sitemap > loc").text()).isEqualTo("/sitemaps/people-1.xml");
        }
    }

    @Test
    void withAPublicAddressEveryAddressIsAbsoluteUnderIt() throws IOException {
        String base = "https://dramagraph.example";
        try (TestSite site = new TestSite(dir, c -> c.withPublicUrl(base + "/"))) {
            for (String path : PAGES) {
                String response = get(site, path, "evil.example");
                assertThat(response).as(path).doesNotContain("evil.example");
            }
            Document page = Jsoup.parse(site.get("/articles/harbor-lights-cast").body());
            assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                    .isEqualTo(base + "/articles/harbor-lights-cast");
            assertThat(page.selectFirst("script[type=application/ld+json]").data())
                    .contains("\"url\":\"" + base + "/articles/harbor-lights-cast\"");
            Document sitemap = Jsoup.parse(site.get("/sitemap.xml").body(), "", Parser.xmlParser());
            assertThat(sitemap.selectFirst("sitemap > loc").text()).isEqualTo(base + "/sitemaps/people-1.xml");
            assertThat(site.get("/robots.txt").body()).endsWith("Sitemap: " + base + "/sitemap.xml\n");
        }
    }
}
