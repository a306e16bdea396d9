package org.dramagraph.train;

import java.util.List;
import org.dramagraph.extract.Analysis;
import org.dramagraph.fact.Fact;

/** An annotated article read up to its entities, before any trained model has typed them, with its gold facts. */
public record LabelledArticle(String id, Analysis analysis, List<Fact> gold) {
    public LabelledArticle {
        gold = List.copyOf(gold);
    }

    GoldLabels labels() {
        return labels(analysis);
    }

    /** The gold's answers about another analysis of the same article (its entities typed otherwise). */
    GoldLabels labels(Analysis other) {
        return new GoldLabels(gold, other.names());
    }
}
