package org.dramagraph.graph;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored articles as readers browse them: latest first, those naming an entity, one article with what
 * was read from it, and the articles as a search index takes them. Get it from {@link GraphStore#articles()};
 * like the store, it is not thread-safe.
 */
public final class ArticleCatalog {
    /** What orders articles: the publication date, else the day it was stored (indexed in V3). */
    static final String DAY = "COALESCE(a.published, SUBSTR(a.ingested_at, 1, 10))";
    private static final String SUMMARY = "SELECT a.id, a.title, a.published, a.url, SUBSTR(a.cleaned_text, 1, 320),"
            + " SUBSTR(a.ingested_at, 1, 10) FROM article a";
    private static final int EXCERPT = 240;
    /** How many articles must name an entity before its articles are found by walking all of them by date. */
    private static final int WALK_FROM = 1_000;

    private final Transactor tx;

    ArticleCatalog(Transactor tx) {
        this.tx = tx;
    }

    /** The newest articles first (by date, then id). */
    public Slice<ArticleSummary> latest(int offset, int limit) {
        return tx.read(() -> new Slice<>(tx.db().list(SUMMARY + " ORDER BY " + DAY + " DESC, a.id DESC LIMIT ? OFFSET ?",
                ArticleCatalog::summary, limit, offset), tx.db().count("SELECT COUNT(*) FROM article"), offset, limit));
    }

    /**
     * The articles that name an entity, newest first. For an entity many articles name, walking the articles
     * by date until enough name it is quicker than sorting them all; for the others it is the other way round.
     */
    public Slice<ArticleSummary> naming(long entityId, int offset, int limit) {
        return tx.read(() -> {
            long total = tx.db().count("SELECT COUNT(DISTINCT article_id) FROM mention WHERE entity_id = ?", entityId);
            String which = total > WALK_FROM
                    ? " WHERE EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = ? AND m.article_id = a.id)"
                    : " WHERE a.id IN (SELECT m.article_id FROM mention m WHERE m.entity_id = ?)";
            return new Slice<>(tx.db().list(SUMMARY + which + " ORDER BY " + DAY + " DESC, a.id DESC LIMIT ? OFFSET ?",
                    ArticleCatalog::summary, entityId, limit, offset), total, offset, limit);
        });
    }

    /** Whether an article with this id is stored. */
    public boolean exists(String id) {
        return tx.read(() -> tx.db().count("SELECT COUNT(*) FROM article WHERE id = ?", id) > 0);
    }

    /** The date of the newest article, if there is any. */
    public Optional<LocalDate> newestDate() {
        return tx.read(() -> tx.db().one("SELECT MAX(" + DAY + ") FROM article a",
                rs -> rs.getString(1) == null ? null : LocalDate.parse(rs.getString(1))));
    }

    /**
     * An article with its cleaned text, the names in it, the facts read from it (with at most
     * {@code maxSources} sources each), where each was read, and its photos.
     */
    public Optional<ArticleView> view(String id, int maxSources) {
        return tx.read(() -> {
            Sql db = tx.db();
            Optional<ArticleSummary> summary = db.one(SUMMARY + " WHERE a.id = ?", ArticleCatalog::summary, id);
            if (summary.isEmpty()) {
                return Optional.empty();
            }
            String text = db.one("SELECT cleaned_text FROM article WHERE id = ?", rs -> rs.getString(1), id).orElse("");
            List<ArticleMention> mentions = db.list("SELECT e.id, e.type, e.name, m.sentence, m.clean_start, m.clean_end"
                    + " FROM mention m JOIN entity e ON e.id = m.entity_id WHERE m.article_id = ?"
                    + " ORDER BY m.clean_start, m.clean_end DESC", rs -> new ArticleMention(FactLoader.entity(rs, 1),
                    rs.getInt(4), rs.getInt(5), rs.getInt(6)), id);
            List<GraphFact> facts = FactLoader.load(db, "f.id IN (SELECT fact_id FROM evidence WHERE article_id = ?)",
                    id, maxSources);
            List<ArticleEvidence> evidence = db.list("SELECT e.fact_id, e.sentence, e.snippet FROM evidence e"
                    + " WHERE e.article_id = ? AND e.fact_id IN (SELECT f.id FROM fact f WHERE "
                    + FactLoader.NOT_REJECTED + ") ORDER BY e.sentence, e.fact_id",
                    rs -> new ArticleEvidence(rs.getLong(1), rs.getInt(2), rs.getString(3)), id);
            return Optional.of(new ArticleView(summary.get(), text, mentions, facts, evidence,
                    Photos.ofArticle(db, id)));
        });
    }

    /**
     * A mark that changes whenever articles are added, replaced or removed (their number and the newest storing
     * time): a cheap way for a search index to tell that it must look again.
     */
    public String changeMark() {
        return tx.read(() -> tx.db().one("SELECT COUNT(*), MAX(ingested_at) FROM article",
                rs -> rs.getLong(1) + "/" + rs.getString(2)).orElse("0/"));
    }

    /** Every article's id with its content hash, for a search index to see what changed. */
    public Map<String, String> hashes() {
        return tx.read(() -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (String[] row : tx.db().list("SELECT id, content_hash FROM article ORDER BY id",
                    rs -> new String[] {rs.getString(1), rs.getString(2)})) {
                out.put(row[0], row[1]);
            }
            return out;
        });
    }

    /** Up to {@code limit} articles with ids after {@code afterId} (all when it is empty), by id, for indexing. */
    public List<IndexedArticle> forIndex(String afterId, int limit) {
        return tx.read(() -> indexed("a.id > ? ORDER BY a.id LIMIT " + Math.max(1, limit), afterId));
    }

    /** One article for indexing. */
    public Optional<IndexedArticle> forIndex(String id) {
        return tx.read(() -> indexed("a.id = ?", id).stream().findFirst());
    }

    private List<IndexedArticle> indexed(String condition, String param) throws SQLException {
        Sql db = tx.db();
        record Row(String id, String hash, String title, LocalDate date, String text) {
        }
        List<Row> rows = db.list("SELECT a.id, a.content_hash, a.title, a.published, a.cleaned_text FROM article a"
                + " WHERE " + condition, rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                date(rs.getString(4)), rs.getString(5)), param);
        List<IndexedArticle> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<Long> entities = db.list("SELECT DISTINCT entity_id FROM mention WHERE article_id = ? ORDER BY entity_id",
                    rs -> rs.getLong(1), r.id());
            out.add(new IndexedArticle(r.id(), r.hash(), r.title(), r.date(), r.text(), entities));
        }
        return out;
    }

    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getString(1), rs.getString(2), date(rs.getString(3)), rs.getString(4),
                excerpt(rs.getString(5)), LocalDate.parse(rs.getString(6)));
    }

    private static LocalDate date(String published) {
        return published == null ? null : LocalDate.parse(published);
    }

    /** The start of a text, cut after the last whole word within {@link #EXCERPT} characters. */
    static String excerpt(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT);
        return flat.substring(0, cut > 0 ? cut : EXCERPT) + " …";
    }
}
