package org.dramagraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** One visitor of a test site: keeps cookies, reads pages with jsoup, posts forms with the page's token. */
final class Visitor {
    private final TestSite site;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String token;

    Visitor(TestSite site) {
        this.site = site;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The response to a GET. */
    HttpResponse<String> fetch(String path) {
        return send(HttpRequest.newBuilder(URI.create(site.base() + path)).GET().build());
    }

    /** The response to a request without a body, with headers given as name, value, name, value... */
    HttpResponse<String> fetch(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.base() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** A page, which must answer 200; its form token is kept for the next post. */
    Document page(String path) {
        HttpResponse<String> r = fetch(path);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        }
        Document doc = Jsoup.parse(r.body(), site.base() + path);
        String t = doc.select("input[name=_csrf]").attr("value");
        if (!t.isEmpty()) {
            token = t;
        }
        return doc;
    }

    /** Posts a form with the token of the last page read. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (token != null) {
            fields.putIfAbsent("_csrf", token);
        }
        return postRaw(path, fields);
    }

    /** Posts exactly these fields. */
    HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(site.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", site.base() + "/")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Logs in as the test site's editor. */
    void logIn() {
        page("/login");
        HttpResponse<String> r = post("/login", Map.of("name", TestSite.EDITOR, "password", TestSite.PASSWORD));
        if (r.statusCode() != 303) {
            throw new AssertionError("log-in answered " + r.statusCode());
        }
    }

    List<HttpCookie> cookies() {
        return cookies.getCookieStore().getCookies();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
