package org.dramagraph.graph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few JDBC shapes the store needs: a list of rows, one row, an update, an insert returning its id. */
final class Sql {
    /** Maps the current row of a result set. */
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    static <T> List<T> list(Connection db, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement st = prepare(db, sql, params); ResultSet rs = st.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        }
    }

    static <T> Optional<T> one(Connection db, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement st = prepare(db, sql, params); ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
        }
    }

    static long count(Connection db, String sql, Object... params) throws SQLException {
        return one(db, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    static int update(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = prepare(db, sql, params)) {
            return st.executeUpdate();
        }
    }

    /** Runs an {@code INSERT ... RETURNING id} and gives the new row's id. */
    static long insert(Connection db, String sql, Object... params) throws SQLException {
        return one(db, sql, rs -> rs.getLong(1), params)
                .orElseThrow(() -> new SQLException("insert returned no id: " + sql));
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... params) throws SQLException {
        PreparedStatement st = db.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st;
        } catch (SQLException e) {
            st.close();
            throw e;
        }
    }
}
