package org.dramagraph.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * JSON Lines: one article object per line, streamed so a file of any size can be read. A bad
 * line is reported as {@code file:line} and the other lines are still read. Articles without an
 * id are named after the file and their line ({@code feed-12}).
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
        while (true) {
            int number = lines.lineNumber() + 1;
            try {
                byte[] bytes = lines.next();
                if (bytes == null) {
                    break;
                }
                String line = Utf8.decode(bytes, 0, bytes.length, number, lines.lineOffset()).strip();
                if (line.isEmpty()) {
                    continue;
                }
                sink.article(JsonArticles.toArticle(parse(line, number), input.defaultId() + "-" + number,
                        input.name() + ":" + number));
                articles++;
            } catch (BadInputException e) {
                bad++;
                if (bad <= MAX_REPORTED_LINES) {
                    sink.problem(new InputProblem(input.name(), number, e.getMessage()));
                }
            }
        }
        if (bad > MAX_REPORTED_LINES) {
            sink.problem(new InputProblem(input.name(), 0,
                    (bad - MAX_REPORTED_LINES) + " more bad lines not listed (" + bad + " in all)"));
        }
        if (articles == 0 && bad == 0) {
            throw new BadInputException("no JSON lines (only white space)");
        }
    }

    private static JsonNode parse(String line, int number) throws BadInputException {
        try {
            return JsonArticles.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadInputException(number, JsonArticles.describe(e));
        }
    }
}
