package org.dramagraph.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dramagraph.clean.CleanText;
import org.dramagraph.extract.Extraction;
import org.dramagraph.mention.Mention;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.source.Article;
import org.dramagraph.source.Photo;

/**
 * Writes one article's extraction into the graph. The caller holds the transaction: everything done
 * here commits or rolls back as one.
 */
final class ArticleWriter {
    /** Articles looked up in one query by {@link #storedIds}. */
    static final int LOOKUP_BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Sql db;

    ArticleWriter(Sql db) {
        this.db = db;
    }

    /**
     * Stores an extraction. Content already stored (under this id or another) is left alone unless
     * {@code again} asks to extract it anew; a known id with new content has its evidence, mentions and
     * photos replaced.
     */
    IngestResult write(Extraction extraction, boolean again) throws SQLException {
        Article article = extraction.article();
        String hash = contentHash(article);
        Optional<String> storedHash = db.one("SELECT content_hash FROM article WHERE id = ?",
                rs -> rs.getString(1), article.id());
        if (storedHash.isEmpty()) {
            Optional<String> copy = db.one("SELECT id FROM article WHERE content_hash = ? ORDER BY id LIMIT 1",
                    rs -> rs.getString(1), hash);
            if (copy.isPresent()) {
                return new IngestResult(copy.get(), IngestResult.Outcome.UNCHANGED, 0, 0, 0);
            }
        } else if (storedHash.get().equals(hash) && !again) {
            return new IngestResult(article.id(), IngestResult.Outcome.UNCHANGED, 0, 0, 0);
        }
        Previous previous = storedHash.isPresent() ? forget(article.id()) : Previous.NONE;
        saveArticle(extraction, hash, storedHash.isPresent());

        EntityResolver resolver = new EntityResolver(db);
        NameUses uses = new NameUses();
        saveMentions(extraction, resolver, uses);
        savePhotos(extraction, resolver, uses);
        FactWriter facts = new FactWriter(db, resolver, uses);
        for (ExtractedFact f : extraction.facts()) {
            facts.write(article.id(), f);
        }
        uses.save(db, article.id());

        int removed = sweep(previous, uses);
        facts.tally(previous.facts());
        IngestResult.Outcome outcome = storedHash.isPresent() ? IngestResult.Outcome.UPDATED : IngestResult.Outcome.NEW;
        return new IngestResult(article.id(), outcome, facts.distinct(), facts.added(), removed);
    }

    /**
     * For each article in order, the id its content is stored under when {@link #write} would leave it unchanged
     * (its id holds the same content, or its id is not stored and another holds its content), else empty. The
     * ids and content hashes are looked up {@value #LOOKUP_BATCH} at a time, through the primary key and the
     * content hash's index, so that a resumed ingest passes over stored articles without reading them one by one.
     */
    static List<Optional<String>> storedIds(Sql db, List<Article> articles) throws SQLException {
        List<Optional<String>> out = new ArrayList<>(articles.size());
        for (int from = 0; from < articles.size(); from += LOOKUP_BATCH) {
            List<Article> batch = articles.subList(from, Math.min(articles.size(), from + LOOKUP_BATCH));
            List<String> hashes = batch.stream().map(ArticleWriter::contentHash).toList();
            Map<String, String> hashById = pairs(db, "SELECT id, content_hash FROM article"
                    + " WHERE id IN (" + db.dialect().jsonTexts() + ")", batch.stream().map(Article::id).toList());
            Map<String, String> firstIdByHash = pairs(db, "SELECT content_hash, MIN(id) FROM article"
                    + " WHERE content_hash IN (" + db.dialect().jsonTexts() + ") GROUP BY content_hash", hashes);
            for (int i = 0; i < batch.size(); i++) {
                String id = batch.get(i).id();
                String hash = hashes.get(i);
                String stored = hashById.get(id);
                out.add(stored != null ? Optional.of(id).filter(x -> stored.equals(hash))
                        : Optional.ofNullable(firstIdByHash.get(hash)));
            }
        }
        return out;
    }

    /** The rows of a two-column query given a list of keys (as one JSON array, so that the statement stays one). */
    private static Map<String, String> pairs(Sql db, String sql, List<String> keys) throws SQLException {
        Map<String, String> out = new HashMap<>();
        for (String[] row : db.list(sql, rs -> new String[] {rs.getString(1), rs.getString(2)}, jsonArray(keys))) {
            out.put(row[0], row[1]);
        }
        return out;
    }

    private static String jsonArray(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }

