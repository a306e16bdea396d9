package org.dramagraph.graph;

import java.util.List;

/**
 * What the graph knows about a channel, network or platform.
 *
 * @param org     the organisation
 * @param aliases every spelling of its name the sources use
 * @param works   network facts: the works that air or stream on it, by work name
 */
public record OrgProfile(Entity org, List<String> aliases, List<GraphFact> works) {
    public OrgProfile {
        aliases = List.copyOf(aliases);
        works = List.copyOf(works);
    }
}
