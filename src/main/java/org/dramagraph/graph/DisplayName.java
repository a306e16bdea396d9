package org.dramagraph.graph;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Picks an entity's display name: the spelling its sources use most, the fullest on ties. */
final class DisplayName {
    private record Spelling(String name, long uses) {
        int parts() {
            return name.split("[\\s\\-]+").length;
        }
    }

    private static final Comparator<Spelling> BEST = Comparator.comparingLong(Spelling::uses).reversed()
            .thenComparing(Comparator.comparingInt(Spelling::parts).reversed())
            .thenComparing(Comparator.comparingInt((Spelling s) -> s.name().length()).reversed())
            .thenComparing(Spelling::name);

    private DisplayName() {
    }

    /** Sets the display name of an entity from the spellings its sources use now. */
    static void refresh(Sql db, long entity) throws SQLException {
        List<Spelling> spellings = db.list("SELECT name, uses FROM alias WHERE entity_id = ?",
                rs -> new Spelling(rs.getString(1), rs.getLong(2)), entity);
        Optional<Spelling> best = spellings.stream().min(BEST);
        if (best.isPresent()) {
            String name = best.get().name();
            db.update("UPDATE entity SET name = ? WHERE id = ? AND name <> ?", name, entity, name);
        }
    }
}
