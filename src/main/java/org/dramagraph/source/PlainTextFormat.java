package org.dramagraph.source;

import java.io.IOException;
import java.util.List;

/** Plain text: the first non-blank line is the title, the rest is the body. */
final class PlainTextFormat implements ArticleFormat {
    @Override
    public void read(Input input, ArticleSink sink) throws IOException, BadInputException {
        String text = input.text();
        int start = 0;
        while (true) {
            int end = lineEnd(text, start);
            if (!text.substring(start, end).isBlank()) {
                String title = text.substring(start, end).strip();
                String body = end < text.length() ? text.substring(end + 1) : "";
                sink.article(new Article(input.defaultId(), input.name(), null, title, null, body, List.of()));
                return;
            }
            if (end >= text.length()) {
                throw new BadInputException("no text (only white space)");
            }
            start = end + 1;
        }
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
