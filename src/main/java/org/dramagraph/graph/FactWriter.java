package org.dramagraph.graph;

import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.dramagraph.fact.Evidence;
import org.dramagraph.fact.ExtractedFact;

/** Writes one article's facts and their evidence, finding each distinct fact by its key, and counts them. */
final class FactWriter {
    private final Sql db;
    private final EntityResolver resolver;
    private final NameUses uses;
    private final Set<Long> facts = new LinkedHashSet<>();
    private int added;

    FactWriter(Sql db, EntityResolver resolver, NameUses uses) {
        this.db = db;
        this.resolver = resolver;
        this.uses = uses;
    }

    void write(String articleId, ExtractedFact extracted) throws SQLException {
        Optional<FactRow> row = FactRow.resolve(extracted.fact(), resolver);
        if (row.isEmpty()) {
            return;
        }
        FactRow f = row.get();
        Optional<Long> known = db.one("SELECT id FROM fact WHERE fact_key = ?", rs -> rs.getLong(1), f.key());
        long id;
        if (known.isPresent()) {
            id = known.get();
        } else {
            id = db.insert("INSERT INTO fact (type, fact_key, person_id, character_id, work_id, org_id, quote)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", f.type().name(), f.key(),
                    entityId(f.person()), entityId(f.character()), entityId(f.work()), entityId(f.org()), f.quote());
            Decisions.attach(db, f.key(), Decisions.namesKey(extracted.fact()));
            added++;
        }
        facts.add(id);
        for (EntityResolver.Resolved r : f.names()) {
            uses.add(r);
        }
        for (Evidence e : extracted.sources()) {
            // one source per sentence; a second reading of the same sentence keeps the surer one
            db.update("INSERT INTO evidence (fact_id, article_id, sentence, start_offset, end_offset, snippet, rule,"
                    + " confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fact_id, article_id, sentence) DO UPDATE"
                    + " SET start_offset = excluded.start_offset, end_offset = excluded.end_offset,"
                    + " snippet = excluded.snippet, rule = excluded.rule, confidence = excluded.confidence"
                    + " WHERE excluded.confidence > evidence.confidence",
                    id, articleId, e.sentence(), e.start(), e.end(), e.snippet() == null ? "" : e.snippet(),
                    e.rule(), e.confidence());
        }
    }

    /**
     * Counts again the sources of the facts this article wrote and of {@code others} (those it held before it
     * was replaced), and how sure they make each fact together: what pages read from the fact row (V5). A fact
     * deleted meanwhile is skipped.
     */
    void tally(Collection<Long> others) throws SQLException {
        Set<Long> all = new LinkedHashSet<>(facts);
        all.addAll(others);
        for (long id : all) {
            db.update("UPDATE fact SET sources = (SELECT COUNT(*) FROM evidence e WHERE e.fact_id = ?),"
                    + " doubt = COALESCE((SELECT SUM(LN(1 - CASE WHEN e.confidence < " + FactLoader.SURE_AT_MOST
                    + " THEN e.confidence ELSE " + FactLoader.SURE_AT_MOST + " END))"
                    + " FROM evidence e WHERE e.fact_id = ?), 0) WHERE id = ?", id, id, id);
        }
    }

    int distinct() {
        return facts.size();
    }

    int added() {
        return added;
    }

    private static Long entityId(EntityResolver.Resolved r) {
        return r == null ? null : r.entityId();
    }
}
