package org.dramagraph.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.dramagraph.graph.EntityNames;
import org.dramagraph.graph.IndexedArticle;
import org.dramagraph.lang.NameKey;

/** Turns articles and entities into index documents (to be built by a {@code FacetsConfig} before indexing). */
final class Documents {
    /** Stored text with offsets in the postings, so the highlighter need not analyse it again. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    private static final int MAX_RUN = 4;

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private Documents() {
    }

    static String uid(IndexedArticle a) {
        return "a:" + a.id();
    }

    static String uid(long entityId) {
        return "e:" + entityId;
    }

    static Document article(IndexedArticle a) {
        Document doc = new Document();
        doc.add(new StringField(Fields.GROUP, Fields.ARTICLE_GROUP, Field.Store.NO));
        doc.add(new StringField(Fields.KIND, Kind.ARTICLE.label(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Fields.KIND, Kind.ARTICLE.label()));
        doc.add(new StringField(Fields.UID, uid(a), Field.Store.NO));
        doc.add(new StringField(Fields.KEY, a.id(), Field.Store.YES));
        doc.add(new StoredField(Fields.HASH, a.hash()));
        if (a.date() != null) {
            doc.add(new StoredField(Fields.DATE, a.date().toString()));
        }
        doc.add(new Field(Fields.TITLE, a.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field(Fields.TEXT, a.text(), TEXT_WITH_OFFSETS));
        for (long e : a.entities()) {
            doc.add(new StringField(Fields.ENTITY, Long.toString(e), Field.Store.NO));
        }
        return doc;
    }

    static Document entity(EntityNames e) {
        Document doc = new Document();
        doc.add(new StringField(Fields.GROUP, Fields.ENTITY_GROUP, Field.Store.NO));
        doc.add(new StringField(Fields.KIND, Kind.of(e.entity().type()).label(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Fields.KIND, Kind.of(e.entity().type()).label()));
        doc.add(new StringField(Fields.UID, uid(e.entity().id()), Field.Store.NO));
        doc.add(new StringField(Fields.KEY, Long.toString(e.entity().id()), Field.Store.YES));
        doc.add(new StoredField(Fields.NAME, e.entity().name()));
        Set<String> exact = new LinkedHashSet<>();
        Set<String> loose = new LinkedHashSet<>();
        Set<String> parts = new LinkedHashSet<>();
        Set<String> looseParts = new LinkedHashSet<>();
        for (String alias : e.aliases()) {
            doc.add(new TextField(Fields.ALIAS, alias, Field.Store.YES));
            exact.add(NameKey.exact(alias));
            loose.add(NameKey.loose(alias));
            String[] words = alias.split("[^\\p{L}\\p{N}]+");
            for (int i = 0; i < words.length; i++) {
                StringBuilder run = new StringBuilder();
                for (int j = i; j < Math.min(words.length, i + MAX_RUN); j++) {
                    run.append(words[j]).append(' ');
                    parts.add(NameKey.exact(run.toString()));
                    looseParts.add(NameKey.loose(run.toString()));
                }
            }
        }
        addKeys(doc, Fields.EXACT, exact);
        addKeys(doc, Fields.LOOSE, loose);
        addKeys(doc, Fields.PART, parts);
        addKeys(doc, Fields.PART_LOOSE, looseParts);
        // saturating popularity: an entity many articles name ranks above a namesake few do
        doc.add(new FeatureField(Fields.FEATURES, Fields.ARTICLES, 1 + e.articles()));
        return doc;
    }

    private static void addKeys(Document doc, String field, Set<String> keys) {
        for (String key : keys) {
            if (!key.isEmpty()) {
                doc.add(new StringField(field, key, Field.Store.NO));
            }
        }
    }
}
