package org.dramagraph.graph;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.dramagraph.relation.FactType;

/** Counts rows for {@link GraphStats}. */
final class Counts {
    private Counts() {
    }

    static GraphStats of(Connection db) throws SQLException {
        Map<EntityType, Long> entities = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            entities.put(t, 0L);
        }
        for (Object[] row : Sql.list(db, "SELECT type, COUNT(*) FROM entity GROUP BY type",
                rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
            entities.put(EntityType.valueOf((String) row[0]), (Long) row[1]);
        }
        Map<FactType, Long> facts = new EnumMap<>(FactType.class);
        for (FactType t : FactType.values()) {
            facts.put(t, 0L);
        }
        for (Object[] row : Sql.list(db, "SELECT type, COUNT(*) FROM fact GROUP BY type",
                rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
            facts.put(FactType.valueOf((String) row[0]), (Long) row[1]);
        }
        return new GraphStats(Sql.count(db, "SELECT COUNT(*) FROM article"), entities, facts,
                Sql.count(db, "SELECT COUNT(*) FROM evidence"), Sql.count(db, "SELECT COUNT(*) FROM mention"),
                Sql.count(db, "SELECT COUNT(*) FROM photo"));
    }
}
