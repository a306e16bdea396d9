package org.dramagraph.graph;

import java.util.List;
import org.dramagraph.fact.Confidence;
import org.dramagraph.fact.FactType;

/**
 * A fact as the graph holds it: its entities and its sources. Fields a type does not use are
 * {@code null}; a quote's speaker is {@code person} and its words are {@code quote}.
 *
 * @param sources     its sources, all of them or the first few when the reader asked for a limit
 * @param sourceCount how many sources it has in all
 * @param confidence  how sure all its sources together make it, between 0 and 1 (independent witnesses:
 *                    {@link Confidence#combine})
 * @param confirmed   whether an editor confirmed it (facts an editor rejected are never read)
 */
public record GraphFact(long id, FactType type, Entity person, Entity character, Entity work, Entity org,
                        String quote, List<Source> sources, int sourceCount, double confidence, boolean confirmed) {
    public GraphFact {
        sources = List.copyOf(sources);
    }

    /**
     * Whether the fact is kept but not to be taken as known: its sources together are less sure than
     * {@link Confidence#THRESHOLD} and no editor confirmed it.
     */
    public boolean unconfirmed() {
        return !confirmed && confidence < Confidence.THRESHOLD;
    }
}
