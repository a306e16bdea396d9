package org.dramagraph.source.feed;

import java.util.Optional;
import org.dramagraph.source.fetch.CacheValidators;

/**
 * What a feed follower remembers between runs: each feed's cache validators and the items it has
 * read. The knowledge graph keeps it in its store, so that a run reads only what is new.
 */
public interface FeedMemory {
    /** The validators of the feed's last successful read, or {@link CacheValidators#NONE}. */
    CacheValidators validators(String feed);

    /** Records that the feed was read whole, with the validators of that response. */
    void feedRead(String feed, CacheValidators validators);

    /**
     * How an item was read before: by its key in this feed, else, for an item whose page another feed
     * already fetched, {@link ItemOutcome#PAGE}. Empty for an item never read.
     */
    Optional<ItemOutcome> outcome(String feed, FeedItem item);

    /** Records how an item was read and the id of the article it gave. */
    void itemRead(String feed, FeedItem item, String articleId, ItemOutcome outcome);
}
