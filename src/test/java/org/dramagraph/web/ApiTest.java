package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.dramagraph.graph.StoreKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every API endpoint: its JSON, its paging, its 404s and 400s, and ETags. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ApiTest {
    @TempDir
    static Path dir;
    /** The kind of store the site serves, given to {@link #start} too. */
    @Parameter
    StoreKind kind;
    static TestSite site;
    static long moon;
    static long harbor;
    static long kangHaRi;
    static long kbs;

    @BeforeParameterizedClassInvocation
    static void start(StoreKind kind) {
        site = new TestSite(dir, kind);
        moon = idOf("person", "moon seo jin");
        harbor = idOf("work", "harbor lights");
        kangHaRi = idOf("character", "kang ha ri");
        kbs = idOf("org", "kbs2");
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    private static long idOf(String type, String name) {
        JsonNode r = ok("/api/search?type=" + type + "&q=" + name.replace(" ", "%20"));
        return r.get("items").get(0).get("id").asLong();
    }

    private static JsonNode ok(String path) {
        HttpResponse<String> r = site.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/json");
        return TestSite.json(r);
    }

    private static JsonNode error(String path, int status) {
        HttpResponse<String> r = site.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
        JsonNode body = TestSite.json(r);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).isNotBlank();
        return body;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.at(field).asText()));
        return out;
    }

    @Test
    void homeHasTheLatestArticlesAndTheWeeksMostNamed() {
        JsonNode home = ok("/api/home");

        assertThat(texts(home.get("latest"), "/id")).containsExactly("moon-seo-jin-interview", "night-market-cameo",
                "winter-letters-reunion", "harbor-lights-cast");
        assertThat(home.get("to").asText()).isEqualTo("2026-03-07");
        assertThat(home.get("from").asText()).isEqualTo("2026-03-01");
        assertThat(home.at("/people/0/entity/name").asText()).isEqualTo("Moon Seo-jin");
        assertThat(home.at("/people/0/articles").asInt()).isEqualTo(4);
        assertThat(home.at("/works/0/entity/url").asText()).startsWith("/works/");
    }

    @Test
    void articlesArePaginatedWithLinksToThePagesAround() {
        JsonNode first = ok("/api/articles?size=3");
        assertThat(first.get("items")).hasSize(3);
        assertThat(first.get("total").asInt()).isEqualTo(4);
        assertThat(first.get("prev").isNull()).isTrue();
        assertThat(first.get("next").asText()).isEqualTo("/api/articles?page=2&size=3");

        JsonNode second = ok(first.get("next").asText());
        assertThat(texts(second.get("items"), "/id")).containsExactly("harbor-lights-cast");
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(second.get("prev").asText()).isEqualTo("/api/articles?page=1&size=3");
    }

    @Test
    void anArticleHasItsTextMentionsFactsEvidenceAndPhotos() {
        JsonNode a = ok("/api/articles/harbor-lights-cast");

        assertThat(a.at("/article/title").asText()).isEqualTo("Harbor Lights sets sail with its cast");
        assertThat(a.at("/article/date").asText()).isEqualTo("2026-03-02");
        String text = a.get("text").asText();
        JsonNode mention = a.at("/mentions/0");
        assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt()))
                .isEqualTo(mention.at("/entity/name").asText());
        assertThat(a.get("facts")).hasSize(7);
        assertThat(a.at("/facts/0/sources/0/url").asText()).startsWith("/articles/harbor-lights-cast#s");
        assertThat(a.at("/evidence/0/url").asText()).startsWith("/articles/harbor-lights-cast#s");
        assertThat(a.at("/photos/0/credit").asText()).isEqualTo("Example Studio");
        assertThat(a.at("/photos/0/url").asText()).isEqualTo("https://img.example/harbor.jpg");
        assertThat(texts(a.at("/photos/0/people"), "/name")).containsExactly("Moon Seo-jin", "Baek Do-yun");
        assertThat(a.at("/photos/0/people/0/url").asText()).isEqualTo("/people/moon-seo-jin-" + moon);
        assertThat(a.at("/photos/0/thumbnail").isNull()).isTrue();
        assertThat(ok(a.get("comments").asText()).get("items")).isEmpty();
    }

    @Test
    void aPersonsPhotosArePagedNewestFirstWithTheirArticles() {
        JsonNode photos = ok(ok("/api/people/" + moon).get("photos").asText() + "?size=1");

        assertThat(photos.get("total").asInt()).isEqualTo(2);
        assertThat(photos.at("/items/0/url").asText()).isEqualTo("https://img.example/seaside.jpg");
        assertThat(photos.at("/items/0/caption").asText()).isEqualTo("Moon Seo-jin on the beach near her hometown.");
        assertThat(photos.at("/items/0/credit").asText()).isEqualTo("Example Wire");
        assertThat(photos.at("/items/0/articleUrl").asText()).isEqualTo("/articles/moon-seo-jin-interview");
        JsonNode older = ok(photos.get("next").asText());
        assertThat(older.at("/items/0/article").asText()).isEqualTo("harbor-lights-cast");
        assertThat(older.get("next").isNull()).isTrue();
        assertThat(ok("/api/people/" + idOf("person", "han ji ho") + "/photos").get("items")).isEmpty();
    }

    @Test
    void aFactBelowTheConfidenceThresholdIsServedMarkedUnconfirmed() {
        JsonNode cameo = ok("/api/people/" + moon).at("/roles/1");
        JsonNode plays = null;
        for (JsonNode f : cameo.get("facts")) {
            if (f.get("type").asText().equals("plays")) {
                plays = f;
            }
        }
        assertThat(plays).isNotNull();
        assertThat(plays.get("unconfirmed").asBoolean()).isTrue();
        assertThat(plays.get("confidence").asDouble()).isLessThan(org.dramagraph.fact.Confidence.THRESHOLD);
        assertThat(plays.at("/sources/0/url").asText()).startsWith("/articles/night-market-cameo#s");
        JsonNode writer = ok("/api/works/" + harbor).at("/writers/0");
        assertThat(writer.get("unconfirmed").asBoolean()).isFalse();
        assertThat(writer.get("confidence").asDouble()).isGreaterThanOrEqualTo(org.dramagraph.fact.Confidence.THRESHOLD);
    }

    @Test
    void aPersonHasRolesCreditsQuotesAndLinksToTheRest() {
        JsonNode p = ok("/api/people/" + moon);

        assertThat(p.at("/person/name").asText()).isEqualTo("Moon Seo-jin");
        assertThat(texts(p.get("roles"), "/work/name")).containsExactly("Harbor Lights", "Night Market", "Winter Letters");
        JsonNode cameo = p.at("/roles/1");
        assertThat(cameo.get("cameo").asBoolean()).isTrue();
        assertThat(texts(cameo.get("characters"), "/name")).containsExactly("Kang Ha-ri");
        assertThat(p.at("/quotes/0/quote").asText()).isEqualTo("I grew up by the sea");
        assertThat(p.at("/quotes/0/sources/0/snippet").asText()).contains("grew up by the sea");

        JsonNode coStars = ok(p.get("coStars").asText());
        assertThat(texts(coStars.get("coStars"), "/person/name")).containsExactly("Baek Do-yun", "Han Ji-ho");
        assertThat(coStars.at("/coStars/0/reunion").asBoolean()).isTrue();
        JsonNode network = ok(p.get("network").asText());
        assertThat(network.get("nodes")).hasSize(3);
        assertThat(network.get("edges")).hasSize(2);
        JsonNode articles = ok(p.get("articles").asText() + "?size=2");
        assertThat(articles.get("total").asInt()).isEqualTo(4);
        assertThat(articles.get("items")).hasSize(2);
        assertThat(ok(p.get("comments").asText()).get("items")).isEmpty();
    }

    @Test
    void aWorkHasItsCastCameosApartAndCredits() {
        JsonNode w = ok("/api/works/" + harbor);

        assertThat(texts(w.get("cast"), "/person/name")).containsExactly("Baek Do-yun", "Moon Seo-jin");
        assertThat(texts(w.get("cast"), "/characters/0/name")).containsExactly("Lee Jun", "Kang Ha-ri");
        assertThat(w.get("cameos")).isEmpty();
        assertThat(w.at("/writers/0/person/name").asText()).isEqualTo("Oh Min-ji");
        assertThat(w.at("/directors/0/person/name").asText()).isEqualTo("Park Tae-san");
        assertThat(w.at("/networks/0/org/name").asText()).isEqualTo("KBS2");
        JsonNode market = ok("/api/works/" + idOf("work", "night market"));
        assertThat(texts(market.get("cameos"), "/person/name")).containsExactly("Moon Seo-jin");
    }

    @Test
    void aCharacterInTwoWorksIsACrossover() {
        JsonNode c = ok("/api/characters/" + kangHaRi);

        assertThat(c.get("crossover").asBoolean()).isTrue();
        assertThat(texts(c.get("portrayals"), "/work/name")).containsExactly("Harbor Lights", "Night Market");
        assertThat(texts(c.get("portrayals"), "/cameo")).containsExactly("false", "true");
        assertThat(ok("/api/characters/" + idOf("character", "lee jun")).get("crossover").asBoolean()).isFalse();
    }

    @Test
    void aNetworkListsItsWorks() {
        JsonNode n = ok("/api/networks/" + kbs);

        assertThat(texts(n.get("works"), "/work/name")).containsExactly("Harbor Lights");
        assertThat(ok("/api/networks/" + kbs + "/articles").get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aFactHasAllItsSourcesAPageAtATime() {
        long fact = ok("/api/works/" + harbor).at("/writers/0/id").asLong();

        JsonNode f = ok("/api/facts/" + fact);
        assertThat(f.get("type").asText()).isEqualTo("wrote");
        assertThat(f.get("sourceCount").asInt()).isEqualTo(1);
        JsonNode sources = ok(f.get("sourcesApi").asText());
        assertThat(sources.at("/items/0/snippet").asText()).isEqualTo("Oh Min-ji wrote Harbor Lights.");
        assertThat(sources.at("/items/0/url").asText()).isEqualTo("/articles/harbor-lights-cast#s2");
    }

    @Test
    void searchFindsNamesWhateverTheirSpellingWithFacetsAndPaging() {
        JsonNode r = ok("/api/search?q=moon%20seojin");

        assertThat(r.at("/items/0/title").asText()).isEqualTo("Moon Seo-jin");
        assertThat(r.at("/items/0/url").asText()).isEqualTo("/people/moon-seo-jin-" + moon);
        assertThat(r.at("/facets/person").asInt()).isEqualTo(1);
        assertThat(r.at("/facets/article").asInt()).isEqualTo(4);
        JsonNode articles = ok("/api/search?q=moon%20seojin&type=article&size=3");
        assertThat(articles.get("items")).hasSize(3);
        assertThat(articles.at("/items/0/snippet").asText()).contains("<mark>");
        assertThat(articles.get("next").asText()).isEqualTo("/api/search?q=moon%20seojin&type=article&page=2&size=3");
    }

    @Test
    void unknownThingsAreJson404s() {
        error("/api/people/999999", 404);
        error("/api/people/" + harbor, 404); // a work is not a person
        error("/api/works/999999/articles", 404);
        error("/api/characters/999999/comments", 404);
        error("/api/people/999999/network", 404);
        error("/api/people/999999/costars", 404);
        error("/api/people/999999/photos", 404);
        error("/api/people/" + harbor + "/photos", 404);
        error("/api/networks/999999", 404);
        error("/api/works/999999/comments", 404);
        error("/api/articles/no-such-article", 404);
        error("/api/articles/~%21%21", 404);
        error("/api/articles/no-such-article/comments", 404);
        error("/api/facts/999999", 404);
        assertThat(error("/api/no-such-endpoint", 404).get("error").asText()).isEqualTo("Not Found");
    }

    @Test
    void aPagePastTheEndOfAListIsA404SayingHowLongTheListIs() {
        assertThat(ok("/api/articles?page=2&size=3").get("items")).hasSize(1);
        assertThat(error("/api/articles?page=3&size=3", 404).get("message").asText())
                .isEqualTo("There is no page 3: the list has 4 items (2 pages of 3).");
        assertThat(error("/api/articles?page=2", 404).get("message").asText())
                .isEqualTo("There is no page 2: the list has 4 items (1 page of 20).");
        error("/api/people/" + moon + "/articles?page=9", 404);
        error("/api/people/" + moon + "/photos?page=9", 404);
        error("/api/search?q=harbor&page=9", 404);
        long fact = ok("/api/works/" + harbor).at("/writers/0/id").asLong();
        error("/api/facts/" + fact + "/sources?page=9", 404);
        assertThat(ok("/api/search?q=qqqxqqq").get("total").asInt()).as("the first page of an empty list").isZero();
    }

    @Test
    void badParametersAreJson400sNamingTheParameterAndLogNoStackTrace() {
        PrintStream realErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            assertThat(error("/api/articles?page=0", 400).get("message").asText()).contains("'page'");
            assertThat(error("/api/articles?page=abc", 400).get("message").asText()).contains("'page'");
            assertThat(error("/api/articles?size=1000", 400).get("message").asText()).contains("'size'");
            assertThat(error("/api/people/" + moon + "/articles?size=-1", 400).get("message").asText()).contains("'size'");
            assertThat(error("/api/facts/1/sources?page=x", 400).get("message").asText()).contains("'page'");
            assertThat(error("/api/people/" + moon + "/photos?size=0", 400).get("message").asText()).contains("'size'");
            assertThat(error("/api/people/%C0", 400).get("message").asText()).startsWith("The request cannot be read");
            assertThat(error("/api/articles/%C0", 400).get("message").asText()).startsWith("The request cannot be read");
            assertThat(error("/api/people/abc", 400).get("message").asText())
                    .isEqualTo("path parameter 'id' must be a whole number, not 'abc'");
            assertThat(error("/api/works/abc/articles", 400).get("message").asText()).contains("'id'");
            assertThat(error("/api/facts/abc", 400).get("message").asText()).contains("'id'");
            assertThat(error("/api/facts/abc/sources", 400).get("message").asText()).contains("'id'");
            assertThat(error("/api/search", 400).get("message").asText()).contains("'q'");
            assertThat(error("/api/search?q=%20", 400).get("message").asText()).contains("'q'");
            assertThat(error("/api/search?q=a&type=film", 400).get("message").asText()).contains("'type'");
            assertThat(error("/api/search?q=" + "a".repeat(201), 400).get("message").asText()).contains("'q'");
            assertThat(error("/api/search?q=a&page=1000&size=100", 400).get("message").asText()).contains("'page'");
            assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("\tat ");
            // the control: what the server logs does land here
            org.slf4j.LoggerFactory.getLogger(Errors.class).error("control", new IllegalStateException("control"));
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("IllegalStateException: control");
        } finally {
            System.setErr(realErr);
        }
    }

    @Test
    void responsesCarryETagsAndAnUnchangedResourceIsNotSentAgain() {
        HttpResponse<String> first = site.get("/api/people/" + moon);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = site.get("/api/people/" + moon, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(site.get("/api/works/" + harbor, "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointAndEachOneAnswers() {
        JsonNode doc = ok("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);

        assertThat(paths).containsExactlyInAnyOrder("/api/home", "/api/articles", "/api/articles/{id}",
                "/api/articles/{id}/comments", "/api/people/{id}", "/api/people/{id}/articles",
                "/api/people/{id}/comments", "/api/people/{id}/costars", "/api/people/{id}/network",
                "/api/people/{id}/photos", "/api/works/{id}",
                "/api/works/{id}/articles", "/api/works/{id}/comments", "/api/characters/{id}",
                "/api/characters/{id}/articles", "/api/characters/{id}/comments", "/api/networks/{id}",
                "/api/networks/{id}/articles", "/api/networks/{id}/comments", "/api/facts/{id}",
                "/api/facts/{id}/sources", "/api/search");
        long fact = ok("/api/works/" + harbor).at("/writers/0/id").asLong();
        for (String path : paths) {
            String id = path.startsWith("/api/people") ? "" + moon : path.startsWith("/api/works") ? "" + harbor
                    : path.startsWith("/api/characters") ? "" + kangHaRi : path.startsWith("/api/networks") ? "" + kbs
                    : path.startsWith("/api/facts") ? "" + fact : "harbor-lights-cast";
            String url = path.replace("{id}", id) + (path.equals("/api/search") ? "?q=harbor" : "");
            ok(url);
            Iterator<String> verbs = doc.at("/paths/" + path.replace("/", "~1")).fieldNames();
            assertThat(verbs.next()).as(path).isEqualTo("get");
            assertThat(doc.at("/paths/" + path.replace("/", "~1") + "/get/responses/200")).as(path).isNotNull();
        }
    }

    @Test
    void healthAndMetricsReport() {
        JsonNode health = ok("/health");
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/store/articles").asInt()).isEqualTo(4);
        assertThat(health.at("/search/ready").asBoolean()).isTrue();
        assertThat(health.get("store").toString()).isEqualTo("{\"articles\":4}");
        assertThat(site.get("/health").body()).doesNotContain(site.store.file().map(f -> f.getFileName().toString())
                .orElse("jdbc:"));

        site.get("/api/people/" + moon);
        HttpResponse<String> metrics = site.get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body()).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/people/{id}\"")
                .contains("jvm_memory_used_bytes").contains("dramagraph_search_documents");
    }
}
