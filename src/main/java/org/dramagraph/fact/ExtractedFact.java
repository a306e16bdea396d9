package org.dramagraph.fact;

/**
 * A fact of one article, with the evidence of the sentence that states it best.
 *
 * @param confidence how sure the extractor is of the fact in this article: every sentence that states
 *                   it adds to it ({@link Confidence#combine})
 */
public record ExtractedFact(Fact fact, Evidence evidence, double confidence) {
    /** A fact stated once: as sure as the evidence. */
    public ExtractedFact(Fact fact, Evidence evidence) {
        this(fact, evidence, evidence.confidence());
    }

    /** Whether the fact is sure enough to count as known; the others are kept but marked unconfirmed. */
    public boolean confirmed() {
        return confidence >= Confidence.THRESHOLD;
    }
}
