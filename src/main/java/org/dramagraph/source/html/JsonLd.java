package org.dramagraph.source.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in its JSON-LD scripts, if any: the first object (also
 * inside {@code @graph} or arrays) whose {@code @type} is an article type (Article, NewsArticle,
 * BlogPosting, ReportageNews...). Broken JSON is skipped, as browsers and search engines do.
 */
final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode article;

    private JsonLd(JsonNode article) {
        this.article = article;
    }

    /** Reads the page's JSON-LD scripts; call before the scripts are cleaned away. */
    static JsonLd of(TagIndex index) {
        for (Element script : index.get("script")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return new JsonLd(found);
                }
            } catch (JsonProcessingException e) {
                // Malformed JSON-LD is common; the page's other metadata still applies.
            }
        }
        return new JsonLd(null);
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticleType(node.path("@type"))) {
            return node;
        }
        return findArticle(node.get("@graph"));
    }

    private static boolean isArticleType(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText("").toLowerCase(Locale.ROOT);
        return t.endsWith("article") || t.equals("blogposting") || t.equals("reportagenews")
                || t.equals("liveblogposting") || t.equals("posting");
    }

    /** A text property of the article, or null. */
    String text(String property) {
        if (article == null) {
            return null;
        }
        JsonNode n = article.get(property);
        if (n != null && n.isArray() && !n.isEmpty()) {
            n = n.get(0);
        }
        return n != null && n.isValueNode() && !n.asText().isBlank() ? n.asText().strip() : null;
    }

    /** The names of the article's authors (persons or organisations), in order. */
    List<String> authors() {
        List<String> names = new ArrayList<>();
        if (article == null) {
            return names;
        }
        JsonNode author = article.get("author");
        if (author == null) {
            return names;
        }
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isTextual() ? a.asText() : a.path("name").asText("");
            if (!name.isBlank() && !names.contains(name.strip())) {
                names.add(name.strip());
            }
        }
        return names;
    }
}
