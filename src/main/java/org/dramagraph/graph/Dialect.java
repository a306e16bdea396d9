package org.dramagraph.graph;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The little SQL that differs between the two databases a store can live in: how transactions begin, and reading a
 * list of keys passed as one JSON array (so that a statement with any number of keys stays one prepared statement).
 * Everything else the store runs is the same on both: standard SQL, plus what both spell alike ({@code LIMIT},
 * {@code INSERT ... ON CONFLICT}, {@code RETURNING}, {@code string_agg}).
 */
enum Dialect {
    /**
     * Writes take the store's write lock before they read anything ({@code BEGIN IMMEDIATE}), so that a transaction
     * never has to upgrade a read snapshot that another writer has made stale, which SQLite refuses at once
     * ({@code SQLITE_BUSY_SNAPSHOT}); another connection's write waits up to the busy timeout.
     */
    SQLITE("BEGIN DEFERRED", "BEGIN IMMEDIATE", "classpath:db/sqlite") {
        @Override
        String jsonTexts() {
            return "SELECT value FROM json_each(?)";
        }

        @Override
        String jsonIds() {
            return jsonTexts();
        }

        @Override
        boolean retry(SQLException e) {
            return false; // the busy timeout has waited already
        }

        @Override
        boolean busy(SQLException e) {
            return e instanceof SQLiteException s
                    && (s.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code;
        }
    },
    /**
     * Writes run beside each other as serializable transactions: the server lets each commit only if the outcome is
     * that of some order of them one at a time, and fails the others with a serialization failure, which the store
     * runs again from the start. Reads see one snapshot and take no lock.
     */
    POSTGRESQL("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", "BEGIN ISOLATION LEVEL SERIALIZABLE",
            "classpath:db/postgresql") {
        @Override
        String jsonTexts() {
            return "SELECT value FROM json_array_elements_text(CAST(? AS JSON))";
        }

        @Override
        String jsonIds() {
            return "SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS JSON))";
        }

        @Override
        boolean retry(SQLException e) {
            // serialization_failure, deadlock_detected
            return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
        }

        @Override
        boolean busy(SQLException e) {
            return retry(e);
        }
    };

    private final String beginRead;
    private final String beginWrite;
    private final String migrations;

    Dialect(String beginRead, String beginWrite, String migrations) {
        this.beginRead = beginRead;
        this.beginWrite = beginWrite;
        this.migrations = migrations;
    }

    /** Begins a transaction that sees one state of the store and holds writers back by no lock. */
    String beginRead() {
        return beginRead;
    }

    /** Begins a write transaction. */
    String beginWrite() {
        return beginWrite;
    }

    /** Flyway's locations: the migrations both share, then this database's own. */
    String[] migrations() {
        return new String[] {"classpath:db/migration", migrations};
    }

    /** A subquery giving the strings of a JSON array bound to its one {@code ?}. */
    abstract String jsonTexts();

    /** A subquery giving the integers of a JSON array bound to its one {@code ?}. */
    abstract String jsonIds();

    /** Whether a write that failed so may simply be run again: another writer's transaction got in its way. */
    abstract boolean retry(SQLException e);

    /** Whether a write failed because other writers held it back too long. */
    abstract boolean busy(SQLException e);
}
