package org.dramagraph.graph;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Name look-ups: search by any spelling, an entity's aliases, and the catalog of all known names. */
final class Names {
    private Names() {
    }

    /** Entities a name finds (exact key first, else loose key), of one type or of any when {@code type} is null. */
    static List<Entity> find(Sql db, String name, EntityType type) throws SQLException {
        List<Entity> out = new ArrayList<>();
        for (long id : EntityResolver.find(db, type, name)) {
            db.one("SELECT id, type, name FROM entity WHERE id = ?", rs -> FactLoader.entity(rs, 1), id)
                    .ifPresent(out::add);
        }
        return out;
    }

    static List<String> aliases(Sql db, long entity) throws SQLException {
        return db.list("SELECT name FROM alias WHERE entity_id = ? ORDER BY name", rs -> rs.getString(1), entity);
    }

    static List<KnownName> catalog(Sql db) throws SQLException {
        return db.list("SELECT DISTINCT e.type, a.name FROM alias a JOIN entity e ON e.id = a.entity_id",
                        rs -> new KnownName(EntityType.valueOf(rs.getString(1)), rs.getString(2))).stream()
                .sorted(Comparator.comparing(KnownName::type).thenComparing(KnownName::name)).toList();
    }
}
