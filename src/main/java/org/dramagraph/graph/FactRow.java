package org.dramagraph.graph;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dramagraph.lang.NameKey;
import org.dramagraph.fact.Fact;
import org.dramagraph.fact.FactType;

/**
 * A fact with its names resolved to entities: the shape of a {@code fact} row. Only the fields of the
 * fact's type are kept.
 */
record FactRow(FactType type, EntityResolver.Resolved person, EntityResolver.Resolved character,
               EntityResolver.Resolved work, EntityResolver.Resolved org, String quote) {

    /**
     * Resolves a fact's names; empty when a field its type needs is missing or holds no name, since such a
     * fact links nothing.
     */
    static Optional<FactRow> resolve(Fact fact, EntityResolver resolver) throws SQLException {
        List<String> fields = fact.type().fields();
        // check every field before resolving any, so a rejected fact leaves no entity behind
        if (fields.stream().anyMatch(f -> NameKey.exact(fact.field(f)).isEmpty())) {
            return Optional.empty();
        }
        EntityResolver.Resolved person = null;
        EntityResolver.Resolved character = null;
        EntityResolver.Resolved work = null;
        EntityResolver.Resolved org = null;
        String quote = null;
        for (String field : fields) {
            String value = fact.field(field);
            if (field.equals("text")) {
                quote = value.strip();
                continue;
            }
            EntityResolver.Resolved r = resolver.resolve(typeOf(field), value).orElseThrow();
            switch (field) {
                case "person", "speaker" -> person = r;
                case "character" -> character = r;
                case "work" -> work = r;
                default -> org = r;
            }
        }
        return Optional.of(new FactRow(fact.type(), person, character, work, org, quote));
    }

    /** Type, entity ids and normalized quote: equal for the same fact read anywhere. */
    String key() {
        return Stream.of(type.key(), id(person), id(character), id(work), id(org),
                        quote == null ? "-" : NameKey.exact(quote))
                .collect(Collectors.joining("|"));
    }

    /** The resolved names this fact uses. */
    List<EntityResolver.Resolved> names() {
        List<EntityResolver.Resolved> out = new ArrayList<>(4);
        for (EntityResolver.Resolved r : new EntityResolver.Resolved[] {person, character, work, org}) {
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private static EntityType typeOf(String field) {
        return switch (field) {
            case "person", "speaker" -> EntityType.PERSON;
            case "character" -> EntityType.CHARACTER;
            case "work" -> EntityType.WORK;
            case "org" -> EntityType.ORG;
            default -> throw new IllegalArgumentException("no entity field " + field);
        };
    }

    private static String id(EntityResolver.Resolved r) {
        return r == null ? "-" : Long.toString(r.entityId());
    }
}
