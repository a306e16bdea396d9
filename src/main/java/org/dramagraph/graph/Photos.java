package org.dramagraph.graph;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Loads photos with the people their captions name. */
final class Photos {
    private static final String COLUMNS = "p.article_id, a.title, p.position, p.url, p.caption, p.credit, p.alt,"
            + " p.thumbnail";
    private static final String OF_ENTITY = " FROM photo_person pp"
            + " JOIN photo p ON p.article_id = pp.article_id AND p.position = pp.position"
            + " JOIN article a ON a.id = p.article_id WHERE pp.entity_id = ?";

    private Photos() {
    }

    /** An article's photos, in order. */
    static List<ArticlePhoto> ofArticle(Sql db, String articleId) throws SQLException {
        return withPeople(db, db.list("SELECT " + COLUMNS + " FROM photo p JOIN article a ON a.id = p.article_id"
                + " WHERE p.article_id = ? ORDER BY p.position", Photos::row, articleId));
    }

    /** The photos whose captions name an entity, the newest article first, {@code limit} from {@code offset}. */
    static Slice<ArticlePhoto> ofEntity(Sql db, long entityId, int offset, int limit) throws SQLException {
        return new Slice<>(withPeople(db, db.list("SELECT " + COLUMNS + OF_ENTITY
                + " ORDER BY COALESCE(a.published, SUBSTR(a.ingested_at, 1, 10)) DESC, a.id, p.position LIMIT ? OFFSET ?",
                Photos::row, entityId, limit, offset)), db.count("SELECT COUNT(*)" + OF_ENTITY, entityId), offset, limit);
    }

    /** Sets a photo's thumbnail file; false when there is no such photo. */
    static boolean setThumbnail(Sql db, String articleId, int position, String file) throws SQLException {
        return db.update("UPDATE photo SET thumbnail = ? WHERE article_id = ? AND position = ?",
                file, articleId, position) > 0;
    }

    private static ArticlePhoto row(ResultSet rs) throws SQLException {
        return new ArticlePhoto(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), List.of());
    }

    private static List<ArticlePhoto> withPeople(Sql db, List<ArticlePhoto> photos) throws SQLException {
        List<ArticlePhoto> out = new ArrayList<>(photos.size());
        for (ArticlePhoto p : photos) {
            List<Entity> people = db.list("SELECT e.id, e.type, e.name FROM photo_person pp JOIN entity e ON e.id = pp.entity_id"
                    + " WHERE pp.article_id = ? AND pp.position = ? ORDER BY pp.ordinal", rs -> FactLoader.entity(rs, 1),
                    p.articleId(), p.position());
            out.add(new ArticlePhoto(p.articleId(), p.articleTitle(), p.position(), p.url(), p.caption(), p.credit(),
                    p.alt(), p.thumbnail(), people));
        }
        return out;
    }
}
