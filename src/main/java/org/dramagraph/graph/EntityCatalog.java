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
        return coStars(personId, Integer.MAX_VALUE).items();
    }

    /**
     * The first {@code limit} of a person's co-stars, those with the most shared works first (then by name), and
     * how many there are. Counted, ordered and cut in SQL, so that a person with hundreds of co-stars costs what
     * one with a few does.
     */
    public Slice<CoStar> coStars(long personId, int limit) {
        return tx.read(() -> {
            Sql db = tx.db();
            String mine = "SELECT DISTINCT r.work_id FROM (" + ROLES + ") r WHERE r.person_id = ?";
            Map<Long, Entity> works = new LinkedHashMap<>();
            for (Entity w : db.list("SELECT w.id, w.type, w.name FROM entity w WHERE w.id IN (" + mine + ")",
                    rs -> FactLoader.entity(rs, 1), personId)) {
                works.put(w.id(), w);
            }
            record Counted(CoStar coStar, long of) {
            }
            // the window counts the groups before LIMIT cuts them: how many co-stars there are in all
            List<Counted> rows = db.list("SELECT p.id, p.type, p.name, string_agg(CAST(x.work_id AS TEXT), ','),"
                    + " COUNT(*) OVER ()"
                    + " FROM (SELECT DISTINCT f.person_id, f.work_id FROM fact f WHERE f.work_id IN (" + mine + ")"
                    + " AND f.person_id <> ? AND f.type IN ('CAST', 'PLAYS', 'CAMEO') AND " + FactLoader.NOT_REJECTED
                    + ") x JOIN entity p ON p.id = x.person_id GROUP BY p.id"
                    + " ORDER BY COUNT(*) DESC, LOWER(p.name), p.id LIMIT ?", rs -> {
                        List<Entity> shared = new ArrayList<>();
                        for (String id : rs.getString(4).split(",")) {
                            shared.add(works.get(Long.parseLong(id)));
                        }
                        shared.sort(BY_NAME);
                        return new Counted(new CoStar(FactLoader.entity(rs, 1), shared), rs.getLong(5));
                    }, personId, personId, limit);
            return new Slice<>(rows.stream().map(Counted::coStar).toList(), rows.isEmpty() ? 0 : rows.get(0).of(), 0,
                    limit);
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
        List<Entity> people = new ArrayList<>();
        people.add(center.get());
        coStars(personId, Math.max(0, maxPeople - 1)).items().forEach(c -> people.add(c.person()));
        return Optional.of(new CoStarNetwork(center.get(), people, tx.read(() -> links(people))));
    }

    private List<CoStarNetwork.Link> links(List<Entity> people) throws SQLException {
        Map<Long, Integer> order = new LinkedHashMap<>();
        people.forEach(p -> order.put(p.id(), order.size()));
        // every role of the people at once (their ids as a JSON array keep the statement fixed), grouped by work
        Map<Entity, List<Long>> cast = new LinkedHashMap<>();
        for (Object[] row : tx.db().list("SELECT DISTINCT r.person_id, w.id, w.type, w.name FROM (" + ROLES
                + ") r JOIN entity w ON w.id = r.work_id WHERE r.person_id IN (" + tx.db().dialect().jsonIds() + ")"
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
