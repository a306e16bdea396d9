package org.dramagraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How {@code --db} is read: a path is a SQLite file, a PostgreSQL URL a database, and a password never shows. */
class StoreLocationTest {
    @Test
    void aPathIsASqliteFile() {
        StoreLocation store = StoreLocation.parse("data/graph.db", Map.of());

        assertThat(store.file()).contains(Path.of("data/graph.db"));
        assertThat(store).hasToString("data/graph.db").isEqualTo(StoreLocation.of(Path.of("data/graph.db")));
    }

    @Test
    void aPostgresUrlIsADatabaseWithItsPasswordMasked() {
        StoreLocation store = StoreLocation.parse(
                "jdbc:postgresql://db.example:5433/graph?user=reader&password=s3cr%26t&ssl=true", Map.of());

        assertThat(store.file()).isEmpty();
        assertThat(store).hasToString("jdbc:postgresql://db.example:5433/graph?user=reader&password=***&ssl=true");
        assertThat(store).isEqualTo(StoreLocation.parse(
                "jdbc:postgresql://db.example:5433/graph?user=reader&ssl=true", Map.of("PGPASSWORD", "s3cr&t")));
        assertThat(store).isNotEqualTo(StoreLocation.parse(
                "jdbc:postgresql://db.example:5433/graph?user=reader&ssl=true", Map.of()));
    }

    @Test
    void thePasswordOfTheUrlWinsOverTheEnvironment() {
        StoreLocation store = StoreLocation.parse("jdbc:postgresql://db/graph?user=u&password=fromurl",
                Map.of("PGPASSWORD", "fromenv"));

        assertThat(store).isEqualTo(StoreLocation.parse("jdbc:postgresql://db/graph?user=u&password=fromurl", Map.of()));
        assertThat(store.toString()).doesNotContain("fromurl").doesNotContain("fromenv");
    }

    @Test
    void aPasswordFromTheEnvironmentIsNotShownEither() {
        StoreLocation store = StoreLocation.parse("jdbc:postgresql://db/graph?user=u", Map.of("PGPASSWORD", "hidden"));

        assertThat(store).hasToString("jdbc:postgresql://db/graph?user=u");
    }

    @Test
    void aPasswordBeforeTheHostIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> StoreLocation.parse("jdbc:postgresql://u:hunter2@db/graph", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://u:***@db/graph")
                .hasMessageContaining("?user=NAME&password=SECRET")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void anotherKindOfDatabaseIsRefusedWithoutShowingItsPassword() {
        assertThatThrownBy(() -> StoreLocation.parse("jdbc:mysql://db/graph?user=u&password=hunter2", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown kind of store jdbc:mysql://db/graph?user=u&password=***: give a file path (SQLite)"
                        + " or a jdbc:postgresql:// URL");
    }
}
