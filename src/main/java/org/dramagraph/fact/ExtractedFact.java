package org.dramagraph.fact;

import java.util.List;

/**
 * A fact of one article, with the sentences that state it.
 *
 * @param sources    the evidence, the surest sentence first; an inference that spans sentences (a person
 *                   in one, the work their section is about in another) lists each
 * @param confidence how sure the extractor is of the fact in this article, as a probability of being right
 */
public record ExtractedFact(Fact fact, List<Evidence> sources, double confidence) {
    public ExtractedFact {
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a fact needs at least one source: " + fact);
        }
    }

    /** A fact stated once: as sure as the evidence. */
    public ExtractedFact(Fact fact, Evidence evidence) {
        this(fact, List.of(evidence), evidence.confidence());
    }

    /** A fact stated in one sentence, with a confidence of its own. */
    public ExtractedFact(Fact fact, Evidence evidence, double confidence) {
        this(fact, List.of(evidence), confidence);
    }

    /** The surest evidence. */
    public Evidence evidence() {
        return sources.get(0);
    }

    /** Whether the fact is sure enough to count as known; the others are kept but marked unconfirmed. */
    public boolean confirmed() {
        return confidence >= Confidence.THRESHOLD;
    }
}
