package org.dramagraph.search;

import java.util.Locale;
import java.util.Optional;
import org.dramagraph.graph.EntityType;

/** What a search hit is: an article or an entity of some type. These are the search's facets. */
public enum Kind {
    ARTICLE, PERSON, WORK, CHARACTER, ORG;

    /** The kind of an entity type. */
    public static Kind of(EntityType type) {
        return valueOf(type.name());
    }

    /** The entity type of this kind, empty for articles. */
    public Optional<EntityType> entityType() {
        return this == ARTICLE ? Optional.empty() : Optional.of(EntityType.valueOf(name()));
    }

    /** Lower-case name, as URLs and the index write it ({@code "person"}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a lower-case label names, if any. */
    public static Optional<Kind> parse(String label) {
        for (Kind k : values()) {
            if (k.label().equals(label)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
