package org.dramagraph.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The index's field names and how each is analysed. */
final class Fields {
    /** "article" or "entity": which half of the index a document is in. */
    static final String GROUP = "group";
    /** The document's {@link Kind} label; also the facet dimension that counts hits by kind. */
    static final String KIND = "kind";
    /** Unique per document: {@code a:<article id>} or {@code e:<entity id>}. */
    static final String UID = "uid";
    /** The article's id or the entity's id. */
    static final String KEY = "key";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String DATE = "date";
    static final String HASH = "hash";
    /** Ids of the entities an article names. */
    static final String ENTITY = "entity";
    /** Display name of an entity. */
    static final String NAME = "name";
    /** Every spelling of an entity's name, as words. */
    static final String ALIAS = "alias";
    /** Exact and loose keys of every whole spelling. */
    static final String EXACT = "exact";
    static final String LOOSE = "loose";
    /** Exact and loose keys of every run of words in a spelling ("taejoong" of "Moon Tae-joong"). */
    static final String PART = "part";
    static final String PART_LOOSE = "part_loose";
    /** Feature field holding how many articles name an entity, for ranking. */
    static final String FEATURES = "features";
    static final String ARTICLES = "articles";

    static final String ARTICLE_GROUP = "article";
    static final String ENTITY_GROUP = "entity";

    /** Bumped when documents change shape: an index of another version is built anew. */
    static final String SCHEMA = "3";
    static final String SCHEMA_KEY = "dramagraph.schema";

    private Fields() {
    }

    /** English stemming for article text; names analysed as plain words, without stop words. */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(CharArraySet.EMPTY_SET),
                Map.of(TITLE, new EnglishAnalyzer(), TEXT, new EnglishAnalyzer()));
    }
}
