package org.dramagraph.graph;

import java.nio.file.Path;
import java.sql.SQLException;

/** Runs reads and writes on the store's connection, each in its own transaction. */
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
            T result = work.run();
            db.rollback();
            return result;
        } catch (SQLException e) {
            throw new StoreException("cannot read store " + file + ": " + e.getMessage(), e);
        }
    }

    /** A write commits whole or not at all; {@code what} names it in the error. */
    <T> T write(String what, Work<T> work) {
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
