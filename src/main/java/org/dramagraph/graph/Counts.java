package org.dramagraph.graph;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.dramagraph.fact.FactType;

/** Counts rows for {@link GraphStats}. */
final class Counts {
    private Counts() {
    }

    static GraphStats of(Sql db) throws SQLException {
        return new GraphStats(db.count("SELECT COUNT(*) FROM article"),
                byType(db, "entity", EntityType.class), byType(db, "fact", FactType.class),
                db.count("SELECT COUNT(*) FROM evidence"), db.count("SELECT COUNT(*) FROM mention"),
                db.count("SELECT COUNT(*) FROM photo"));
    }

    /** Rows of a table by its {@code type} column, every type present. */
    private static <E extends Enum<E>> Map<E, Long> byType(Sql db, String table, Class<E> types)
            throws SQLException {
        Map<E, Long> counts = new EnumMap<>(types);
        for (E t : types.getEnumConstants()) {
            counts.put(t, db.count("SELECT COUNT(*) FROM " + table + " WHERE type = ?", t.name()));
        }
        return counts;
    }
}
