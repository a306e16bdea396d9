package org.dramagraph.graph;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramagraph.relation.FactType;

/** Loads facts with their entities and every source, for a condition on the {@code fact f} row. */
final class FactLoader {
    private record FactSource(long fact, Source source) {
    }

    private FactLoader() {
    }

    /** The facts matching {@code condition} (SQL over {@code f}, with one {@code ?} for {@code param}), by id. */
    static List<GraphFact> load(Sql db, String condition, Object param) throws SQLException {
        Map<Long, List<Source>> sources = new LinkedHashMap<>();
        for (FactSource row : db.list("SELECT e.fact_id, e.article_id, a.title, e.sentence, e.start_offset,"
                + " e.end_offset, e.snippet, e.rule, e.confidence FROM evidence e JOIN article a ON a.id = e.article_id"
                + " WHERE e.fact_id IN (SELECT f.id FROM fact f WHERE " + condition + ")"
                + " ORDER BY e.article_id, e.sentence", rs -> new FactSource(rs.getLong(1), new Source(rs.getString(2),
                rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8),
                rs.getDouble(9))), param)) {
            sources.computeIfAbsent(row.fact(), k -> new ArrayList<>()).add(row.source());
        }
        return db.list("SELECT f.id, f.type, f.quote, p.id, p.type, p.name, c.id, c.type, c.name,"
                + " w.id, w.type, w.name, o.id, o.type, o.name FROM fact f"
                + " LEFT JOIN entity p ON p.id = f.person_id LEFT JOIN entity c ON c.id = f.character_id"
                + " LEFT JOIN entity w ON w.id = f.work_id LEFT JOIN entity o ON o.id = f.org_id"
                + " WHERE " + condition + " ORDER BY f.id", rs -> new GraphFact(rs.getLong(1),
                FactType.valueOf(rs.getString(2)), entity(rs, 4), entity(rs, 7), entity(rs, 10), entity(rs, 13),
                rs.getString(3), sources.getOrDefault(rs.getLong(1), List.of())), param);
    }

    /** The entity in columns {@code col} (id), {@code col + 1} (type) and {@code col + 2} (name), or null. */
    static Entity entity(ResultSet rs, int col) throws SQLException {
        long id = rs.getLong(col);
        return rs.wasNull() ? null : new Entity(id, EntityType.valueOf(rs.getString(col + 1)), rs.getString(col + 2));
    }
}
