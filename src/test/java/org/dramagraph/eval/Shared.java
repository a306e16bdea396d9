package org.dramagraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared evaluation data next to the repository (never copied into it). */
final class Shared {
    static final Path ROOT = Path.of(System.getProperty("dramagraph.shared", "../shared"));

    private Shared() {
    }

    /** A folder of the shared data; the test is skipped when it is not there. */
    static Path folder(String relative) {
        Path p = ROOT.resolve(relative);
        Assumptions.assumeTrue(Files.isDirectory(p), "shared data not found: " + p);
        return p;
    }
}
