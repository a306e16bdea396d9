package org.dramagraph.graph;

/**
 * One place in an article a fact was read from.
 *
 * @param factId   the fact
 * @param sentence index of the sentence among the article's sentences
 * @param snippet  the sentence as cleaned text
 */
public record ArticleEvidence(long factId, int sentence, String snippet) {
}