    /** SHA-256 of the title and text: what makes two copies of an article the same. */
    static String contentHash(Article article) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(article.title().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(article.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** What an article contributed before it was replaced, so that what only it held can go. */
    private record Previous(List<Long> facts, List<Long> aliases, List<Long> entities) {
        static final Previous NONE = new Previous(List.of(), List.of(), List.of());
    }

    private Previous forget(String articleId) throws SQLException {
        Previous previous = new Previous(
                db.list("SELECT DISTINCT fact_id FROM evidence WHERE article_id = ? ORDER BY fact_id",
                        rs -> rs.getLong(1), articleId),
                db.list("SELECT alias_id FROM name_use WHERE article_id = ? ORDER BY alias_id",
                        rs -> rs.getLong(1), articleId),
                db.list("SELECT DISTINCT a.entity_id FROM name_use u JOIN alias a ON a.id = u.alias_id"
                        + " WHERE u.article_id = ? ORDER BY a.entity_id", rs -> rs.getLong(1), articleId));
        db.update("UPDATE alias SET uses = uses - (SELECT u.uses FROM name_use u WHERE u.alias_id = alias.id"
                + " AND u.article_id = ?) WHERE id IN (SELECT alias_id FROM name_use WHERE article_id = ?)",
                articleId, articleId);
        for (String table : List.of("evidence", "mention", "photo_person", "photo", "name_use")) {
            db.update("DELETE FROM " + table + " WHERE article_id = ?", articleId);
        }
        return previous;
    }

    /**
     * Deletes what only the replaced version held (facts without evidence, spellings no article uses,
     * entities without a spelling) and renames the entities whose spellings' counts changed. Returns the
     * number of facts deleted.
     */
    private int sweep(Previous previous, NameUses uses) throws SQLException {
        int removed = 0;
        for (long fact : previous.facts()) {
            removed += db.update("DELETE FROM fact WHERE id = ? AND NOT EXISTS"
                    + " (SELECT 1 FROM evidence WHERE fact_id = ?)", fact, fact);
        }
        for (long alias : previous.aliases()) {
            db.update("DELETE FROM alias WHERE id = ? AND uses = 0", alias);
        }
        Set<Long> touched = new LinkedHashSet<>(previous.entities());
        touched.addAll(uses.entities());
        for (long entity : touched) {
            if (db.update("DELETE FROM entity WHERE id = ? AND NOT EXISTS (SELECT 1 FROM alias WHERE entity_id = ?)",
                    entity, entity) == 0) {
                DisplayName.refresh(db, entity);
            }
        }
        return removed;
    }

    private void saveArticle(Extraction extraction, String hash, boolean known) throws SQLException {
        Article a = extraction.article();
        Object[] values = {a.origin(), a.url(), hash, a.title(), a.published() == null ? null : a.published().toString(),
                a.text(), extraction.clean().text(), Instant.now().toString(), a.id()};
        db.update(known
                ? "UPDATE article SET origin = ?, url = ?, content_hash = ?, title = ?, published = ?, original_text = ?,"
                  + " cleaned_text = ?, ingested_at = ? WHERE id = ?"
                : "INSERT INTO article (origin, url, content_hash, title, published, original_text, cleaned_text,"
                  + " ingested_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
    }

    /**
     * Stores the photos in order, each linked to the people its caption names; those names count as uses of
     * their spellings, like the text's mentions, so that replacing the article takes them back.
     */
    private void savePhotos(Extraction extraction, EntityResolver resolver, NameUses uses) throws SQLException {
        String articleId = extraction.article().id();
        List<Photo> photos = extraction.photos();
        for (int i = 0; i < photos.size(); i++) {
            Photo p = photos.get(i);
            db.update("INSERT INTO photo (article_id, position, url, caption, credit, alt) VALUES (?, ?, ?, ?, ?, ?)",
                    articleId, i, p.url(), p.caption(), p.credit(), p.alt());
            Set<Long> linked = new LinkedHashSet<>();
            for (String name : extraction.people(p)) {
                Optional<EntityResolver.Resolved> person = resolver.resolve(EntityType.PERSON, name);
                if (person.isPresent() && linked.add(person.get().entityId())) {
                    uses.add(person.get());
                    db.update("INSERT INTO photo_person (article_id, position, entity_id, ordinal, name)"
                            + " VALUES (?, ?, ?, ?, ?)", articleId, i, person.get().entityId(), linked.size() - 1,
                            EntityResolver.tidy(name));
                }
            }
        }
    }

    private void saveMentions(Extraction extraction, EntityResolver resolver, NameUses uses) throws SQLException {
        CleanText clean = extraction.clean();
        for (Mention m : extraction.mentions()) {
            EntityType type = EntityType.of(m.type());
            if (type == null || extraction.inHeadline(m)) {
                continue; // names of unknown kind link nowhere; the headline is not part of the stored text
            }
            Optional<EntityResolver.Resolved> r = resolver.resolve(type, extraction.name(m));
            if (r.isEmpty()) {
                continue;
            }
            uses.add(r.get());
            int start = extraction.bodyOffset(m.start());
            int end = extraction.bodyOffset(m.end());
            db.update("INSERT INTO mention (article_id, entity_id, sentence, clean_start, clean_end,"
                            + " original_start, original_end, name, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    extraction.article().id(), r.get().entityId(), m.sentence(), start, end,
                    clean.originalOffset(start), clean.originalEnd(end), EntityResolver.tidy(m.text()), m.rule());
        }
    }
}
