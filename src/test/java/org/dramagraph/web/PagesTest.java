package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dramagraph.fact.Fact;
import org.dramagraph.graph.GraphStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages as a browser without JavaScript gets them: content, links to sources, JSON-LD, addresses, feeds. */
class PagesTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static Visitor visitor;
    static String moon;

    @BeforeAll
    static void start() {
        site = new TestSite(dir);
        visitor = new Visitor(site);
        moon = "/people/moon-seo-jin-" + TestSite.json(site.get("/api/search?type=person&q=moon")).at("/items/0/id").asText();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static JsonNode jsonLd(Document page) throws Exception {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertThat(script).isNotNull();
        assertThat(script.data()).doesNotContain("<");
        return new ObjectMapper().readTree(script.data());
    }

    private static String linkTo(Document page, String text) {
        Element a = page.select("main a").stream().filter(e -> e.text().equals(text)).findFirst().orElse(null);
        assertThat(a).as("a link saying " + text).isNotNull();
        return a.attr("href");
    }

    @Test
    void homeListsTheLatestArticlesAndTheWeeksMostNamed() throws Exception {
        Document home = visitor.page("/");

        assertThat(home.select("section.latest li a").eachText()).first()
                .isEqualTo("Moon Seo-jin on the sea and the city");
        assertThat(home.select("ol.people li a").eachText()).first().isEqualTo("Moon Seo-jin");
        assertThat(home.select("ol.works li a").eachText()).contains("Harbor Lights", "Winter Letters", "Night Market");
        JsonNode ld = jsonLd(home);
        assertThat(ld.get("@type").asText()).isEqualTo("WebSite");
        assertThat(ld.at("/potentialAction/target").asText()).endsWith("/search?q={query}");
        assertThat(home.selectFirst("meta[name=viewport]")).isNotNull();
    }

    @Test
    void aPersonPageHasFilmographyCameosReunionsQuotesArticlesAndSourcesForEveryFact() throws Exception {
        Document p = visitor.page(moon);

        assertThat(p.select("h1").text()).startsWith("Moon Seo-jin");
        assertThat(p.select("li.role > a.work").eachText()).containsExactly("Harbor Lights", "Night Market",
                "Winter Letters");
        assertThat(p.select("li.role:has(.badge.cameo) > a.work").eachText()).containsExactly("Night Market");
        assertThat(p.select("ul.costars li:has(.badge.reunion) > a.person").eachText()).containsExactly("Baek Do-yun");
        assertThat(p.select("ul.costars li:has(.badge.reunion) > a.work").eachAttr("href"))
                .as("a shared work leads to its cast, where each role has its sources").hasSize(2)
                .allMatch(href -> href.matches("/works/[a-z-]+-\\d+#cast"));
        assertThat(p.select("#quotes blockquote").text()).contains("I grew up by the sea");
        assertThat(p.select("#articles ul.articles li")).hasSize(4);
        assertThat(p.select("li.fact")).isNotEmpty().allSatisfy(fact ->
                assertThat(fact.select("a.source").eachAttr("href")).isNotEmpty()
                        .allMatch(href -> href.matches("/articles/[a-z-]+#s\\d+")));
        JsonNode ld = jsonLd(p);
        assertThat(ld.at("/@graph/0/@type").asText()).isEqualTo("Person");
        assertThat(ld.at("/@graph/1/actor/0/@type").asText()).isEqualTo("PerformanceRole");
        assertThat(ld.at("/@graph/1/actor/0/actor/@id").asText()).as("the person, by the id it is described under")
                .isEqualTo(ld.at("/@graph/0/@id").asText()).isEqualTo(moon);
        assertThat(p.selectFirst("link[rel=alternate][href$=/feed.atom][href^=/people/]")).isNotNull();
    }

    @Test
    void aWorkPageHasACastTableCameosApartAndCredits() throws Exception {
        Document home = visitor.page("/");
        Document market = visitor.page(linkTo(home, "Night Market"));

        assertThat(market.select("table.cast:not(.cameos) tbody tr td:first-child a").eachText()).containsExactly("Han Ji-ho");
        assertThat(market.select("table.cameos tbody tr td:first-child a").eachText()).containsExactly("Moon Seo-jin");
        assertThat(market.select("table.cameos tbody tr td:nth-child(2) a").eachText()).containsExactly("Kang Ha-ri");
        Document harbor = visitor.page(linkTo(home, "Harbor Lights"));
        assertThat(harbor.select("#credits").text()).contains("Oh Min-ji wrote Harbor Lights")
                .contains("Park Tae-san directed Harbor Lights").contains("Harbor Lights airs on KBS2");
        JsonNode ld = jsonLd(harbor);
        assertThat(ld.get("@type").asText()).isEqualTo("TVSeries");
        assertThat(ld.at("/actor/0/characterName").asText()).isEqualTo("Lee Jun");
        assertThat(ld.at("/author/0/name").asText()).isEqualTo("Oh Min-ji");
    }

    @Test
    void aCharacterPlayedInTwoWorksSaysItIsACrossover() throws Exception {
        Document p = visitor.page(moon);
        Document kang = visitor.page(p.selectFirst("a.character:containsOwn(Kang Ha-ri)").attr("href"));

        assertThat(kang.select(".badge.crossover")).hasSize(1);
        assertThat(kang.select("p.crossover").text()).contains("2 works");
        assertThat(kang.select("ul.portrayals > li > a.work").eachText()).containsExactly("Harbor Lights", "Night Market");
        Document lee = visitor.page(p.select("a.person:containsOwn(Baek Do-yun)").first().attr("href"));
        Document leeJun = visitor.page(lee.selectFirst("a.character:containsOwn(Lee Jun)").attr("href"));
        assertThat(leeJun.select(".badge.crossover")).isEmpty();
        assertThat(jsonLd(kang).at("/@graph/0/actor/@type").asText()).isEqualTo("PerformanceRole");
    }

    @Test
    void anArticlePageLinksMentionsMarksEvidenceAndShowsPhotosAndFacts() throws Exception {
        Document a = visitor.page("/articles/harbor-lights-cast");

        assertThat(a.select(".text a.mention").eachText()).contains("Moon Seo-jin", "Kang Ha-ri", "Harbor Lights", "KBS2");
        assertThat(a.selectFirst(".text a.mention.person").attr("href")).isEqualTo(moon);
        assertThat(a.select("mark.evidence").eachAttr("id")).containsExactly("s0", "s1", "s2", "s3", "s4");
        assertThat(a.selectFirst("mark#s2").text()).isEqualTo("Oh Min-ji wrote Harbor Lights.");
        assertThat(a.select(".text p")).hasSize(2);
        assertThat(a.select("#photos figure img").attr("src")).isEqualTo("https://img.example/harbor.jpg");
        assertThat(a.select("#photos figcaption .caption").text())
                .isEqualTo("Moon Seo-jin and Baek Do-yun at the pier for Harbor Lights.");
        assertThat(a.select("#photos figcaption .credit").text()).isEqualTo("Photo: Example Studio");
        assertThat(a.select("#photos figcaption .people a.person").eachText()).containsExactly("Moon Seo-jin",
                "Baek Do-yun");
        assertThat(a.select("#photos figcaption .people a.person").first().attr("href")).isEqualTo(moon);
        assertThat(a.select("#photos .from")).as("an article's own photos need not say where they are from").isEmpty();
        assertThat(a.select("#facts li.fact")).hasSize(7);
        JsonNode ld = jsonLd(a);
        assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.get("datePublished").asText()).isEqualTo("2026-03-02");
        assertThat(ld.at("/image/0/creditText").asText()).isEqualTo("Example Studio");
        assertThat(ld.at("/image/0/about/0/name").asText()).isEqualTo("Moon Seo-jin");
    }

    @Test
    void aPersonPageShowsThePhotosThatNameThemNewestFirstWithTheirArticles() {
        Document p = visitor.page(moon);

        assertThat(p.select("#photos h2").text()).isEqualTo("Photos (2)");
        assertThat(p.select("#photos figure img").eachAttr("src")).containsExactly("https://img.example/seaside.jpg",
                "https://img.example/harbor.jpg");
        assertThat(p.select("#photos figure img").first().attr("alt")).isEqualTo("Moon Seo-jin on the beach near her hometown.");
        assertThat(p.select("#photos figcaption .credit").eachText()).containsExactly("Photo: Example Wire",
                "Photo: Example Studio");
        assertThat(p.select("#photos figcaption .from a").eachAttr("href")).containsExactly(
                "/articles/moon-seo-jin-interview", "/articles/harbor-lights-cast");
        Document baek = visitor.page(p.select("a.person:containsOwn(Baek Do-yun)").first().attr("href"));
        assertThat(baek.select("#photos figure img").eachAttr("src")).containsExactly("https://img.example/harbor.jpg");
        Document han = visitor.page(visitor.page("/articles/night-market-cameo")
                .selectFirst(".text a.mention.person:containsOwn(Han Ji-ho)").attr("href"));
        assertThat(han.select("#photos")).as("nobody's photo names Han Ji-ho").isEmpty();
    }

    @Test
    void aFactBelowTheConfidenceThresholdIsShownButMarkedUnconfirmed() throws Exception {
        Document market = visitor.page("/articles/night-market-cameo");

        assertThat(market.select("#facts li.fact.unconfirmed")).singleElement().satisfies(f -> {
            assertThat(f.text()).contains("Moon Seo-jin plays Kang Ha-ri in Night Market");
            assertThat(f.select(".badge.unconfirmed").text()).isEqualTo("unconfirmed");
            assertThat(f.select("a.source")).isNotEmpty();
        });
        assertThat(market.select("#facts li.fact:not(.unconfirmed) .badge.unconfirmed")).isEmpty();
        Document p = visitor.page(moon);
        assertThat(p.select("li.role:has(> a.work:containsOwn(Night Market)) li.fact.unconfirmed").text())
                .contains("plays Kang Ha-ri");
        assertThat(p.select("li.role:has(> a.work:containsOwn(Harbor Lights)) li.fact.unconfirmed")).isEmpty();
        Document work = visitor.page(linkTo(market, "Night Market"));
        assertThat(work.select("table.cameos li.fact.unconfirmed")).hasSize(1);
        JsonNode ld = jsonLd(work);
        assertThat(ld.at("/actor").findValuesAsText("characterName")).as("machines get only sure facts")
                .containsExactly("Seo Woo");
    }

    @Test
    void everyFactOnEveryPageLinksToTheSentencesItWasReadFrom() {
        Document index = Jsoup.parse(site.get("/sitemap.xml").body(), "", Parser.xmlParser());
        int facts = 0;
        for (String part : index.select("sitemap > loc").eachText()) {
            Document urls = Jsoup.parse(site.get(part).body(), "", Parser.xmlParser());
            for (String url : urls.select("url > loc").eachText()) {
                Document page = visitor.page(url);
                for (Element fact : page.select("li.fact")) {
                    facts++;
                    List<String> sources = fact.select("a.source").eachAttr("href");
                    assertThat(sources).as("sources of %s on %s", fact.text(), url).isNotEmpty();
                    for (String source : sources) {
                        assertThat(source).matches("/articles/[a-z-]+#s\\d+");
                        String[] at = source.split("#");
                        Element mark = visitor.page(at[0]).getElementById(at[1]);
                        assertThat(mark != null && mark.is("mark.evidence")).as(source).isTrue();
                    }
                }
            }
        }
        assertThat(facts).isGreaterThan(40);
    }

    @Test
    void aFactOnAPageShowsItsFirstSourceAndLinksToTheRest(@TempDir Path other) {
        try (TestSite again = new TestSite(other)) {
            try (GraphStore graph = GraphStore.open(again.store)) {
                graph.ingest(Stories.story("harbor-lights-recap", "Harbor Lights, a recap", LocalDate.of(2026, 3, 8),
                        "Moon Seo-jin plays Kang Ha-ri in Harbor Lights.", List.of(),
                        Fact.plays("Moon Seo-jin", "Kang Ha-ri", "Harbor Lights")));
            }
            Document page = new Visitor(again).page(moon);
            Element fact = page.select("li.fact:has(a.more)").first();
            assertThat(fact).as("Kang Ha-ri in Harbor Lights, told twice").isNotNull();
            JsonNode api = TestSite.json(again.get("/api/facts/" + fact.attr("data-fact")));

            assertThat(api.get("sourceCount").asInt()).isEqualTo(2);
            assertThat(api.get("sources")).as("the API gives up to three").hasSize(2);
            assertThat(fact.select("a.source")).hasSize(1);
            assertThat(fact.selectFirst("a.source").attr("href")).isEqualTo(api.at("/sources/0/url").asText());
            assertThat(fact.selectFirst("a.more").text()).isEqualTo("+1 more");
            assertThat(fact.selectFirst("a.more").attr("href")).isEqualTo("/facts/" + fact.attr("data-fact"));
            assertThat(new Visitor(again).page("/facts/" + fact.attr("data-fact")).select("ol.sources-full > li"))
                    .as("the fact's page has them all").hasSize(2);
        }
    }

    @Test
    void anUndatedArticleShowsNoDateNotTheDayItWasStored(@TempDir Path other) throws Exception {
        try (TestSite undated = new TestSite(other)) {
            try (GraphStore graph = GraphStore.open(undated.store)) {
                graph.ingest(Stories.story("undated-note", "A note from Night Market", null,
                        "Han Ji-ho plays Seo Woo in Night Market.", List.of(),
                        Fact.plays("Han Ji-ho", "Seo Woo", "Night Market")));
            }
            undated.server.syncSearch();
            Visitor reader = new Visitor(undated);

            Document page = reader.page("/articles/undated-note");
            assertThat(page.select("article.news p.meta").html()).isEmpty();
            assertThat(jsonLd(page).has("datePublished")).isFalse();
            assertThat(reader.page("/articles").select("ul.articles li:has(a[href=/articles/undated-note]) time")).isEmpty();
            assertThat(reader.page("/articles").select("ul.articles li:has(a[href=/articles/harbor-lights-cast]) time")
                    .attr("datetime")).isEqualTo("2026-03-02");
            assertThat(reader.page("/search?q=note").select("li:has(a[href=/articles/undated-note]) time")).isEmpty();
            JsonNode api = TestSite.json(undated.get("/api/articles/undated-note")).get("article");
            assertThat(api.get("date").isNull()).isTrue();
            assertThat(TestSite.json(undated.get("/api/search?q=note&type=article")).at("/items/0/date").isNull()).isTrue();
        }
    }

    @Test
    void downloadedThumbnailsAreServedInTheGalleries(@TempDir Path other) throws Exception {
        try (TestSite withThumbs = new TestSite(other)) {
            byte[] png = java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
            java.nio.file.Files.write(withThumbs.thumbnails.resolve("3f9a.png"), png);
            try (var graph = org.dramagraph.graph.GraphStore.open(withThumbs.store)) {
                assertThat(graph.setThumbnail("harbor-lights-cast", 0, "3f9a.png")).isTrue();
            }
            Document a = new Visitor(withThumbs).page("/articles/harbor-lights-cast");
            assertThat(a.select("#photos figure img").attr("src")).isEqualTo("/thumbnails/3f9a.png");
            assertThat(a.select("#photos figure a").attr("href")).isEqualTo("https://img.example/harbor.jpg");
            HttpResponse<byte[]> thumb = withThumbs.http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(withThumbs.base() + "/thumbnails/3f9a.png")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(thumb.statusCode()).isEqualTo(200);
            assertThat(thumb.body()).isEqualTo(png);
            assertThat(withThumbs.get("/thumbnails/../site.db").statusCode()).isIn(400, 404);
            assertThat(TestSite.json(withThumbs.get("/api/articles/harbor-lights-cast")).at("/photos/0/thumbnail")
                    .asText()).isEqualTo("/thumbnails/3f9a.png");
        }
    }

    @Test
    void factPagesListEverySource() {
        Document a = visitor.page("/articles/harbor-lights-cast");
        String factPage = "/facts/" + a.selectFirst("#facts li.fact").attr("data-fact");

        Document f = visitor.page(factPage);
        assertThat(f.select("ol.sources-full li")).hasSize(1);
        assertThat(f.select("ol.sources-full li a").attr("href")).startsWith("/articles/harbor-lights-cast#s");
    }

    @Test
    void slugsAreReadableAndOldOrBareNamesRedirectToTheCanonicalAddress() {
        String id = moon.substring(moon.lastIndexOf('-') + 1);
        for (String path : List.of("/people/moon-seo-jin", "/people/mun-seo-jin", "/people/old-name-" + id,
                "/people/" + id)) {
            HttpResponse<String> r = visitor.fetch(path);
            assertThat(r.statusCode()).as(path).isEqualTo(301);
            assertThat(r.headers().firstValue("Location")).as(path).contains(moon);
        }
        assertThat(visitor.fetch("/people/old-name-" + id + "/graph").headers().firstValue("Location"))
                .contains(moon + "/graph");
        HttpResponse<String> missing = visitor.fetch("/people/nobody-at-all");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).select("p.notice").text()).contains("nobody at all");
        assertThat(visitor.fetch("/works/" + id).statusCode()).as("a person's id under works").isEqualTo(404);
        assertThat(visitor.fetch("/no/such/page").statusCode()).isEqualTo(404);
        assertThat(visitor.fetch("/articles/nothing-here").statusCode()).isEqualTo(404);
        assertThat(visitor.fetch("/facts/0").statusCode()).isEqualTo(404);
        assertThat(visitor.fetch("/people/x-1?page=0").statusCode()).isEqualTo(400);
    }

    @Test
    void aPagePastTheEndOfAListIsA404() {
        assertThat(visitor.page("/articles").select("ul.articles li")).hasSize(4);
        HttpResponse<String> past = visitor.fetch("/articles?page=2");
        assertThat(past.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(past.body()).select("p.notice").text())
                .isEqualTo("There is no page 2: the list has 4 items (1 page of 20).");
        assertThat(visitor.fetch(moon + "?page=2").statusCode()).isEqualTo(404);
        assertThat(visitor.fetch("/search?q=harbor&page=5").statusCode()).isEqualTo(404);
        assertThat(visitor.fetch("/search?q=qqqxqqq").statusCode()).as("the first page of no hits").isEqualTo(200);
    }

    @Test
    void searchFindsAPersonBySpellingWithFacetsAndHighlightedArticles() {
        Document s = visitor.page("/search?q=moon+seojin");

        assertThat(s.select("ol.hits li.person a").first().text()).isEqualTo("Moon Seo-jin");
        assertThat(s.select("ol.hits li.person a").first().attr("href")).isEqualTo(moon);
        assertThat(s.select("nav.facets a").eachText()).contains("All (5)", "article (4)", "person (1)");
        assertThat(s.select("ol.hits li.article .snippet mark").eachText()).contains("Moon", "Seo", "jin");
        Document articles = visitor.page(s.selectFirst("nav.facets a[data-kind=article]").attr("href"));
        assertThat(articles.select("ol.hits li")).hasSize(4).allMatch(li -> li.hasClass("article"));
        assertThat(visitor.page("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").select("script:containsData(alert)"))
                .isEmpty();
    }

    @Test
    void theGraphPageLoadsItsLibraryFromTheJarAndItsDataFromTheApi() {
        Document g = visitor.page(moon + "/graph");
        String data = g.selectFirst("#network").attr("data-source");
        String library = g.select("script[src*=cytoscape]").attr("src");

        assertThat(site.get(data).statusCode()).isEqualTo(200);
        HttpResponse<String> js = site.get(library);
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.body()).contains("cytoscape");
        assertThat(site.get("/static/network.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiExplorerLoadsSwaggerUiFromTheJar() {
        Document docs = visitor.page("/api-docs");
        String bundle = docs.select("script[src*=swagger-ui-bundle]").attr("src");

        assertThat(site.get(bundle).statusCode()).isEqualTo(200);
        assertThat(site.get(docs.select("link[href*=swagger-ui.css]").attr("href")).statusCode()).isEqualTo(200);
    }

    @Test
    void atomFeedsListTheLatestArticlesAndThoseNamingAnEntity() {
        HttpResponse<String> all = site.get("/feed.atom");
        assertThat(all.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        Document feed = Jsoup.parse(all.body(), "", Parser.xmlParser());
        assertThat(feed.select("feed > entry")).hasSize(4);
        assertThat(feed.select("feed > entry > link").first().attr("href"))
                .isEqualTo("/articles/moon-seo-jin-interview");
        assertThat(feed.select("feed > entry > updated").first().text()).isEqualTo("2026-03-07T00:00:00Z");

        Document p = visitor.page(moon);
        Document baekFeed = Jsoup.parse(site.get(p.selectFirst("a.person:containsOwn(Baek Do-yun)").attr("href")
                + "/feed.atom").body(), "", Parser.xmlParser());
        assertThat(baekFeed.select("entry > title").eachText()).containsExactly(
                "Two Harbor Lights stars reunite in Winter Letters", "Harbor Lights sets sail with its cast");
        assertThat(site.get("/people/nobody/feed.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void theSitemapListsEveryEntityAndArticle() {
        Document index = Jsoup.parse(site.get("/sitemap.xml").body(), "", Parser.xmlParser());
        List<String> parts = index.select("sitemap > loc").eachText();
        assertThat(parts).contains("/sitemaps/people-1.xml", "/sitemaps/articles-1.xml");

        StringBuilder all = new StringBuilder();
        for (String part : parts) {
            all.append(site.get(part).body());
        }
        Document urls = Jsoup.parse(all.toString(), "", Parser.xmlParser());
        assertThat(urls.select("url > loc").eachText()).contains(moon, "/articles/harbor-lights-cast").hasSize(4 + 14);
        assertThat(site.get("/sitemaps/people-2.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/sitemaps/bogus.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/robots.txt").body()).contains("Sitemap: /sitemap.xml");
        assertThat(site.get("/opensearch.xml").body()).contains("template=\"/search?q={searchTerms}\"");
    }

    @Test
    void pagesSendSecurityHeaders() {
        HttpResponse<String> r = site.get("/");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
    }
}
