package org.dramagraph.graph;

/**
 * What storing one article did.
 *
 * @param articleId    the id the article is stored under (for a duplicate: the copy already stored)
 * @param outcome      new, unchanged or updated
 * @param facts        distinct facts this article is now a source of
 * @param factsAdded   facts the graph did not hold before
 * @param factsRemoved facts that lost their last source when an updated article replaced its evidence
 */
public record IngestResult(String articleId, Outcome outcome, int facts, int factsAdded, int factsRemoved) {
    /** What happened to an article. */
    public enum Outcome {
        /** First time the store sees this article. */
        NEW,
        /** The store already holds this content (under this id or another); nothing changed. */
        UNCHANGED,
        /** A known id with new content: its evidence, mentions and photos were replaced. */
        UPDATED
    }
}
