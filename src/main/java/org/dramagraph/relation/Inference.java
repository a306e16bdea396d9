package org.dramagraph.relation;

import java.util.List;
import org.dramagraph.fact.Fact;

/**
 * A fact the relation stage read from an article, before it is tied to the article's text.
 *
 * @param confidence the calibrated probability that the fact is right
 * @param sentences  the sentences it was read from, the surest first; two when the inference spans
 *                   them (a person in one, the work they stand under in another)
 * @param rule       what read it ({@code learned:link+role} and the like, or a hand rule's name)
 */
public record Inference(Fact fact, double confidence, List<Integer> sentences, String rule) {
    public Inference {
        sentences = List.copyOf(sentences);
    }
}
