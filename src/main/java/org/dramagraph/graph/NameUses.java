package org.dramagraph.graph;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Counts how often one article writes each spelling, for the {@code name_use} table. */
final class NameUses {
    private final Map<Long, Integer> byAlias = new LinkedHashMap<>();
    private final Set<Long> entities = new LinkedHashSet<>();

    void add(EntityResolver.Resolved name) {
        byAlias.merge(name.aliasId(), 1, Integer::sum);
        entities.add(name.entityId());
    }

    /** The entities the article names. */
    Set<Long> entities() {
        return entities;
    }

    /** Records the uses for the article and adds them to each alias's total. */
    void save(Sql db, String articleId) throws SQLException {
        for (Map.Entry<Long, Integer> e : byAlias.entrySet()) {
            db.update("INSERT INTO name_use (article_id, alias_id, uses) VALUES (?, ?, ?)",
                    articleId, e.getKey(), e.getValue());
            db.update("UPDATE alias SET uses = uses + ? WHERE id = ?", e.getValue(), e.getKey());
        }
    }
}
