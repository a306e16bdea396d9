package org.dramagraph.graph;

/**
 * An entity and how many articles of a period name it.
 *
 * @param entity   the entity
 * @param articles how many articles name it
 */
public record Mentioned(Entity entity, long articles) {
}
