package org.dramagraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dramagraph.extract.Extraction;
import org.dramagraph.lang.NameKey;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.fact.Fact;

/**
 * Checks on a store for crash, re-ingest and concurrency tests: consistency, completeness, and a dump to compare.
 * Each reads the store through a connection of its own, in SQL both kinds of store run alike.
 */
public final class StoreChecks {
    private StoreChecks() {
    }

    /** As {@link #assertConsistent(StoreLocation)} for a SQLite file. */
    public static void assertConsistent(Path db) throws SQLException {
        assertConsistent(StoreLocation.of(db));
    }

    /**
     * SQLite's own checks pass (PostgreSQL checks its foreign keys itself), and no row points at or is left by a
     * missing one, and the counts kept on rows are right.
     */
    public static void assertConsistent(StoreLocation db) throws SQLException {
        if (db.file().isPresent()) {
            assertThat(rows(db, "PRAGMA integrity_check")).containsExactly("ok");
            assertThat(rows(db, "PRAGMA foreign_key_check")).as("foreign key violations").isEmpty();
        }
        assertThat(rows(db, "SELECT id FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM fact f WHERE f.id = e.fact_id)"
                + " OR NOT EXISTS (SELECT 1 FROM article a WHERE a.id = e.article_id)")).as("evidence without fact or article")
                .isEmpty();
        assertThat(rows(db, "SELECT id FROM fact f WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.fact_id = f.id)"))
                .as("facts without evidence").isEmpty();
        assertThat(rows(db, "SELECT id FROM fact f WHERE sources <> (SELECT COUNT(*) FROM evidence e WHERE e.fact_id = f.id)"
                + " OR ABS(doubt - COALESCE((SELECT SUM(LN(1 - CASE WHEN e.confidence < 0.999999 THEN e.confidence"
                + " ELSE 0.999999 END)) FROM evidence e"
                + " WHERE e.fact_id = f.id), 0)) > 1e-9")).as("facts whose source count or combined doubt is off")
                .isEmpty();
        assertThat(rows(db, "SELECT id FROM alias a WHERE NOT EXISTS (SELECT 1 FROM name_use u WHERE u.alias_id = a.id)"))
                .as("aliases no article uses").isEmpty();
        assertThat(rows(db, "SELECT id FROM alias a WHERE uses <> (SELECT COALESCE(SUM(u.uses), 0) FROM name_use u"
                + " WHERE u.alias_id = a.id)")).as("aliases whose use count is off").isEmpty();
        assertThat(rows(db, "SELECT id FROM entity e WHERE NOT EXISTS (SELECT 1 FROM alias a WHERE a.entity_id = e.id)"))
                .as("entities without a name").isEmpty();
    }

    /**
     * The store holds everything an extraction gave: each of its facts (found through the store's own name
     * resolution) with this article's sentence as a source, and nothing more; its mentions and photos.
     */
    public static void assertHoldsAllOf(GraphStore graph, Extraction x) {
        String id = x.article().id();
        List<GraphFact> stored = graph.factsFrom(id);
        Set<Long> matched = new java.util.HashSet<>();
        for (ExtractedFact e : x.facts()) {
            Fact f = e.fact();
            if (f.type().fields().stream().anyMatch(field -> NameKey.exact(f.field(field)).isEmpty())) {
                continue;
            }
            GraphFact hit = stored.stream().filter(g -> sameFact(graph, f, g)).findFirst().orElse(null);
            assertThat(hit).as("article %s lacks %s", id, f).isNotNull();
            assertThat(hit.sources()).as("sources of %s", f)
                    .anyMatch(s -> s.articleId().equals(id) && s.sentence() == e.evidence().sentence());
            matched.add(hit.id());
        }
        assertThat(stored).extracting(GraphFact::id).containsExactlyInAnyOrderElementsOf(matched);
        // the store links the body's mentions of known kind; headline names and names of unknown kind stay out
        long mentions = x.mentions().stream().filter(m -> EntityType.of(m.type()) != null && !x.inHeadline(m))
                .map(x::name).filter(t -> !NameKey.exact(t).isEmpty()).count();
        assertThat(count(graph, "mention", id)).as("mentions of %s", id).isEqualTo(mentions);
        assertThat(count(graph, "photo", id)).as("photos of %s", id).isEqualTo(x.photos().size());
    }

