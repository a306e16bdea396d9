package org.dramagraph.graph;

import java.util.List;

/**
 * A person, their co-stars, and who acted with whom among them.
 *
 * @param center the person
 * @param people the person and their co-stars
 * @param links  pairs of them who shared works
 */
public record CoStarNetwork(Entity center, List<Entity> people, List<Link> links) {
    public CoStarNetwork {
        people = List.copyOf(people);
        links = List.copyOf(links);
    }

    /**
     * Two people who acted in the same works.
     *
     * @param a     one of them
     * @param b     the other
     * @param works the works they shared
     */
    public record Link(Entity a, Entity b, List<Entity> works) {
        public Link {
            works = List.copyOf(works);
        }
    }
}
