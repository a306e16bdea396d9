package org.dramagraph.graph;

/**
 * A name in an article's cleaned text, linked to its entity.
 *
 * @param entity   the entity it names
 * @param sentence index of its sentence among the article's sentences (as in {@link Source#sentence()})
 * @param start    start offset in the cleaned text
 * @param end      end offset (exclusive) in the cleaned text
 */
public record ArticleMention(Entity entity, int sentence, int start, int end) {
}
