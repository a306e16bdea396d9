package org.dramagraph.graph;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dramagraph.lang.NameKey;

/**
 * Finds the entity a name stands for by its alias keys, and adds names the graph does not know yet.
 *
 * <p>A name is found by {@link NameKey#exact} first (case, spaces and hyphens aside), then by
 * {@link NameKey#loose} (romanizations of a syllable such as Joong/Jung folded), the loose way only
 * when the first word agrees too, so that syllables regrouped across words do not meet. One resolver serves one
 * article's transaction and remembers the names it resolved.
 */
final class EntityResolver {
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** An entity and the alias row of the spelling that found it. */
    record Resolved(long entityId, long aliasId) {
    }

    private final Sql db;
    private final Map<String, Resolved> seen = new HashMap<>();

    EntityResolver(Sql db) {
        this.db = db;
    }

    /** The entity a name stands for, created if new; empty for a name with no letter or digit. */
    Optional<Resolved> resolve(EntityType type, String name) throws SQLException {
        String written = tidy(name);
        if (NameKey.exact(written).isEmpty()) {
            return Optional.empty();
        }
        String cacheKey = type + "\0" + written;
        Resolved known = seen.get(cacheKey);
        if (known == null) {
            known = lookUp(type, written);
            seen.put(cacheKey, known);
        }
        return Optional.of(known);
    }

    /** Ids of the entities of a type (or of any type when {@code type} is null) a name finds, exact matches first. */
    static List<Long> find(Sql db, EntityType type, String name) throws SQLException {
        String written = tidy(name);
        String exact = NameKey.exact(written);
        if (exact.isEmpty()) {
            return List.of();
        }
        String typeFilter = type == null ? "" : " AND e.type = '" + type.name() + "'";
        List<Long> ids = db.list("SELECT DISTINCT a.entity_id FROM alias a JOIN entity e ON e.id = a.entity_id"
                + " WHERE a.exact_key = ?" + typeFilter + " ORDER BY a.entity_id", rs -> rs.getLong(1), exact);
        if (!ids.isEmpty()) {
            return ids;
        }
        return db.list("SELECT DISTINCT a.entity_id FROM alias a JOIN entity e ON e.id = a.entity_id"
                        + " WHERE a.loose_key = ? AND a.lead_key = ?" + typeFilter + " ORDER BY a.entity_id",
                rs -> rs.getLong(1), NameKey.loose(written), leadKey(written));
    }

    private Resolved lookUp(EntityType type, String written) throws SQLException {
        List<Long> found = find(db, type, written);
        if (!found.isEmpty()) {
            long entity = found.get(0);
            Optional<Long> alias = db.one("SELECT id FROM alias WHERE entity_id = ? AND name = ?",
                    rs -> rs.getLong(1), entity, written);
            if (alias.isPresent()) {
                return new Resolved(entity, alias.get());
            }
            return new Resolved(entity, newAlias(entity, written));
        }
        long entity = db.insert("INSERT INTO entity (type, name) VALUES (?, ?) RETURNING id", type.name(), written);
        return new Resolved(entity, newAlias(entity, written));
    }

    private long newAlias(long entity, String written) throws SQLException {
        return db.insert("INSERT INTO alias (entity_id, name, exact_key, loose_key, lead_key, uses)"
                        + " VALUES (?, ?, ?, ?, ?, 0) RETURNING id",
                entity, written, NameKey.exact(written), NameKey.loose(written), leadKey(written));
    }

    /** The name with outer space stripped and inner runs of space made one. */
    static String tidy(String name) {
        return name == null ? "" : SPACES.matcher(name.strip()).replaceAll(" ");
    }

    private static String leadKey(String written) {
        for (String word : WORDS.split(written)) {
            if (!word.isEmpty()) {
                return NameKey.loose(word);
            }
        }
        return "";
    }
}
