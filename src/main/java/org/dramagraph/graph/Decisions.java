package org.dramagraph.graph;

import java.sql.SQLException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dramagraph.lang.NameKey;
import org.dramagraph.fact.Fact;
import org.dramagraph.fact.FactType;

/**
 * Keeps editors' decisions attached to their facts. A decision applies to the fact row whose {@code fact_key} it
 * holds; it is also kept under the fact's names key (type, loose keys of its names, exact key of its quote), so
 * that a fact deleted with its article's old text and stored again later, perhaps with new entity ids, gets its
 * decision back.
 */
final class Decisions {
    private Decisions() {
    }

    /** The names key of a fact as an extraction states it. */
    static String namesKey(Fact fact) {
        return namesKey(fact.type(), fact.person(), fact.character(), fact.work(), fact.org(), fact.text());
    }

    /** The names key of a fact: equal for the same fact, whichever romanization its names are written in. */
    static String namesKey(FactType type, String person, String character, String work, String org, String quote) {
        return Stream.of(type.key(), loose(person), loose(character), loose(work), loose(org),
                quote == null ? "-" : NameKey.exact(quote)).collect(Collectors.joining("|"));
    }

    private static String loose(String name) {
        return name == null ? "-" : NameKey.loose(name);
    }

    /**
     * Attaches to a newly stored fact the decision kept under its names key, and detaches from its fact key a
     * decision on another fact that once had the same key (entity ids can be used again after deletion).
     */
    static void attach(Sql db, String factKey, String namesKey) throws SQLException {
        db.update("UPDATE fact_decision SET fact_key = NULL WHERE fact_key = ? AND names_key <> ?", factKey, namesKey);
        db.update("UPDATE fact_decision SET fact_key = ? WHERE names_key = ?", factKey, namesKey);
    }
}
