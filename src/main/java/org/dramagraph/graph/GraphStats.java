package org.dramagraph.graph;

import java.util.Map;
import org.dramagraph.fact.FactType;

/**
 * Counts of what the store holds. The maps have an entry for every type, zero included.
 */
public record GraphStats(long articles, Map<EntityType, Long> entities, Map<FactType, Long> facts,
                         long evidence, long mentions, long photos) {
    public GraphStats {
        entities = Map.copyOf(entities);
        facts = Map.copyOf(facts);
    }

    /** All entities, whatever their type. */
    public long entityCount() {
        return entities.values().stream().mapToLong(Long::longValue).sum();
    }

    /** All facts, whatever their type. */
    public long factCount() {
        return facts.values().stream().mapToLong(Long::longValue).sum();
    }
}
