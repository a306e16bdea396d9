package org.dramagraph.graph;

import java.time.Instant;
import java.util.Optional;
import org.dramagraph.source.feed.FeedItem;
import org.dramagraph.source.feed.FeedMemory;
import org.dramagraph.source.feed.ItemOutcome;
import org.dramagraph.source.fetch.CacheValidators;

/** Feed following's memory in the store's {@code feed} and {@code feed_item} tables, each change its own transaction. */
final class FeedLog implements FeedMemory {
    private final GraphStore graph;
    private final Sql db;

    FeedLog(GraphStore graph, Sql db) {
        this.graph = graph;
        this.db = db;
    }

    @Override
    public CacheValidators validators(String feed) {
        return graph.read(() -> db.one("SELECT etag, last_modified FROM feed WHERE url = ?",
                rs -> new CacheValidators(rs.getString(1), rs.getString(2)), feed).orElse(CacheValidators.NONE));
    }

    @Override
    public void feedRead(String feed, CacheValidators validators) {
        graph.change("feed " + feed, () -> {
            Object[] values = {validators.etag(), validators.lastModified(), Instant.now().toString(), feed};
            if (db.update("UPDATE feed SET etag = ?, last_modified = ?, read_at = ? WHERE url = ?", values) == 0) {
                db.update("INSERT INTO feed (etag, last_modified, read_at, url) VALUES (?, ?, ?, ?)", values);
            }
            return null;
        });
    }

    @Override
    public Optional<ItemOutcome> outcome(String feed, FeedItem item) {
        return graph.read(() -> {
            Optional<ItemOutcome> own = db.one("SELECT outcome FROM feed_item WHERE feed_url = ? AND item_key = ?",
                    rs -> ItemOutcome.valueOf(rs.getString(1)), feed, item.key());
            if (own.isPresent() || item.link() == null) {
                return own;
            }
            return db.one("SELECT 1 FROM feed_item WHERE link = ? AND outcome = 'PAGE' LIMIT 1",
                    rs -> ItemOutcome.PAGE, item.link());
        });
    }

    @Override
    public void itemRead(String feed, FeedItem item, String articleId, ItemOutcome outcome) {
        graph.change("feed item " + item.key(), () -> {
            Object[] values = {item.link(), articleId, outcome.name(), Instant.now().toString(), feed, item.key()};
            if (db.update("UPDATE feed_item SET link = ?, article_id = ?, outcome = ?, read_at = ?"
                    + " WHERE feed_url = ? AND item_key = ?", values) == 0) {
                db.update("INSERT INTO feed_item (link, article_id, outcome, read_at, feed_url, item_key)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", values);
            }
            return null;
        });
    }
}
