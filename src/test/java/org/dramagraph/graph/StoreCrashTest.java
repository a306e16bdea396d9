package org.dramagraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.dramagraph.extract.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * kill -9 in the middle of storing: a real child process stores generated articles with hand-built facts
 * and is killed with SIGKILL; the store must be consistent, hold whole articles only, and a second run
 * must end with exactly what an uninterrupted run stores. On each kind of store.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class StoreCrashTest {
    static final int ARTICLES = 300;

    @TempDir
    Path dir;

    @Parameter
    StoreKind kind;

    @Test
    void aStoreKilledMidIngestIsConsistentAndFinishesLikeAnUninterruptedRun() throws Exception {
        String argument = kind.argument(dir);
        StoreLocation killed = StoreLocation.parse(argument);
        Process child = ChildProcess.start(dir.resolve("child.log"), CrashIngestMain.class.getName(),
                argument, Integer.toString(ARTICLES));
        boolean wasKilled = ChildProcess.killWhenStored(child, killed, 20, Duration.ofSeconds(120));
        assertThat(wasKilled).as("the child was killed mid-run; its log: %s",
                Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log")) : "").isTrue();

        StoreChecks.assertConsistent(killed);
        GeneratedArticles articles = new GeneratedArticles();
        List<String> stored = StoreChecks.rows(killed, "SELECT id FROM article");
        try (GraphStore graph = GraphStore.open(killed)) {
            for (String id : stored) {
                // the stored text tells which version of the id was committed last: it holds all of that one
                String text = StoreChecks.rows(killed, "SELECT title || '|' || original_text FROM article WHERE id = '"
                        + id + "'").get(0);
                Extraction version = IntStream.range(0, ARTICLES).mapToObj(articles::get)
                        .filter(x -> x.article().id().equals(id))
                        .filter(x -> (x.article().title() + "|" + x.article().text()).equals(text))
                        .findFirst().orElseThrow();
                StoreChecks.assertHoldsAllOf(graph, version);
            }
        }

        Process rerun = ChildProcess.start(dir.resolve("rerun.log"), CrashIngestMain.class.getName(),
                argument, Integer.toString(ARTICLES));
        assertThat(rerun.waitFor()).as(Files.readString(dir.resolve("rerun.log"))).isZero();

        StoreLocation whole = kind.create(dir);
        try (GraphStore graph = GraphStore.open(whole)) {
            for (int i = 0; i < ARTICLES; i++) {
                graph.ingest(articles.get(i));
            }
        }
        StoreChecks.assertConsistent(killed);
        assertThat(StoreChecks.dump(killed)).isEqualTo(StoreChecks.dump(whole));
        assertThat(StoreChecks.dump(whole)).anyMatch(line -> line.startsWith("fact|QUOTE|"))
                .anyMatch(line -> line.startsWith("fact|CAMEO|")).anyMatch(line -> line.startsWith("photo|"));
    }
}
