package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.dramagraph.extract.Extractor;
import org.dramagraph.graph.ChildProcess;
import org.dramagraph.graph.GeneratedArticles;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.graph.StoreChecks;
import org.dramagraph.source.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a real {@code dramagraph ingest} process over generated article files: the store stays
 * consistent, every stored article holds all that the extractor gives it, and running the same command
 * again ends with exactly what one uninterrupted run stores.
 */
class IngestCrashTest {
    static final int ARTICLES = 600;

    @TempDir
    Path dir;

    @Test
    void anIngestKilledMidRunIsConsistentAndFinishesLikeAnUninterruptedOne() throws Exception {
        Path in = Files.createDirectories(dir.resolve("articles"));
        GeneratedArticles generated = new GeneratedArticles();
        for (int i = 0; i < ARTICLES; i++) {
            Article a = generated.get(i).article();
            Files.writeString(in.resolve(String.format("story-%04d.txt", i)), a.title() + "\n" + a.text() + "\n");
        }
        Path killed = dir.resolve("killed.db");
        String[] ingest = {"ingest", in.toString(), "--no-progress", "--db", killed.toString()};

        Process child = ChildProcess.start(dir.resolve("child.log"), Main.class.getName(), ingest);
        assertThat(ChildProcess.killWhenStored(child, killed, 30, Duration.ofSeconds(120)))
                .as("killed mid-run; child output: %s", Files.readString(dir.resolve("child.log"))).isTrue();

        StoreChecks.assertConsistent(killed);
        Extractor extractor = new Extractor();
        try (GraphStore graph = GraphStore.open(killed)) {
            for (String id : StoreChecks.rows(killed, "SELECT id FROM article")) {
                List<String> row = StoreChecks.rows(killed, "SELECT origin || char(0) || title || char(0) || original_text"
                        + " || char(0) || COALESCE(published, '') FROM article WHERE id = '" + id + "'");
                String[] f = row.get(0).split("\0", -1);
                Article stored = new Article(id, f[0], null, f[1], f[3].isEmpty() ? null : LocalDate.parse(f[3]), f[2],
                        List.of());
                StoreChecks.assertHoldsAllOf(graph, extractor.extract(stored));
            }
        }

        Process rerun = ChildProcess.start(dir.resolve("rerun.log"), Main.class.getName(), ingest);
        assertThat(rerun.waitFor()).as(Files.readString(dir.resolve("rerun.log"))).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(dir.resolve("rerun.log"))).contains(" unchanged, ").contains(" 0 failed;");

        Path whole = dir.resolve("whole.db");
        assertThat(Cli.run("ingest", in.toString(), "--no-progress", "--db", whole.toString()).exitCode())
                .isEqualTo(ExitCodes.OK);
        StoreChecks.assertConsistent(killed);
        assertThat(StoreChecks.dump(killed)).isEqualTo(StoreChecks.dump(whole))
                .filteredOn(line -> line.startsWith("article|")).hasSizeGreaterThan(ARTICLES / 2);
    }
}
