package org.dramagraph.graph;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramagraph.relation.FactType;

/**
 * Loads facts with their entities and sources, for a condition on the {@code fact f} row. Facts an editor
 * rejected are left out everywhere, since every reader of facts comes through here.
 */
final class FactLoader {
    /** SQL over {@code f}: the fact was not rejected by an editor. */
    static final String NOT_REJECTED = "NOT EXISTS (SELECT 1 FROM fact_decision d WHERE d.fact_key = f.fact_key"
            + " AND d.decision = 'REJECTED')";

    private record FactSource(long fact, Source source, int count) {
    }

    private FactLoader() {
    }

    /** The facts matching {@code condition} (SQL over {@code f}, with one {@code ?} for {@code param}), by id. */
    static List<GraphFact> load(Sql db, String condition, Object param) throws SQLException {
        return load(db, condition, param, Integer.MAX_VALUE);
    }

    /**
     * As {@link #load(Sql, String, Object)}, with at most {@code maxSources} sources per fact (the first by
     * article id and sentence); {@link GraphFact#sourceCount()} still counts them all.
     */
    static List<GraphFact> load(Sql db, String condition, Object param, int maxSources) throws SQLException {
        String where = "(" + condition + ") AND " + NOT_REJECTED;
        Map<Long, List<Source>> sources = new LinkedHashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        for (FactSource row : db.list("SELECT s.fact_id, s.article_id, a.title, s.sentence, s.start_offset,"
                + " s.end_offset, s.snippet, s.rule, s.confidence, s.n FROM (SELECT e.*,"
                + " ROW_NUMBER() OVER (PARTITION BY e.fact_id ORDER BY e.article_id, e.sentence) AS r,"
                + " COUNT(*) OVER (PARTITION BY e.fact_id) AS n FROM evidence e"
                + " WHERE e.fact_id IN (SELECT f.id FROM fact f WHERE " + where + ")) s"
                + " JOIN article a ON a.id = s.article_id WHERE s.r <= ? ORDER BY s.fact_id, s.article_id, s.sentence",
                rs -> new FactSource(rs.getLong(1), new Source(rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getDouble(9)), rs.getInt(10)),
                param, maxSources)) {
            sources.computeIfAbsent(row.fact(), k -> new ArrayList<>()).add(row.source());
            counts.put(row.fact(), row.count());
        }
        return db.list("SELECT f.id, f.type, f.quote, p.id, p.type, p.name, c.id, c.type, c.name,"
                + " w.id, w.type, w.name, o.id, o.type, o.name, d.decision FROM fact f"
                + " LEFT JOIN entity p ON p.id = f.person_id LEFT JOIN entity c ON c.id = f.character_id"
                + " LEFT JOIN entity w ON w.id = f.work_id LEFT JOIN entity o ON o.id = f.org_id"
                + " LEFT JOIN fact_decision d ON d.fact_key = f.fact_key"
                + " WHERE " + where + " ORDER BY f.id", rs -> new GraphFact(rs.getLong(1),
                FactType.valueOf(rs.getString(2)), entity(rs, 4), entity(rs, 7), entity(rs, 10), entity(rs, 13),
                rs.getString(3), sources.getOrDefault(rs.getLong(1), List.of()),
                counts.getOrDefault(rs.getLong(1), 0), "CONFIRMED".equals(rs.getString(16))), param);
    }

    /** The entity in columns {@code col} (id), {@code col + 1} (type) and {@code col + 2} (name), or null. */
    static Entity entity(ResultSet rs, int col) throws SQLException {
        long id = rs.getLong(col);
        return rs.wasNull() ? null : new Entity(id, EntityType.valueOf(rs.getString(col + 1)), rs.getString(col + 2));
    }
}
