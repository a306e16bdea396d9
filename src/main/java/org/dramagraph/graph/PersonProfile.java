package org.dramagraph.graph;

import java.util.List;

/**
 * What the graph knows about a person.
 *
 * @param person   the person
 * @param aliases  every spelling the sources use, the display name included
 * @param roles    acting roles, one per work, by work name
 * @param wrote    screenwriting facts
 * @param directed directing facts
 * @param quotes   things the person said
 */
public record PersonProfile(Entity person, List<String> aliases, List<Role> roles, List<GraphFact> wrote,
                            List<GraphFact> directed, List<GraphFact> quotes) {
    public PersonProfile {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        wrote = List.copyOf(wrote);
        directed = List.copyOf(directed);
        quotes = List.copyOf(quotes);
    }
}
