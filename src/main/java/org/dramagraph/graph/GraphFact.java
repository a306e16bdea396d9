package org.dramagraph.graph;

import java.util.List;
import org.dramagraph.relation.FactType;

/**
 * A fact as the graph holds it: its entities and all of its sources. Fields a type does not use are
 * {@code null}; a quote's speaker is {@code person} and its words are {@code quote}.
 */
public record GraphFact(long id, FactType type, Entity person, Entity character, Entity work, Entity org,
                        String quote, List<Source> sources) {
    public GraphFact {
        sources = List.copyOf(sources);
    }
}
