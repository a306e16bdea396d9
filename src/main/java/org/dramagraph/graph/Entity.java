package org.dramagraph.graph;

/**
 * A person, work, character or organisation in the graph.
 *
 * @param id   the store's id, stable while the entity has sources
 * @param type what it is
 * @param name its display name: the spelling the sources use most, the fullest on ties
 */
public record Entity(long id, EntityType type, String name) {
}
