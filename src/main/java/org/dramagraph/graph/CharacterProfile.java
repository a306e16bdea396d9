package org.dramagraph.graph;

import java.util.List;

/**
 * What the graph knows about a character.
 *
 * @param character   the character
 * @param aliases     every spelling of the name the sources use
 * @param portrayals  who played it in which work, by work name
 */
public record CharacterProfile(Entity character, List<String> aliases, List<Portrayal> portrayals) {
    public CharacterProfile {
        aliases = List.copyOf(aliases);
        portrayals = List.copyOf(portrayals);
    }

    /** Whether the character appears in more than one work. */
    public boolean crossover() {
        return portrayals.stream().map(p -> p.work().id()).distinct().count() > 1;
    }
}
