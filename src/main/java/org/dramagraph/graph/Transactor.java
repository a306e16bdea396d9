package org.dramagraph.graph;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Runs reads and writes on the store's connection, each in its own transaction. Writes take the store's write
 * lock before they read anything, so several processes or threads writing one store wait their turn (up to the
 * busy timeout) instead of failing.
 */
final class Transactor {
    /** Work on the connection. */
    interface Work<T> {
        T run() throws SQLException;
    }

    private final Path file;
    private final Sql db;

    Transactor(Path file, Sql db) {
        this.file = file;
        this.db = db;
    }

    Sql db() {
        return db;
    }

    /** A read sees one state and holds no lock after. */
    <T> T read(Work<T> work) {
        try {
            db.beginRead();
            try {
                return work.run();
            } finally {
                db.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read store " + file + ": " + e.getMessage(), e);
        }
    }

    /** A write commits whole or not at all; {@code what} names it in the error. */
    <T> T write(String what, Work<T> work) {
        try {
            db.beginWrite();
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + file + ": " + e.getMessage()
                    + (Sql.busy(e) ? " (another process held the store's write lock for over "
                    + GraphStore.BUSY_TIMEOUT.toSeconds() + " s)" : ""), e);
        }
        try {
            T result = work.run();
            db.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                db.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }
}
