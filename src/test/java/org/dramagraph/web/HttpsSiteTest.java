package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site whose public address is HTTPS, served here over plain HTTP as a TLS-ending proxy would reach it: its
 * cookies are sent back only over HTTPS, and browsers are told to use nothing else.
 */
class HttpsSiteTest {
    private static final String PUBLIC = "https://dramagraph.example";

    @TempDir
    Path dir;

    private static String cookie(HttpResponse<String> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + r.headers().map()));
    }

    private static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    @Test
    void cookiesAreSecureAndEveryResponseAsksForHttpsOnly() {
        try (TestSite site = new TestSite(dir, c -> c.withPublicUrl(PUBLIC))) {
            HttpResponse<String> form = site.get("/login");
            assertThat(form.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
            assertThat(site.get("/api/home").headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
            String csrf = cookie(form, Csrf.COOKIE);
            assertThat(csrf).contains("; Secure").containsIgnoringCase("HttpOnly");

            String token = Jsoup.parse(form.body()).select("input[name=_csrf]").attr("value");
            String body = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&name=" + TestSite.EDITOR
                    + "&password=" + URLEncoder.encode(TestSite.PASSWORD, StandardCharsets.UTF_8);
            HttpResponse<String> login = site.send(HttpRequest.newBuilder(URI.create(site.base() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", Csrf.COOKIE + "=" + value(csrf))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());

            assertThat(login.statusCode()).isEqualTo(303);
            assertThat(cookie(login, "dg_session")).contains("; Secure").containsIgnoringCase("HttpOnly");
            assertThat(cookie(login, Csrf.COOKIE)).as("a fresh token at log-in").contains("; Secure")
                    .doesNotContain(value(csrf));
        }
    }

    @Test
    void aPlainSiteSetsNoSecureCookiesAndNoHsts() {
        try (TestSite site = new TestSite(dir)) {
            HttpResponse<String> form = site.get("/login");
            assertThat(form.headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(cookie(form, Csrf.COOKIE)).doesNotContain("Secure");
            assertThat(site.get("/").headers().allValues("Strict-Transport-Security")).isEmpty();
        }
    }
}
