package org.dramagraph.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON article object of the evaluation format:
 * {@code {"id", "url", "published", "title", "text"}}, of which only {@code text} is required.
 */
final class JsonArticles {
    /** Rejects trailing content, so two objects in a {@code .json} file are an error, not a silent loss. */
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonArticles() {
    }

    /**
     * Maps one parsed object to an article.
     *
     * @param defaultId the id when the object has none
     * @param origin    where the object was read, for {@link Article#origin()}
     */
    static Article toArticle(JsonNode node, String defaultId, String origin) throws BadInputException {
        if (!node.isObject()) {
            throw new BadInputException("expected a JSON object with a \"text\" field, found " + kind(node));
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new BadInputException("no \"text\" field");
        }
        if (!text.isTextual()) {
            throw new BadInputException("\"text\" is " + kind(text) + ", not a string");
        }
        if (text.asText().isBlank()) {
            throw new BadInputException("\"text\" is empty");
        }
        String id = scalar(node.get("id"));
        return new Article(id == null || id.isBlank() ? defaultId : id.strip(), origin, scalar(node.get("url")),
                scalar(node.get("title")), date(scalar(node.get("published"))), text.asText(), List.of());
    }

    /** The one-line message of a parse error, without Jackson's source excerpt. */
    static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int nl = message.indexOf('\n');
        return "malformed JSON: " + (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /** A date from "2024-04-01" or an ISO date-time; anything else is unknown ({@code null}), not an error. */
    static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String scalar(JsonNode node) {
        return node == null || !node.isValueNode() || node.isNull() ? null : node.asText();
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
