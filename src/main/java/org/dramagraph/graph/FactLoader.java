package org.dramagraph.graph;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramagraph.fact.FactType;

/**
 * Loads facts with their entities and sources, for a condition on the {@code fact f} row. Facts an editor
 * rejected are left out everywhere, since every reader of facts comes through here.
 */
final class FactLoader {
    /** SQL over {@code f}: the fact was not rejected by an editor. */
    static final String NOT_REJECTED = "NOT EXISTS (SELECT 1 FROM fact_decision d WHERE d.fact_key = f.fact_key"
            + " AND d.decision = 'REJECTED')";
    private static final String SOURCE = "SELECT e.fact_id, e.article_id, a.title, e.sentence, e.start_offset,"
            + " e.end_offset, e.snippet, e.rule, e.confidence FROM evidence e JOIN article a ON a.id = e.article_id";

    /** The surest one source counts as, so that a sure source does not make a fact's doubt's logarithm infinite. */
    static final String SURE_AT_MOST = "0.999999";

    /**
     * A fact's row: its entities, its decision, and how many sources it has and how sure they make it together
     * (kept on the fact by {@link FactWriter#tally}).
     */
    private record Row(long id, FactType type, Entity person, Entity character, Entity work, Entity org, String quote,
                       boolean confirmed, int sourceCount, double confidence) {
    }

    private record FactSource(long fact, Source source) {
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
        List<Row> rows = db.list("SELECT f.id, f.type, f.quote, p.id, p.type, p.name, c.id, c.type, c.name,"
                + " w.id, w.type, w.name, o.id, o.type, o.name, d.decision, f.sources, 1 - EXP(f.doubt) FROM fact f"
                + " LEFT JOIN entity p ON p.id = f.person_id LEFT JOIN entity c ON c.id = f.character_id"
                + " LEFT JOIN entity w ON w.id = f.work_id LEFT JOIN entity o ON o.id = f.org_id"
                + " LEFT JOIN fact_decision d ON d.fact_key = f.fact_key"
                + " WHERE " + where + " ORDER BY f.id", rs -> new Row(rs.getLong(1), FactType.valueOf(rs.getString(2)),
                entity(rs, 4), entity(rs, 7), entity(rs, 10), entity(rs, 13), rs.getString(3),
                "CONFIRMED".equals(rs.getString(16)), rs.getInt(17), rs.getDouble(18)), param);
        Map<Long, List<Source>> sources = new LinkedHashMap<>();
        if (maxSources == Integer.MAX_VALUE) {
            for (FactSource s : db.list(SOURCE + " WHERE e.fact_id IN (SELECT f.id FROM fact f WHERE " + where + ")"
                    + " ORDER BY e.fact_id, e.article_id, e.sentence", FactLoader::source, param)) {
                sources.computeIfAbsent(s.fact(), k -> new ArrayList<>()).add(s.source());
            }
        } else {
            // the first few of each fact straight from the evidence index, however many it has
            for (FactSource s : db.list("SELECT e.fact_id, e.article_id, a.title, e.sentence, e.start_offset,"
                    + " e.end_offset, e.snippet, e.rule, e.confidence FROM fact f JOIN evidence e ON e.id IN"
                    + " (SELECT e2.id FROM evidence e2 WHERE e2.fact_id = f.id ORDER BY e2.article_id, e2.sentence"
                    + " LIMIT ?) JOIN article a ON a.id = e.article_id WHERE " + where
                    + " ORDER BY e.fact_id, e.article_id, e.sentence", FactLoader::source, maxSources, param)) {
                sources.computeIfAbsent(s.fact(), k -> new ArrayList<>()).add(s.source());
            }
        }
        List<GraphFact> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new GraphFact(r.id(), r.type(), r.person(), r.character(), r.work(), r.org(), r.quote(),
                    sources.getOrDefault(r.id(), List.of()), r.sourceCount(), r.confidence(), r.confirmed()));
        }
        return out;
    }

    private static FactSource source(ResultSet rs) throws SQLException {
        return new FactSource(rs.getLong(1), new Source(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                rs.getInt(6), rs.getString(7), rs.getString(8), rs.getDouble(9)));
    }

    /** The entity in columns {@code col} (id), {@code col + 1} (type) and {@code col + 2} (name), or null. */
    static Entity entity(ResultSet rs, int col) throws SQLException {
        long id = rs.getLong(col);
        return rs.wasNull() ? null : new Entity(id, EntityType.valueOf(rs.getString(col + 1)), rs.getString(col + 2));
    }
}
