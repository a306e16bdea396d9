package org.dramagraph.graph;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a class of this build in a JVM of its own, and kills it with SIGKILL once a store holds enough articles. */
public final class ChildProcess {
    private ChildProcess() {
    }

    /** Starts {@code main} with the test class path; its output goes to {@code log}. */
    public static Process start(Path log, String main, String... args) throws IOException {
        return start(log, Map.of(), main, args);
    }

    /** As {@link #start(Path, String, String...)}, with these environment variables added to this JVM's. */
    public static Process start(Path log, Map<String, String> env, String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    /**
     * Waits until the store holds at least {@code articles} articles, then kills the process at once
     * ({@link Process#destroyForcibly}, SIGKILL on Linux). Returns whether it died of that kill, rather than
     * ending first.
     */
    public static boolean killWhenStored(Process child, Path db, int articles, Duration timeout)
            throws InterruptedException {
        return killWhenStored(child, StoreLocation.of(db), articles, timeout);
    }

    /** As {@link #killWhenStored(Process, Path, int, Duration)}, for any store. */
    public static boolean killWhenStored(Process child, StoreLocation db, int articles, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (storedArticles(db) >= articles) {
                child.destroyForcibly();
                return child.waitFor() == 128 + 9;
            }
            Thread.sleep(5);
        }
        child.destroyForcibly();
        child.waitFor();
        return false;
    }

    private static long storedArticles(StoreLocation db) {
        if (db.file().isPresent() && !db.file().get().toFile().exists()) {
            return 0;
        }
        try {
            return Long.parseLong(StoreChecks.rows(db, "SELECT COUNT(*) FROM article").get(0));
        } catch (SQLException e) {
            return 0; // not migrated yet, or busy
        }
    }
}
