package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.fact.Fact;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The response cache serves every reader their own form token, editors their own pages, and news when it comes. */
class ResponseCacheTest {
    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void start() {
        site = new TestSite(dir);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void eachReaderOfACachedPageGetsTheirOwnWorkingToken() {
        Visitor first = new Visitor(site);
        Visitor second = new Visitor(site);
        String a = first.page("/articles/harbor-lights-cast").select("input[name=_csrf]").attr("value");
        String b = second.page("/articles/harbor-lights-cast").select("input[name=_csrf]").attr("value");

        assertThat(a).isNotEmpty().isNotEqualTo(b);
        Map<String, String> form = Map.of("target", "article", "id", "harbor-lights-cast", "name", "Two", "text", "hi");
        assertThat(second.post("/comments", form).statusCode()).isEqualTo(303);
        assertThat(first.page("/articles/harbor-lights-cast").select("li.comment .body").eachText())
                .as("a write empties the cache").containsExactly("hi");
    }

    @Test
    void editorsGetTheirOwnPagesNotTheReadersCachedOnes() {
        new Visitor(site).page("/articles/harbor-lights-cast");
        Visitor editor = new Visitor(site);
        editor.logIn();

        Document page = editor.page("/articles/harbor-lights-cast");
        assertThat(page.select("form.review")).isNotEmpty();
        assertThat(new Visitor(site).page("/articles/harbor-lights-cast").select("form.review")).isEmpty();
    }

    @Test
    void articlesIngestedByAnotherProcessShowOnceTheSyncSeesThem() {
        assertThat(new Visitor(site).page("/articles").select("ul.articles li")).hasSize(4);
        try (GraphStore other = GraphStore.open(site.store)) {
            other.ingest(Stories.story("late-news", "Late news from Night Market", LocalDate.of(2026, 3, 9),
                    "Han Ji-ho plays Seo Woo in Night Market.", List.of(), Fact.plays("Han Ji-ho", "Seo Woo", "Night Market")));
        }
        assertThat(new Visitor(site).page("/articles").select("ul.articles li")).as("still cached").hasSize(4);

        site.server.syncSearch();

        assertThat(new Visitor(site).page("/articles").select("ul.articles li a").eachText())
                .contains("Late news from Night Market");
        assertThat(TestSite.json(site.get("/api/search?q=late+news")).get("total").asInt()).isPositive();
    }

    @Test
    void theCacheKeepsWithinItsBytesCountingBodiesAndHeadersAndSaysSoInMetrics() {
        long max = 40_000;
        try (TestSite small = new TestSite(dir.resolve("small"), c -> c.withCacheBytes(max))) {
            HttpResponse<String> one = small.get("/api/articles/harbor-lights-cast");
            int body = one.body().getBytes(StandardCharsets.UTF_8).length;
            double kept = metric(small, "dramagraph_response_cache_weighted_bytes");
            assertThat(metric(small, "dramagraph_response_cache_max_bytes")).isEqualTo(max);
            // the body, its gzipped form (smaller) and the key, type and tag
            assertThat(kept).isGreaterThan(body + 200).isLessThan(2 * body + 1000);

            for (String path : List.of("/", "/articles", "/feed.atom", "/sitemap.xml", "/api/home", "/api/articles",
                    "/articles/harbor-lights-cast", "/search?q=harbor", "/api/search?q=moon")) {
                assertThat(small.get(path).statusCode()).as(path).isEqualTo(200);
            }
            assertThat(metric(small, "dramagraph_response_cache_weighted_bytes")).isPositive().isLessThanOrEqualTo(max);
            assertThat(metric(small, "cache_evictions_total{cache=\"responses\"}")).isPositive();
        }
        assertThat(metric(site, "dramagraph_response_cache_max_bytes")).isEqualTo(WebConfig.DEFAULT_CACHE_BYTES);
    }

    /** One value of the site's Prometheus metrics. */
    static double metric(TestSite site, String series) {
        for (String line : site.get("/metrics").body().split("\n")) {
            if (line.startsWith(series + " ") || line.startsWith(series + "{") && !series.contains("{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no " + series + " in /metrics");
    }
}
