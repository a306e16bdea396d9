package org.dramagraph.graph;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Readers' comments: stored as given, shown, held or hidden. What may be posted and which comments are
 * held is decided before they get here. Get it from {@link GraphStore#comments()}; like the store, it is
 * not thread-safe.
 */
public final class CommentBook {
    private static final String COLUMNS = "SELECT id, target_type, target_id, author, body, status, created_at FROM comment";

    private final Transactor tx;

    CommentBook(Transactor tx) {
        this.tx = tx;
    }

    /** Stores a comment and returns it with its id. */
    public Comment add(Comment.Target target, String author, String body, Comment.Status status, Instant created) {
        long id = tx.write("store a comment", () -> tx.db().insert("INSERT INTO comment (target_type, target_id,"
                        + " author, body, status, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                target.type().name(), target.id(), author, body, status.name(), created.toString()));
        return new Comment(id, target, author, body, status, created);
    }

    /** The comments readers see on a page, oldest first. */
    public List<Comment> visible(Comment.Target target) {
        return tx.read(() -> tx.db().list(COLUMNS + " WHERE target_type = ? AND target_id = ? AND status = 'VISIBLE'"
                + " ORDER BY id", CommentBook::comment, target.type().name(), target.id()));
    }

    /** Comments with one status, newest first, a page at a time: what editors moderate. */
    public Slice<Comment> withStatus(Comment.Status status, int offset, int limit) {
        return tx.read(() -> new Slice<>(tx.db().list(COLUMNS + " WHERE status = ? ORDER BY id DESC LIMIT ? OFFSET ?",
                CommentBook::comment, status.name(), limit, offset),
                tx.db().count("SELECT COUNT(*) FROM comment WHERE status = ?", status.name()), offset, limit));
    }

    /** Shows, holds or hides a comment; false when there is no such comment. */
    public boolean setStatus(long id, Comment.Status status) {
        return tx.write("change comment " + id, () -> tx.db().update("UPDATE comment SET status = ? WHERE id = ?",
                status.name(), id)) > 0;
    }

    private static Comment comment(ResultSet rs) throws SQLException {
        return new Comment(rs.getLong(1), new Comment.Target(Comment.Target.Type.valueOf(rs.getString(2)),
                rs.getString(3)), rs.getString(4), rs.getString(5), Comment.Status.valueOf(rs.getString(6)),
                Instant.parse(rs.getString(7)));
    }
}
