package org.dramagraph.graph;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs reads and writes on the store's connection, each in its own transaction. Several processes or threads may
 * write one store at once: on SQLite each write takes the store's write lock before it reads anything and waits its
 * turn (up to the busy timeout); on PostgreSQL writes run side by side as serializable transactions, and one that
 * another got in the way of is rolled back and run again from the start (for up to the busy timeout), so that a
 * write's work must do nothing but run SQL on {@link #db()}.
 */
final class Transactor {
    /** Work on the connection. */
    interface Work<T> {
        T run() throws SQLException;
    }

    private final StoreLocation location;
    private final Sql db;

    Transactor(StoreLocation location, Sql db) {
        this.location = location;
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
            throw new StoreException("cannot read store " + location + ": " + e.getMessage(), e);
        }
    }

    /** A write commits whole or not at all; {@code what} names it in the error. */
    <T> T write(String what, Work<T> work) {
        long deadline = System.nanoTime() + GraphStore.BUSY_TIMEOUT.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (SQLException e) {
                boolean again = db.dialect().retry(e) && System.nanoTime() < deadline;
                if (again && pause(attempt)) {
                    continue;
                }
                throw new StoreException("cannot " + what + " in " + location + ": " + e.getMessage()
                        + (db.dialect().busy(e) ? " (other writers held the store for over "
                        + GraphStore.BUSY_TIMEOUT.toSeconds() + " s)" : ""), e);
            } catch (RuntimeException e) {
                throw new StoreException("cannot " + what + " in " + location + ": " + e.getMessage(), e);
            }
        }
    }

    private <T> T once(Work<T> work) throws SQLException {
        db.beginWrite();
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
            throw e;
        }
    }

    /**
     * Waits a random while before another attempt, longer after each (up to about 50 ms), so that writers that
     * collided do not collide again in step. False when interrupted.
     */
    private static boolean pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2 + Math.min(50, 1L << Math.min(attempt, 6))));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