    /** As {@link #dump(StoreLocation)} for a SQLite file. */
    public static List<String> dump(Path db) throws SQLException {
        return dump(StoreLocation.of(db));
    }

    /** Everything a store holds but the ingest times and row ids, in a canonical order: equal dumps, equal graphs. */
    public static List<String> dump(StoreLocation db) throws SQLException {
        List<String> out = new ArrayList<>();
        out.addAll(rows(db, "SELECT 'article|' || id || '|' || content_hash || '|' || title || '|' || cleaned_text"
                + " FROM article ORDER BY id"));
        out.addAll(rows(db, "SELECT 'entity|' || e.type || '|' || e.name || '|' || (SELECT string_agg(name, ';'"
                + " ORDER BY name) FROM alias WHERE entity_id = e.id) FROM entity e ORDER BY 1"));
        out.addAll(rows(db, "SELECT 'fact|' || f.type || '|' || coalesce(p.name, '') || '|' || coalesce(c.name, '')"
                + " || '|' || coalesce(w.name, '') || '|' || coalesce(o.name, '') || '|' || coalesce(f.quote, '')"
                + " || ' <- ' || (SELECT string_agg(s, ';' ORDER BY s) FROM (SELECT article_id || '#' || sentence || '@'"
                + " || start_offset || '-' || end_offset || ':' || rule || ':' || confidence || ':' || snippet AS s"
                + " FROM evidence WHERE fact_id = f.id) x) FROM fact f LEFT JOIN entity p ON p.id = f.person_id"
                + " LEFT JOIN entity c ON c.id = f.character_id LEFT JOIN entity w ON w.id = f.work_id"
                + " LEFT JOIN entity o ON o.id = f.org_id ORDER BY 1"));
        out.addAll(rows(db, "SELECT 'mention|' || m.article_id || '|' || m.clean_start || '|' || m.clean_end || '|'"
                + " || m.original_start || '|' || m.name || '|' || e.type || ':' || e.name FROM mention m"
                + " JOIN entity e ON e.id = m.entity_id ORDER BY 1"));
        out.addAll(rows(db, "SELECT 'photo|' || article_id || '|' || position || '|' || coalesce(url, '') || '|'"
                + " || coalesce(caption, '') || '|' || coalesce(credit, '') FROM photo ORDER BY 1"));
        return out;
    }

    /** As {@link #rows(StoreLocation, String)} for a SQLite file. */
    public static List<String> rows(Path db, String sql) throws SQLException {
        return rows(StoreLocation.of(db), sql);
    }

    /** The first column of each row of a query, as text. */
    public static List<String> rows(StoreLocation db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** A connection of its own to a store. */
    public static Connection connect(StoreLocation db) throws SQLException {
        Optional<Path> file = db.file();
        return file.isPresent() ? DriverManager.getConnection("jdbc:sqlite:" + file.get()) : db.postgres().getConnection();
    }

    private static boolean sameFact(GraphStore graph, Fact f, GraphFact g) {
        if (f.type() != g.type()) {
            return false;
        }
        return same(graph, f.person(), g.person(), EntityType.PERSON)
                && same(graph, f.character(), g.character(), EntityType.CHARACTER)
                && same(graph, f.work(), g.work(), EntityType.WORK)
                && same(graph, f.org(), g.org(), EntityType.ORG)
                && (f.text() == null || NameKey.exact(f.text()).equals(NameKey.exact(g.quote())));
    }

    private static boolean same(GraphStore graph, String name, Entity entity, EntityType type) {
        if (entity == null) {
            return true;
        }
        return name != null && graph.find(name, type).stream().map(Entity::id).collect(Collectors.toSet())
                .contains(entity.id());
    }

    private static long count(GraphStore graph, String table, String articleId) {
        try {
            return Long.parseLong(rows(graph.location(), "SELECT COUNT(*) FROM " + table + " WHERE article_id = '"
                    + articleId.replace("'", "''") + "'").get(0));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
