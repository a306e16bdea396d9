package org.dramagraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dramagraph.graph.EntityNames;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.graph.IndexedArticle;

/**
 * Brings a {@link SearchIndex} in line with a store: articles whose content hash changed (or that are new) are
 * indexed again, articles no longer stored are removed, and the entities are indexed anew, since their names and
 * article counts follow the articles. A store whose {@link org.dramagraph.graph.ArticleCatalog#changeMark()} is
 * the same as at the last sync is left alone. One sync runs at a time.
 */
public final class IndexSync {
    /** Below this many changed articles, each is read by its id; above, all are read in id order. */
    private static final int ONE_BY_ONE = 1_000;
    private static final int BATCH = 500;

    private final SearchIndex index;
    private String lastMark;

    /** Keeps {@code index} in line with stores passed to {@link #sync}. */
    public IndexSync(SearchIndex index) {
        this.index = index;
    }

    /**
     * What one sync did.
     *
     * @param indexed  articles indexed (new or changed)
     * @param removed  articles removed
     * @param entities entities indexed (0 when no article changed)
     */
    public record Report(int indexed, int removed, int entities) {
    }

    /** Syncs if the store changed since the last sync (always, the first time). */
    public synchronized Report sync(GraphStore store) {
        String mark = store.articles().changeMark();
        if (mark.equals(lastMark)) {
            return new Report(0, 0, 0);
        }
        try {
            Report report = syncArticles(store);
            int entities = report.indexed() + report.removed() > 0 || lastMark == null ? reindexEntities(store) : 0;
            index.commit();
            lastMark = mark;
            return new Report(report.indexed(), report.removed(), entities);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index: " + e.getMessage(), e);
        }
    }

    private Report syncArticles(GraphStore store) throws IOException {
        Map<String, String> stored = store.articles().hashes();
        Map<String, String> indexed = index.articleHashes();
        int removed = 0;
        for (String id : indexed.keySet()) {
            if (!stored.containsKey(id)) {
                index.deleteArticle(id);
                removed++;
            }
        }
        Set<String> changed = new HashSet<>();
        stored.forEach((id, hash) -> {
            if (!hash.equals(indexed.get(id))) {
                changed.add(id);
            }
        });
        if (changed.size() <= ONE_BY_ONE) {
            for (String id : changed) {
                Optional<IndexedArticle> a = store.articles().forIndex(id);
                if (a.isPresent()) {
                    index.put(a.get());
                }
            }
        } else {
            String after = "";
            for (List<IndexedArticle> batch = store.articles().forIndex(after, BATCH); !batch.isEmpty();
                 batch = store.articles().forIndex(after, BATCH)) {
                for (IndexedArticle a : batch) {
                    if (changed.contains(a.id())) {
                        index.put(a);
                    }
                }
                after = batch.get(batch.size() - 1).id();
            }
        }
        return new Report(changed.size(), removed, 0);
    }

    private int reindexEntities(GraphStore store) throws IOException {
        index.deleteEntities();
        int n = 0;
        long after = 0;
        for (List<EntityNames> batch = store.entities().forIndex(after, BATCH); !batch.isEmpty();
             batch = store.entities().forIndex(after, BATCH)) {
            for (EntityNames e : batch) {
                index.put(e);
                n++;
            }
            after = batch.get(batch.size() - 1).entity().id();
        }
        return n;
    }
}
