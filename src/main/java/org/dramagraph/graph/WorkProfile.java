package org.dramagraph.graph;

import java.util.List;

/**
 * What the graph knows about a drama or film.
 *
 * @param work      the work
 * @param aliases   every spelling of its title the sources use
 * @param cast      regular roles, one per person, by name
 * @param cameos    cameo and special appearances, apart from the cast
 * @param writers   screenwriting facts
 * @param directors directing facts
 * @param networks  channels and platforms it airs or streams on
 */
public record WorkProfile(Entity work, List<String> aliases, List<Role> cast, List<Role> cameos,
                          List<GraphFact> writers, List<GraphFact> directors, List<GraphFact> networks) {
    public WorkProfile {
        aliases = List.copyOf(aliases);
        cast = List.copyOf(cast);
        cameos = List.copyOf(cameos);
        writers = List.copyOf(writers);
        directors = List.copyOf(directors);
        networks = List.copyOf(networks);
    }
}
