package org.dramagraph.source.html.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared article-extraction benchmark, or a skipped test where it is absent. */
public final class BenchmarkData {
    private static ArticleBenchmark loaded;

    private BenchmarkData() {
    }

    /** The benchmark folder; skips the calling test when {@code dramagraph.shared} does not hold it. */
    public static Path dir() {
        String shared = System.getProperty("dramagraph.shared");
        assumeTrue(shared != null, "system property dramagraph.shared is not set");
        Path dir = Path.of(shared, "bench", "article-extraction");
        assumeTrue(Files.isRegularFile(dir.resolve("ground-truth.json")), "no benchmark at " + dir);
        return dir;
    }

    /** The benchmark, loaded once per test run. */
    public static synchronized ArticleBenchmark benchmark() {
        Path dir = dir();
        if (loaded == null) {
            try {
                loaded = ArticleBenchmark.load(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }
}
