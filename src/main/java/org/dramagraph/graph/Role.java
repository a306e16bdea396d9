package org.dramagraph.graph;

import java.util.List;

/**
 * A person's part in one work: the characters they play there, whether it is a cameo, and the cast,
 * plays and cameo facts that say so, with their sources.
 */
public record Role(Entity person, Entity work, List<Entity> characters, boolean cameo, List<GraphFact> facts) {
    public Role {
        characters = List.copyOf(characters);
        facts = List.copyOf(facts);
    }
}
