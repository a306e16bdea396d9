package org.dramagraph.graph;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Single facts with all their sources, and editors' decisions on facts. A decision outlives the fact's row: when
 * the fact is read again, from the same article or another, it applies again (see {@link Decisions}). Get it
 * from {@link GraphStore#reviews()}; like the store, it is not thread-safe.
 */
public final class FactReviews {
    private record Described(String factKey, String namesKey, String words) {
    }

    private final Transactor tx;

    FactReviews(Transactor tx) {
        this.tx = tx;
    }

    /** A fact with at most {@code maxSources} sources; empty when there is none or it was rejected. */
    public Optional<GraphFact> fact(long id, int maxSources) {
        return tx.read(() -> FactLoader.load(tx.db(), "f.id = ?", id, maxSources).stream().findFirst());
    }

    /** A fact's sources a page at a time, by article id and sentence; empty when it was rejected. */
    public Slice<Source> sources(long factId, int offset, int limit) {
        return tx.read(() -> {
            Sql db = tx.db();
            String fact = "e.fact_id = ? AND e.fact_id IN (SELECT f.id FROM fact f WHERE " + FactLoader.NOT_REJECTED + ")";
            return new Slice<>(db.list("SELECT e.article_id, a.title, e.sentence, e.start_offset, e.end_offset,"
                    + " e.snippet, e.rule, e.confidence FROM evidence e JOIN article a ON a.id = e.article_id WHERE " + fact
                    + " ORDER BY e.article_id, e.sentence LIMIT ? OFFSET ?", rs -> new Source(rs.getString(1),
                    rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7),
                    rs.getDouble(8)), factId, limit, offset),
                    db.count("SELECT COUNT(*) FROM evidence e WHERE " + fact, factId), offset, limit);
        });
    }

    /**
     * Records an editor's decision on a stored fact (replacing an earlier one); false when there is no fact
     * with this id.
     */
    public boolean decide(long factId, Review.Decision decision, String editor, Instant when) {
        return tx.write("record a decision on fact " + factId, () -> {
            Optional<Described> fact = tx.db().one("SELECT f.fact_key, f.type, p.name, c.name, w.name, o.name, f.quote"
                    + " FROM fact f LEFT JOIN entity p ON p.id = f.person_id LEFT JOIN entity c ON c.id = f.character_id"
                    + " LEFT JOIN entity w ON w.id = f.work_id LEFT JOIN entity o ON o.id = f.org_id WHERE f.id = ?",
                    FactReviews::described, factId);
            if (fact.isEmpty()) {
                return false;
            }
            Described d = fact.get();
            tx.db().update("DELETE FROM fact_decision WHERE fact_key = ? AND names_key <> ?", d.factKey(), d.namesKey());
            tx.db().update("INSERT INTO fact_decision (names_key, fact_key, fact, decision, editor, decided_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (names_key) DO UPDATE SET fact_key = excluded.fact_key,"
                            + " fact = excluded.fact, decision = excluded.decision, editor = excluded.editor,"
                            + " decided_at = excluded.decided_at",
                    d.namesKey(), d.factKey(), d.words(), decision.name(), editor, when.toString());
            return true;
        });
    }

    /** Takes a decision back; false when there was none under this key ({@link Review#key()}). */
    public boolean undo(String key) {
        return tx.write("take back a decision", () ->
                tx.db().update("DELETE FROM fact_decision WHERE names_key = ?", key) > 0);
    }

    /** Every decision, the latest first. */
    public List<Review> reviews() {
        return tx.read(() -> tx.db().list("SELECT d.names_key, f.id, d.fact, d.decision, d.editor, d.decided_at"
                + " FROM fact_decision d LEFT JOIN fact f ON f.fact_key = d.fact_key"
                + " ORDER BY d.decided_at DESC, d.names_key", rs -> new Review(rs.getString(1), rs.getLong(2),
                rs.getString(3), Review.Decision.valueOf(rs.getString(4)), rs.getString(5),
                Instant.parse(rs.getString(6)))));
    }

    private static Described described(ResultSet rs) throws SQLException {
        org.dramagraph.fact.FactType type = org.dramagraph.fact.FactType.valueOf(rs.getString(2));
        String words = type.key() + ": " + Stream.of(rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7)).filter(s -> s != null).collect(Collectors.joining(", "));
        return new Described(rs.getString(1), Decisions.namesKey(type, rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7)), words);
    }
}
