package org.dramagraph.graph;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The entities as readers browse them: by id, by type, the most named in a period, a person's co-stars and
 * their network, and every entity's names for a search index. Get it from {@link GraphStore#entities()}; like
 * the store, it is not thread-safe.
 */
public final class EntityCatalog {
    /** Roles in works, without the facts an editor rejected. */
    private static final String ROLES = "SELECT f.person_id, f.work_id FROM fact f"
            + " WHERE f.type IN ('CAST', 'PLAYS', 'CAMEO') AND " + FactLoader.NOT_REJECTED;
    private static final Comparator<Entity> BY_NAME =
            Comparator.comparing((Entity e) -> e.name().toLowerCase(Locale.ROOT)).thenComparing(Entity::id);

    private final Transactor tx;

    EntityCatalog(Transactor tx) {
        this.tx = tx;
    }

    /** The entity with this id. */
    public Optional<Entity> entity(long id) {
        return tx.read(() -> tx.db().one("SELECT id, type, name FROM entity WHERE id = ?",
                rs -> FactLoader.entity(rs, 1), id));
    }

    /** Entities of one type by id (the order they came in), a page at a time. */
    public Slice<Entity> ofType(EntityType type, int offset, int limit) {
        return tx.read(() -> new Slice<>(tx.db().list("SELECT id, type, name FROM entity WHERE type = ?"
                        + " ORDER BY id LIMIT ? OFFSET ?", rs -> FactLoader.entity(rs, 1), type.name(), limit, offset),
                tx.db().count("SELECT COUNT(*) FROM entity WHERE type = ?", type.name()), offset, limit));
    }

    /** The entities of one type named by the most articles dated between {@code from} and {@code to}, inclusive. */
    public List<Mentioned> mostNamed(EntityType type, LocalDate from, LocalDate to, int limit) {
        return tx.read(() -> tx.db().list("SELECT e.id, e.type, e.name, COUNT(DISTINCT m.article_id) AS n"
                        + " FROM article a JOIN mention m ON m.article_id = a.id JOIN entity e ON e.id = m.entity_id"
                        + " WHERE " + ArticleCatalog.DAY + " BETWEEN ? AND ? AND e.type = ?"
                        + " GROUP BY e.id, e.type, e.name ORDER BY n DESC, e.name LIMIT ?",
                rs -> new Mentioned(FactLoader.entity(rs, 1), rs.getLong(4)), from.toString(), to.toString(),
                type.name(), limit));
    }

    /** The people who acted in the same works as a person, those with the most shared works first. */
    public List<CoStar> coStars(long personId) {
        return tx.read(() -> {
            Map<Long, Entity> people = new LinkedHashMap<>();
            Map<Long, List<Entity>> works = new LinkedHashMap<>();
            for (Entity[] pair : tx.db().list("SELECT p.id, p.type, p.name, w.id, w.type, w.name FROM"
                    + " (SELECT DISTINCT f.person_id, f.work_id FROM fact f WHERE f.work_id IN"
                    + " (SELECT r.work_id FROM (" + ROLES + ") r WHERE r.person_id = ?) AND f.person_id <> ?"
                    + " AND f.type IN ('CAST', 'PLAYS', 'CAMEO') AND " + FactLoader.NOT_REJECTED + ") x"
                    + " JOIN entity p ON p.id = x.person_id JOIN entity w ON w.id = x.work_id",
                    rs -> new Entity[] {FactLoader.entity(rs, 1), FactLoader.entity(rs, 4)}, personId, personId)) {
                people.put(pair[0].id(), pair[0]);
                works.computeIfAbsent(pair[0].id(), k -> new ArrayList<>()).add(pair[1]);
            }
            List<CoStar> out = new ArrayList<>();
            for (Entity p : people.values()) {
                out.add(new CoStar(p, works.get(p.id()).stream().sorted(BY_NAME).toList()));
            }
            out.sort(Comparator.comparing((CoStar c) -> -c.works().size()).thenComparing(CoStar::person, BY_NAME));
            return out;
        });
    }

