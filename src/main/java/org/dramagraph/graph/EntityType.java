package org.dramagraph.graph;

import org.dramagraph.mention.MentionType;

/** The kinds of thing the graph knows by name. */
public enum EntityType {
    PERSON, WORK, CHARACTER,
    /** A channel, network or streaming platform. */
    ORG;

    /** The entity type a mention of this type names, or null for a name of unknown kind. */
    public static EntityType of(MentionType mention) {
        return switch (mention) {
            case PERSON -> PERSON;
            case WORK -> WORK;
            case CHARACTER -> CHARACTER;
            case NETWORK -> ORG;
            case NAME -> null;
        };
    }

    /** Lower-case name for people to read ({@code "person"}, {@code "work"}, ...). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
