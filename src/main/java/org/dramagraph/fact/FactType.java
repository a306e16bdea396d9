package org.dramagraph.fact;

import java.util.List;
import java.util.Locale;

/** The seven kinds of fact Dramagraph extracts, with the fields each one uses (see the eval SCHEMA). */
public enum FactType {
    CAST(List.of("person", "work")),
    PLAYS(List.of("person", "character", "work")),
    CAMEO(List.of("person", "work")),
    WROTE(List.of("person", "work")),
    DIRECTED(List.of("person", "work")),
    NETWORK(List.of("work", "org")),
    QUOTE(List.of("speaker", "text"));

    private final List<String> fields;

    FactType(List<String> fields) {
        this.fields = fields;
    }

    /** The JSON field names this type fills, in schema order. */
    public List<String> fields() {
        return fields;
    }

    /** The lower-case name used in JSON ({@code "cast"}, {@code "plays"}, ...). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a JSON type name; throws {@link IllegalArgumentException} for an unknown one. */
    public static FactType of(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
