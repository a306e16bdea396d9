package org.dramagraph.graph;

import java.util.List;

/**
 * An article with what the graph read from it.
 *
 * @param article  its headline, date and address
 * @param text     its cleaned text
 * @param mentions names in the cleaned text linked to entities, by offset
 * @param facts    the facts it is a source of (those an editor rejected left out), each with a few sources
 * @param evidence where in it each of those facts was read
 * @param photos   its photos, in order, each with the people its caption names
 */
public record ArticleView(ArticleSummary article, String text, List<ArticleMention> mentions, List<GraphFact> facts,
                          List<ArticleEvidence> evidence, List<ArticlePhoto> photos) {
    public ArticleView {
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
        evidence = List.copyOf(evidence);
        photos = List.copyOf(photos);
    }
}
