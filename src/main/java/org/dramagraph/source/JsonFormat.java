package org.dramagraph.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * A JSON file holding one article object, or an array of them. In an array, an item that is not
 * an article is reported and the other items are still read.
 */
final class JsonFormat implements ArticleFormat {
    @Override
    public void read(Input input, ArticleSink sink) throws IOException, BadInputException {
        String text = input.text();
        JsonNode root;
        try {
            root = JsonArticles.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            boolean trailing = e instanceof MismatchedInputException && e.getOriginalMessage().startsWith("Trailing token");
            throw new BadInputException(line, trailing
                    ? "more than one JSON value (for one article per line, name the file .jsonl)"
                    : JsonArticles.describe(e));
        }
        if (root == null || root.isMissingNode()) {
            throw new BadInputException("no JSON value");
        }
        if (!root.isArray()) {
            sink.article(JsonArticles.toArticle(root, input.defaultId(), input.name()));
            return;
        }
        if (root.isEmpty()) {
            throw new BadInputException("empty JSON array, no articles");
        }
        for (int i = 0; i < root.size(); i++) {
            String item = "[" + i + "]";
            try {
                sink.article(JsonArticles.toArticle(root.get(i), input.defaultId() + "-" + (i + 1),
                        input.name() + item));
            } catch (BadInputException e) {
                sink.problem(new InputProblem(input.name(), 0, "item " + item + ": " + e.getMessage()));
            }
        }
    }
}
