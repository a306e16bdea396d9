package org.dramagraph.graph;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dramagraph.fact.FactType;

/** Builds the person, work, character and organisation views from the facts around an entity. */
final class Profiles {
    private static final Comparator<Entity> BY_NAME =
            Comparator.comparing((Entity e) -> e.name().toLowerCase(java.util.Locale.ROOT)).thenComparing(Entity::id);

    private final Sql db;

    Profiles(Sql db) {
        this.db = db;
    }

    Optional<PersonProfile> person(long id, int maxSources) throws SQLException {
        Optional<Entity> person = entity(id, EntityType.PERSON);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        List<GraphFact> facts = FactLoader.load(db, "f.person_id = ?", id, maxSources);
        List<Role> roles = roles(facts, GraphFact::work);
        roles.sort(Comparator.comparing(Role::work, BY_NAME));
        return Optional.of(new PersonProfile(person.get(), Names.aliases(db, id), roles,
                ofType(facts, FactType.WROTE), ofType(facts, FactType.DIRECTED), ofType(facts, FactType.QUOTE)));
    }

    Optional<WorkProfile> work(long id, int maxSources) throws SQLException {
        Optional<Entity> work = entity(id, EntityType.WORK);
        if (work.isEmpty()) {
            return Optional.empty();
        }
        List<GraphFact> facts = FactLoader.load(db, "f.work_id = ?", id, maxSources);
        List<Role> roles = roles(facts, GraphFact::person);
        roles.sort(Comparator.comparing(Role::person, BY_NAME));
        return Optional.of(new WorkProfile(work.get(), Names.aliases(db, id),
                roles.stream().filter(r -> !r.cameo()).toList(), roles.stream().filter(Role::cameo).toList(),
                ofType(facts, FactType.WROTE), ofType(facts, FactType.DIRECTED), ofType(facts, FactType.NETWORK)));
    }

    Optional<CharacterProfile> character(long id, int maxSources) throws SQLException {
        Optional<Entity> character = entity(id, EntityType.CHARACTER);
        if (character.isEmpty()) {
            return Optional.empty();
        }
        List<Portrayal> portrayals = new ArrayList<>();
        for (GraphFact f : FactLoader.load(db, "f.character_id = ? AND f.type = 'PLAYS'", id, maxSources)) {
            boolean cameo = db.count("SELECT COUNT(*) FROM fact f WHERE f.type = 'CAMEO' AND f.person_id = ?"
                    + " AND f.work_id = ? AND " + FactLoader.NOT_REJECTED, f.person().id(), f.work().id()) > 0;
            portrayals.add(new Portrayal(f.person(), f.work(), cameo, f));
        }
        portrayals.sort(Comparator.comparing(Portrayal::work, BY_NAME).thenComparing(Portrayal::person, BY_NAME));
        return Optional.of(new CharacterProfile(character.get(), Names.aliases(db, id), portrayals));
    }

    Optional<OrgProfile> org(long id, int maxSources) throws SQLException {
        Optional<Entity> org = entity(id, EntityType.ORG);
        if (org.isEmpty()) {
            return Optional.empty();
        }
        List<GraphFact> works = new ArrayList<>(FactLoader.load(db, "f.org_id = ? AND f.type = 'NETWORK'", id,
                maxSources));
        works.sort(Comparator.comparing(GraphFact::work, BY_NAME));
        return Optional.of(new OrgProfile(org.get(), Names.aliases(db, id), works));
    }

    /** Cast, plays and cameo facts grouped into one role per person-work pair, keyed by the other side. */
    private static List<Role> roles(List<GraphFact> facts, Function<GraphFact, Entity> other) {
        Map<Long, List<GraphFact>> byOther = new LinkedHashMap<>();
        for (GraphFact f : facts) {
            if (f.type() == FactType.CAST || f.type() == FactType.PLAYS || f.type() == FactType.CAMEO) {
                byOther.computeIfAbsent(other.apply(f).id(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Role> roles = new ArrayList<>();
        for (List<GraphFact> group : byOther.values()) {
            GraphFact first = group.get(0);
            List<Entity> characters = group.stream().filter(f -> f.type() == FactType.PLAYS)
                    .map(GraphFact::character).distinct().sorted(BY_NAME).toList();
            boolean cameo = group.stream().anyMatch(f -> f.type() == FactType.CAMEO);
            roles.add(new Role(first.person(), first.work(), characters, cameo, group));
        }
        return roles;
    }

    private static List<GraphFact> ofType(List<GraphFact> facts, FactType type) {
        return facts.stream().filter(f -> f.type() == type).toList();
    }

    private Optional<Entity> entity(long id, EntityType type) throws SQLException {
        return db.one("SELECT id, type, name FROM entity WHERE id = ? AND type = ?",
                rs -> FactLoader.entity(rs, 1), id, type.name());
    }
}
