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

/**
 * The store's connection with the few JDBC shapes it needs: a list of rows, one row, an update, an insert
 * returning its id, and transactions. Statements are prepared once and kept: storing an article runs about a
 * hundred small ones, and preparing each anew would cost more than running it.
 *
 * <p>The connection stays in JDBC's auto-commit mode and transactions are begun by statement ({@link Dialect}),
 * because the SQLite driver begins the next transaction the moment one commits: a write transaction begun that way
 * would hold the store's write lock between articles, and a read one could not take the write lock up front.
 */
final class Sql implements AutoCloseable {
    /** Maps the current row of a result set. */
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final Dialect dialect;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Sql(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** The database's own spelling of what differs. */
    Dialect dialect() {
        return dialect;
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
        bind(dialect.beginRead()).execute();
    }

    /** Begins a write transaction, as {@link Dialect#beginWrite()} says. */
    void beginWrite() throws SQLException {
        bind(dialect.beginWrite()).execute();
    }

    void commit() throws SQLException {
        bind("COMMIT").execute();
    }

    void rollback() throws SQLException {
        bind("ROLLBACK").execute();
    }

    /** Closes the statements and the connection; the database rolls back a transaction left open. */
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
