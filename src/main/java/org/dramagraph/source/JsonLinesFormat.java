package org.dramagraph.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;

/**
 * JSON Lines: one article object per line, streamed so a file of any size can be read. A bad
 * line is reported as {@code file:line} and the other lines are still read. A file whose first
 * object has no {@code text} holds something else than articles (facts, say) and is skipped with
 * one problem. Articles without an id are named after the file and their line ({@code feed-12}).
 */
final class JsonLinesFormat implements ArticleFormat {
    /** After this many bad lines in one file the rest are counted, not listed. */
    static final int MAX_REPORTED_LINES = 10;

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public void read(Input input, ArticleSink sink) throws IOException, BadInputException {
        LineReader lines = input.lines();
        int articles = 0;
        int bad = 0;
        int notArticles = 0;
        while (true) {
            int number = lines.lineNumber() + 1;
            try {
                JsonNode node = next(lines, number);
                if (node == null) {
                    break;
                }
                if (node.isMissingNode()) {
                    continue;
                }
                if (articles == 0 && bad == 0 && node.isObject() && !node.has("text")) {
                    notArticles = number;
                    break;
                }
                sink.article(JsonArticles.toArticle(node, input.defaultId() + "-" + number, input.name() + ":" + number));
                articles++;
            } catch (BadInputException e) {
                bad++;
                if (bad <= MAX_REPORTED_LINES) {
                    sink.problem(new InputProblem(input.name(), number, e.getMessage()));
                }
            }
        }
        if (notArticles > 0) {
            throw new BadInputException(notArticles, "JSON Lines without a \"text\" field, not articles; file skipped");
        }
        if (bad > MAX_REPORTED_LINES) {
            sink.problem(new InputProblem(input.name(), 0,
                    (bad - MAX_REPORTED_LINES) + " more bad lines not listed (" + bad + " in all)", bad - MAX_REPORTED_LINES));
        }
        if (articles == 0 && bad == 0) {
            throw new BadInputException("no JSON lines (only white space)");
        }
    }

    /** The next line's value: {@code null} at the end, a missing node for a blank line. */
    private static JsonNode next(LineReader lines, int number) throws IOException, BadInputException {
        byte[] bytes = lines.next();
        if (bytes == null) {
            return null;
        }
        String line = Utf8.decode(bytes, 0, bytes.length, number, lines.lineOffset()).strip();
        if (line.isEmpty()) {
            return MissingNode.getInstance();
        }
        try {
            return JsonArticles.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadInputException(number, JsonArticles.describe(e));
        }
    }
}
