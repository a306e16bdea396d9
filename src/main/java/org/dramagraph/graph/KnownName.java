package org.dramagraph.graph;

/** One spelling of an entity's name, for an extractor that wants to know the names already in the graph. */
public record KnownName(EntityType type, String name) {
}
