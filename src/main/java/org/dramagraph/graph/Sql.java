package org.dramagraph.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The store's connection with the few JDBC shapes it needs: a list of rows, one row, an update, an insert
 * returning its id, and transactions. Statements are prepared once and kept: storing an article runs about a
 * hundred small ones, and preparing each anew would cost more than running it.
 *
 * <p>The connection stays in JDBC's auto-commit mode and transactions are begun by statement, because the
 * driver begins the next transaction the moment one commits: a write transaction begun that way would hold
 * the store's write lock between articles, and a read one could not take the write lock up front.
 */
final class Sql implements AutoCloseable {
    /** Maps the current row of a result set. */
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Sql(Connection connection) {
        this.connection = connection;
    }

    <T> List<T> list(String sql, Row<T> row, Object... params) throws SQLException {
        try (ResultSet rs = bind(sql, params).executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... params) throws SQLException {
        try (ResultSet rs = bind(sql, params).executeQuery()) {
            return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
        }
    }

    long count(String sql, Object... params) throws SQLException {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    int update(String sql, Object... params) throws SQLException {
        return bind(sql, params).executeUpdate();
    }

    /** Runs an {@code INSERT ... RETURNING id} and gives the new row's id. */
    long insert(String sql, Object... params) throws SQLException {
        return one(sql, rs -> rs.getLong(1), params)
                .orElseThrow(() -> new SQLException("insert returned no id: " + sql));
    }

    /** Begins a read transaction: it sees one state of the store and takes no lock that holds writers back. */
    void beginRead() throws SQLException {
        bind("BEGIN DEFERRED").execute();
    }

    /**
     * Begins a write transaction holding the store's write lock, waiting (up to the busy timeout) while another
     * connection holds it. Taking the lock before reading means the transaction never has to upgrade a read
     * snapshot that another writer has made stale, which SQLite refuses at once ({@code SQLITE_BUSY_SNAPSHOT}).
     */
    void beginWrite() throws SQLException {
        bind("BEGIN IMMEDIATE").execute();
    }

    void commit() throws SQLException {
        bind("COMMIT").execute();
    }

    void rollback() throws SQLException {
        bind("ROLLBACK").execute();
    }

    /** Whether a failure is SQLite's "the store is locked by another connection" ({@code SQLITE_BUSY} and its kinds). */
    static boolean busy(SQLException e) {
        return e instanceof SQLiteException s && (s.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code;
    }

    /** Closes the statements and the connection; SQLite rolls back a transaction left open. */
    @Override
    public void close() throws SQLException {
        for (PreparedStatement st : prepared.values()) {
            st.close();
        }
        connection.close();
    }

    private PreparedStatement bind(String sql, Object... params) throws SQLException {
        PreparedStatement st = prepared.get(sql);
        if (st == null) {
            st = connection.prepareStatement(sql);
            prepared.put(sql, st);
        }
        st.clearParameters();
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
        return st;
    }
}
