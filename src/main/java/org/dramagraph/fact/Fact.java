package org.dramagraph.fact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One fact, independent of where it was read. Unused fields are {@code null}.
 * For a {@link FactType#QUOTE} the speaker is kept in {@code person} and the quotation in {@code text}.
 */
public record Fact(FactType type, String person, String character, String work, String org, String text) {
    public Fact {
        Objects.requireNonNull(type, "type");
    }

    public static Fact cast(String person, String work) {
        return new Fact(FactType.CAST, person, null, work, null, null);
    }

    public static Fact plays(String person, String character, String work) {
        return new Fact(FactType.PLAYS, person, character, work, null, null);
    }

    public static Fact cameo(String person, String work) {
        return new Fact(FactType.CAMEO, person, null, work, null, null);
    }

    public static Fact wrote(String person, String work) {
        return new Fact(FactType.WROTE, person, null, work, null, null);
    }

    public static Fact directed(String person, String work) {
        return new Fact(FactType.DIRECTED, person, null, work, null, null);
    }

    public static Fact network(String work, String org) {
        return new Fact(FactType.NETWORK, null, null, work, org, null);
    }

    public static Fact quote(String speaker, String text) {
        return new Fact(FactType.QUOTE, speaker, null, null, null, text);
    }

    /** The value of a schema field name ({@code person}, {@code speaker}, {@code character}, ...). */
    public String field(String name) {
        return switch (name) {
            case "person", "speaker" -> person;
            case "character" -> character;
            case "work" -> work;
            case "org" -> org;
            case "text" -> text;
            default -> throw new IllegalArgumentException("no fact field " + name);
        };
    }

    /** The schema fields of this fact's type, in order, as the JSON output writes them. */
    public Map<String, String> fields() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : type.fields()) {
            out.put(f, field(f));
        }
        return out;
    }

    @Override
    public String toString() {
        return type.key() + fields();
    }
}
