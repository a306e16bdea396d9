package org.dramagraph.graph;

/**
 * A person playing a character in one work.
 *
 * @param person the actor
 * @param work   the work
 * @param cameo  whether the person's appearance in that work is a cameo
 * @param fact   the plays fact, with its sources
 */
public record Portrayal(Entity person, Entity work, boolean cameo, GraphFact fact) {
}
