package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.dramagraph.graph.StoreKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Comments, editors and the forms' protection, over HTTP. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class DiscussionTest {
    static final String ARTICLE = "/articles/harbor-lights-cast";

    @TempDir
    Path dir;

    @Parameter
    StoreKind kind;
    TestSite site;
    Visitor reader;

    @BeforeEach
    void start() {
        site = new TestSite(dir, kind);
        reader = new Visitor(site);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private HttpResponse<String> comment(Visitor who, String name, String text) {
        Document page = who.page(ARTICLE);
        Map<String, String> form = new java.util.LinkedHashMap<>();
        for (var input : page.select("form.comment-form input[type=hidden]")) {
            form.put(input.attr("name"), input.attr("value"));
        }
        form.put("name", name);
        form.put("text", text);
        return who.postRaw("/comments", form);
    }

    @Test
    void aCommentIsShownEscapedOnItsPageAndInTheApi() {
        HttpResponse<String> r = comment(reader, "Fan", "<script>alert('x')</script> & loved it");

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElse("")).isEqualTo(ARTICLE + "?comment=posted#comments");
        Document page = reader.page(ARTICLE + "?comment=posted");
        assertThat(page.select("p.notice").text()).contains("posted");
        assertThat(page.select("li.comment .body").text()).isEqualTo("<script>alert('x')</script> & loved it");
        assertThat(page.select("li.comment script")).isEmpty();
        assertThat(reader.fetch(ARTICLE).body()).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
        JsonNode api = TestSite.json(site.get("/api" + ARTICLE + "/comments"));
        assertThat(api.at("/items/0/text").asText()).isEqualTo("<script>alert('x')</script> & loved it");
        assertThat(api.at("/items/0/author").asText()).isEqualTo("Fan");
    }

    @Test
    void aCommentWithALinkWaitsForAnEditorWhoCanShowIt() {
        HttpResponse<String> r = comment(reader, "Seller", "cheap tickets at https://spam.example/now");
        assertThat(r.headers().firstValue("Location").orElse("")).contains("comment=held");
        assertThat(reader.page(ARTICLE).select("li.comment")).isEmpty();

        Visitor editor = new Visitor(site);
        editor.logIn();
        Document desk = editor.page("/editor");
        assertThat(desk.select("#held li.comment .body").text()).contains("https://spam.example/now");
        String action = desk.selectFirst("#held form").attr("action");
        assertThat(editor.post(action, Map.of("status", "visible", "back", "/editor")).statusCode()).isEqualTo(303);
        assertThat(reader.page(ARTICLE).select("li.comment .body").text()).contains("cheap tickets");
    }

    @Test
    void commentsOnEntityPagesWorkAlike() {
        String moon = TestSite.json(site.get("/api/search?type=person&q=moon")).at("/items/0/url").asText();
        Document page = reader.page(moon);
        Map<String, String> form = new java.util.LinkedHashMap<>();
        page.select("form.comment-form input[type=hidden]").forEach(i -> form.put(i.attr("name"), i.attr("value")));
        form.put("name", "Viewer");
        form.put("text", "Best in Harbor Lights.");

        assertThat(reader.postRaw("/comments", form).statusCode()).isEqualTo(303);
        assertThat(reader.page(moon).select("li.comment .body").text()).isEqualTo("Best in Harbor Lights.");
        String api = TestSite.json(site.get(moon.replace("/people/moon-seo-jin-", "/api/people/"))).get("comments").asText();
        assertThat(TestSite.json(site.get(api)).get("items")).hasSize(1);
    }

    @Test
    void badCommentsAreRefusedWithTheReason() {
        HttpResponse<String> empty = comment(reader, "Fan", "   ");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(empty.body()).select("p.notice").text()).contains("write something");
        assertThat(comment(reader, "Fan", "x".repeat(2001)).statusCode()).isEqualTo(400);
        assertThat(comment(reader, "", "hello").statusCode()).isEqualTo(400);
        Map<String, String> bogus = Map.of("target", "article", "id", "no-such-article", "name", "a", "text", "b");
        reader.page(ARTICLE);
        assertThat(reader.post("/comments", bogus).statusCode()).isEqualTo(404);
        assertThat(reader.page(ARTICLE).select("li.comment")).isEmpty();
    }

    @Test
    void commentsAreRateLimitedPerClient(@TempDir Path other) {
        try (TestSite strict = new TestSite(other, kind, 3)) {
            Visitor fan = new Visitor(strict);
            for (int i = 0; i < 3; i++) {
                assertThat(comment(fan, "Fan", "comment " + i).statusCode()).isEqualTo(303);
            }
            HttpResponse<String> fourth = comment(fan, "Fan", "one too many");
            assertThat(fourth.statusCode()).isEqualTo(429);
            assertThat(fourth.headers().firstValue("Retry-After")).as("Javalin's limiter clears its counts each minute")
                    .contains("60");
            assertThat(fan.page(ARTICLE).select("li.comment")).hasSize(3);
        }
    }

    @Test
    void formsWithoutTheTokenOfThisBrowserAreRefused() {
        reader.page(ARTICLE);
        Map<String, String> form = Map.of("target", "article", "id", "harbor-lights-cast", "name", "a", "text", "b");
        assertThat(reader.postRaw("/comments", form).statusCode()).as("no token").isEqualTo(403);
        Map<String, String> forged = new java.util.LinkedHashMap<>(form);
        forged.put("_csrf", "forged");
        assertThat(reader.postRaw("/comments", forged).statusCode()).as("a forged token").isEqualTo(403);
        Visitor other = new Visitor(site);
        Document otherPage = other.page(ARTICLE);
        Map<String, String> stolen = new java.util.LinkedHashMap<>(form);
        stolen.put("_csrf", otherPage.select("input[name=_csrf]").attr("value"));
        assertThat(reader.postRaw("/comments", stolen).statusCode()).as("another browser's token").isEqualTo(403);
        assertThat(reader.postRaw("/login", Map.of("name", TestSite.EDITOR, "password", TestSite.PASSWORD))
                .statusCode()).as("log-in too").isEqualTo(403);
        assertThat(reader.page(ARTICLE).select("li.comment")).isEmpty();
    }

    @Test
    void editorsLogInWithTheirPasswordIntoAnHttpOnlySameSiteSession() {
        assertThat(reader.fetch("/editor").statusCode()).isEqualTo(401);
        reader.page("/login");
        HttpResponse<String> wrong = reader.post("/login", Map.of("name", TestSite.EDITOR, "password", "guess"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(wrong.body()).select("p.notice").text()).contains("do not match");
        assertThat(reader.post("/login", Map.of("name", "nobody", "password", TestSite.PASSWORD)).statusCode())
                .isEqualTo(401);

        String before = reader.page("/login").select("input[name=_csrf]").attr("value");
        HttpResponse<String> right = reader.post("/login", Map.of("name", TestSite.EDITOR, "password", TestSite.PASSWORD));
        assertThat(right.statusCode()).isEqualTo(303);
        String after = reader.page("/editor").select("input[name=_csrf]").attr("value");
        assertThat(after).as("a fresh token at log-in").isNotEmpty().isNotEqualTo(before);
        assertThat(reader.postRaw("/logout", Map.of("_csrf", before)).statusCode()).as("the old token").isEqualTo(403);
        String setCookie = right.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("dg_session="))
                .findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(reader.page("/editor").select("h1").text()).isEqualTo("Editor's desk");
        assertThat(reader.cookies()).extracting(HttpCookie::getName).contains("dg_session", Csrf.COOKIE);

        reader.page("/");
        assertThat(reader.post("/logout", Map.of()).statusCode()).isEqualTo(303);
        assertThat(reader.fetch("/editor").statusCode()).isEqualTo(401);
    }

    @Test
    void anEditorRejectsAFactAndItLeavesEveryPageAndTheApi() {
        String harbor = "/api/works/" + TestSite.json(site.get("/api/search?type=work&q=harbor+lights")).at("/items/0/id").asText();
        long fact = TestSite.json(site.get(harbor)).at("/writers/0/id").asLong();
        assertThat(reader.page(ARTICLE).select("#facts li.fact[data-fact=" + fact + "]")).hasSize(1);

        Visitor editor = new Visitor(site);
        editor.logIn();
        Document page = editor.page(ARTICLE);
        String action = page.selectFirst("li.fact[data-fact=" + fact + "] form.review").attr("action");
        assertThat(reader.post(action, Map.of("decision", "reject")).statusCode()).as("not an editor").isEqualTo(401);
        HttpResponse<String> rejected = editor.post(action, Map.of("decision", "reject"));
        assertThat(rejected.statusCode()).isEqualTo(303);
        assertThat(rejected.headers().firstValue("Location")).as("back to the page the form was on").contains("/");

        assertThat(reader.page(ARTICLE).select("#facts li.fact[data-fact=" + fact + "]")).isEmpty();
        assertThat(reader.page(ARTICLE).select("mark#s2")).as("its evidence is no longer marked").isEmpty();
        assertThat(TestSite.json(site.get(harbor)).get("writers")).isEmpty();
        assertThat(site.get("/api/facts/" + fact).statusCode()).isEqualTo(404);
        assertThat(editor.page("/editor").select("#reviews td").first().text()).isEqualTo("wrote: Oh Min-ji, Harbor Lights");

        // taken back, it returns
        String undo = editor.page("/editor").selectFirst("#reviews form").attr("action");
        assertThat(editor.post(undo, Map.of("key", editor.page("/editor").selectFirst("#reviews input[name=key]")
                .attr("value"))).statusCode()).isEqualTo(303);
        assertThat(TestSite.json(site.get(harbor)).get("writers")).hasSize(1);
    }

    @Test
    void anEditorHidesAComment() {
        comment(reader, "Troll", "rude words");
        Visitor editor = new Visitor(site);
        editor.logIn();
        Document page = editor.page(ARTICLE);
        String hide = page.selectFirst("li.comment form").attr("action");

        assertThat(editor.post(hide, Map.of("status", "hidden", "back", ARTICLE)).statusCode()).isEqualTo(303);
        assertThat(reader.page(ARTICLE).select("li.comment")).isEmpty();
        assertThat(editor.page("/editor").select("#hidden li.comment .body").text()).isEqualTo("rude words");
        assertThat(editor.post("/editor/comments/99999", Map.of("status", "hidden")).statusCode()).isEqualTo(404);
        assertThat(editor.post(hide, Map.of("status", "deleted")).statusCode()).isEqualTo(400);
    }
}
