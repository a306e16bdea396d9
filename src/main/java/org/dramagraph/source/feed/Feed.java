package org.dramagraph.source.feed;

import java.util.List;

/**
 * An RSS or Atom feed as read.
 *
 * @param title the feed's title, possibly empty
 * @param items its items, in the feed's order
 */
public record Feed(String title, List<FeedItem> items) {
    public Feed {
        title = title == null ? "" : title.strip();
        items = List.copyOf(items);
    }
}
