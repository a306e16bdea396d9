package org.dramagraph.source.feed;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dramagraph.source.fetch.CacheValidators;

/** A feed memory in a map, for tests of the follower alone (the store's own is tested with the store). */
final class MemoryOfTest implements FeedMemory {
    final Map<String, CacheValidators> feeds = new HashMap<>();
    final Map<String, ItemOutcome> items = new HashMap<>();

    @Override
    public CacheValidators validators(String feed) {
        return feeds.getOrDefault(feed, CacheValidators.NONE);
    }

    @Override
    public void feedRead(String feed, CacheValidators validators) {
        feeds.put(feed, validators);
    }

    @Override
    public Optional<ItemOutcome> outcome(String feed, FeedItem item) {
        return Optional.ofNullable(items.get(feed + " " + item.key()));
    }

    @Override
    public void itemRead(String feed, FeedItem item, String articleId, ItemOutcome outcome) {
        items.put(feed + " " + item.key(), outcome);
    }
}
