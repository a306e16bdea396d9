package org.dramagraph.graph;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two kinds of store, for the tests that every store must pass (the store's contract): a test class runs once
 * for each, with {@code @ParameterizedClass @EnumSource(StoreKind.class)}, and makes its stores with
 * {@link #create(Path)} or, for the command line, {@link #argument(Path)}.
 */
public enum StoreKind {
    /** A new SQLite file in the test's folder. */
    SQLITE {
        @Override
        public String argument(Path dir) {
            return dir.resolve("store-" + FILES.incrementAndGet() + ".db").toString();
        }
    },
    /** A new schema on the test JVM's PostgreSQL server ({@link PostgresServer}); skips the test without one. */
    POSTGRESQL {
        @Override
        public String argument(Path dir) {
            return PostgresServer.shared().newStore();
        }
    };

    private static final AtomicInteger FILES = new AtomicInteger();

    /** A new, empty store as {@code --db} takes it (a URL with its password); {@code dir} is the test's folder. */
    public abstract String argument(Path dir);

    /** A new, empty store; {@code dir} is the test's temporary folder. */
    public StoreLocation create(Path dir) {
        return StoreLocation.parse(argument(dir));
    }
}
