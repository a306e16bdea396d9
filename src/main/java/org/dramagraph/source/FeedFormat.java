package org.dramagraph.source;

import java.io.IOException;
import java.util.Optional;
import org.dramagraph.source.feed.Feed;
import org.dramagraph.source.feed.FeedItem;
import org.dramagraph.source.feed.FeedParser;
import org.dramagraph.source.feed.ItemArticles;
import org.dramagraph.source.feed.MalformedFeedException;
import org.dramagraph.source.html.HtmlArticleExtractor;

/**
 * A saved RSS or Atom feed read as a file: each item is an article made of the feed's own text
 * for it (its content, else its description). Nothing is fetched; {@code ingest --feed} follows the
 * items' links instead.
 */
final class FeedFormat implements ArticleFormat {
    private final FeedParser parser = new FeedParser();
    private final ItemArticles items = new ItemArticles(new HtmlArticleExtractor());

    @Override
    public void read(Input input, ArticleSink sink) throws IOException, BadInputException {
        Feed feed;
        try {
            feed = parser.parse(input.bytes(), null, null);
        } catch (MalformedFeedException e) {
            throw new BadInputException("not a readable RSS or Atom feed: " + e.getMessage());
        }
        if (feed.items().isEmpty()) {
            throw new BadInputException("a feed without items");
        }
        for (FeedItem item : feed.items()) {
            Optional<Article> article = items.fromSummary(item, input.name());
            if (article.isPresent()) {
                sink.article(article.get());
            } else {
                sink.problem(new InputProblem(input.name(), 0, "item " + (item.link() != null ? item.link() : item.key())
                        + ": the feed gives no text for it (ingest --feed fetches the pages of a feed's items)"));
            }
        }
    }
}
