package org.dramagraph.graph;

import java.util.List;

/**
 * An entity with every spelling of its name and how many articles name it, as a search index takes it.
 *
 * @param entity   the entity
 * @param aliases  every spelling the sources use
 * @param articles how many articles name it
 */
public record EntityNames(Entity entity, List<String> aliases, long articles) {
    public EntityNames {
        aliases = List.copyOf(aliases);
    }
}
