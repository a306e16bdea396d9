package org.dramagraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only a SQLite store does: a file of its own, made with its folder, in write-ahead-log mode. */
class SqliteStoreTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileIsMadeWithItsFolderInWalMode() throws Exception {
        Path file = dir.resolve("sub/graph.db");
        try (GraphStore graph = GraphStore.open(file)) {
            assertThat(graph.location().file()).contains(file);
            assertThat(graph.location()).hasToString(file.toString());
        }
        assertThat(file).isRegularFile();
        assertThat(Fixtures.column(StoreLocation.of(file), "PRAGMA journal_mode")).containsExactly("wal");
    }

    @Test
    void refusesAFileThatIsNotAStoreAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a database\n".repeat(200));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> GraphStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
