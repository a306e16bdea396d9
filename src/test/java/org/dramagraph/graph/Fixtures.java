package org.dramagraph.graph;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dramagraph.clean.CleanText;
import org.dramagraph.extract.Extraction;
import org.dramagraph.mention.Mention;
import org.dramagraph.fact.Evidence;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.fact.Fact;
import org.dramagraph.source.Article;
import org.dramagraph.source.Photo;

/**
 * Hand-built extractions for store tests, so that transactions and idempotency are tested with real
 * facts whatever the extractor finds today. Each fact is placed on the sentence of the text that
 * holds its quote, else its person, else its work.
 */
final class Fixtures {
    private Fixtures() {
    }

    /** An article whose facts are given, each evidenced by the sentence of {@code text} naming it. */
    static Extraction article(String id, String text, Fact... facts) {
        return article(id, text, List.of(), List.of(), facts);
    }

    static Extraction article(String id, String text, List<Mention> mentions, List<Photo> photos, Fact... facts) {
        Article article = Article.of(id, "Title of " + id, text);
        List<ExtractedFact> extracted = new ArrayList<>();
        for (Fact f : facts) {
            extracted.add(new ExtractedFact(f, evidence(id, text, f)));
        }
        return new Extraction(article, CleanText.unchanged(text), 0, List.of(), mentions, Map.of(), extracted, photos);
    }

    /** The same article id and title with another text: an updated article. */
    static Extraction updated(Extraction before, String text, Fact... facts) {
        return article(before.article().id(), text, facts);
    }

    private static Evidence evidence(String id, String text, Fact f) {
        String name = f.text() != null ? f.text() : f.person() != null ? f.person() : f.work();
        String[] sentences = text.split("(?<=\\.) ");
        int start = 0;
        for (int i = 0; i < sentences.length; i++) {
            if (name != null && sentences[i].contains(name)) {
                return new Evidence(id, i, start, start + sentences[i].length(), sentences[i], "fixture", 0.9);
            }
            start += sentences[i].length() + 1;
        }
        return new Evidence(id, 0, 0, text.length(), text, "fixture", 0.5);
    }

    /** Row counts of every table of a store, read through a connection of its own. */
    static Map<String, Long> rowCounts(StoreLocation store) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = StoreChecks.connect(store); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(store.file().isPresent()
                    ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                    + " AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + t + "\"")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The first column of every row a query gives, as text. */
    static List<String> column(StoreLocation store, String sql) throws SQLException {
        return StoreChecks.rows(store, sql);
    }
}