    /**
     * A person's co-star network: the person, their {@code maxPeople - 1} co-stars with the most shared works,
     * and every pair of these who shared works.
     */
    public Optional<CoStarNetwork> network(long personId, int maxPeople) {
        Optional<Entity> center = entity(personId).filter(e -> e.type() == EntityType.PERSON);
        if (center.isEmpty()) {
            return Optional.empty();
        }
        List<CoStar> coStars = coStars(personId);
        List<Entity> people = new ArrayList<>();
        people.add(center.get());
        coStars.stream().limit(Math.max(0, maxPeople - 1)).forEach(c -> people.add(c.person()));
        return Optional.of(new CoStarNetwork(center.get(), people, tx.read(() -> links(people))));
    }

    private List<CoStarNetwork.Link> links(List<Entity> people) throws SQLException {
        Map<Long, Integer> order = new LinkedHashMap<>();
        people.forEach(p -> order.put(p.id(), order.size()));
        // every role of the people at once (their ids as a JSON array keep the statement fixed), grouped by work
        Map<Entity, List<Long>> cast = new LinkedHashMap<>();
        for (Object[] row : tx.db().list("SELECT DISTINCT r.person_id, w.id, w.type, w.name FROM (" + ROLES
                + ") r JOIN entity w ON w.id = r.work_id WHERE r.person_id IN (SELECT value FROM json_each(?))"
                + " ORDER BY w.id, r.person_id", rs -> new Object[] {rs.getLong(1), FactLoader.entity(rs, 2)},
                order.keySet().toString())) {
            cast.computeIfAbsent((Entity) row[1], k -> new ArrayList<>()).add((Long) row[0]);
        }
        Map<List<Long>, List<Entity>> shared = new TreeMap<>(Comparator.comparing((List<Long> pair) ->
                order.get(pair.get(0))).thenComparing(pair -> order.get(pair.get(1))));
        cast.forEach((work, ids) -> {
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    long a = ids.get(i);
                    long b = ids.get(j);
                    List<Long> pair = order.get(a) < order.get(b) ? List.of(a, b) : List.of(b, a);
                    shared.computeIfAbsent(pair, k -> new ArrayList<>()).add(work);
                }
            }
        });
        Map<Long, Entity> byId = new LinkedHashMap<>();
        people.forEach(p -> byId.put(p.id(), p));
        List<CoStarNetwork.Link> links = new ArrayList<>();
        shared.forEach((pair, works) -> links.add(new CoStarNetwork.Link(byId.get(pair.get(0)), byId.get(pair.get(1)),
                works.stream().sorted(BY_NAME).toList())));
        return links;
    }

    /** Up to {@code limit} entities with ids above {@code afterId}, by id, with their names, for indexing. */
    public List<EntityNames> forIndex(long afterId, int limit) {
        return tx.read(() -> {
            Sql db = tx.db();
            List<Entity> entities = db.list("SELECT id, type, name FROM entity WHERE id > ? ORDER BY id LIMIT ?",
                    rs -> FactLoader.entity(rs, 1), afterId, limit);
            if (entities.isEmpty()) {
                return List.of();
            }
            long last = entities.get(entities.size() - 1).id();
            Map<Long, List<String>> aliases = new LinkedHashMap<>();
            for (Object[] row : db.list("SELECT entity_id, name FROM alias WHERE entity_id > ? AND entity_id <= ?"
                    + " ORDER BY entity_id, name", rs -> new Object[] {rs.getLong(1), rs.getString(2)}, afterId, last)) {
                aliases.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
            }
            Map<Long, Long> articles = new LinkedHashMap<>();
            for (long[] row : db.list("SELECT entity_id, COUNT(DISTINCT article_id) FROM mention"
                    + " WHERE entity_id > ? AND entity_id <= ? GROUP BY entity_id",
                    rs -> new long[] {rs.getLong(1), rs.getLong(2)}, afterId, last)) {
                articles.put(row[0], row[1]);
            }
            List<EntityNames> out = new ArrayList<>(entities.size());
            for (Entity e : entities) {
                out.add(new EntityNames(e, aliases.getOrDefault(e.id(), List.of(e.name())),
                        articles.getOrDefault(e.id(), 0L)));
            }
            return out;
        });
    }
}
