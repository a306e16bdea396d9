package org.dramagraph.graph;

import java.util.List;

/**
 * Someone who acted in the same works as a person.
 *
 * @param person the co-star
 * @param works  the works they shared, by name
 */
public record CoStar(Entity person, List<Entity> works) {
    public CoStar {
        works = List.copyOf(works);
    }

    /** Whether they met in more than one work: a reunion. */
    public boolean reunion() {
        return works.size() > 1;
    }
}
