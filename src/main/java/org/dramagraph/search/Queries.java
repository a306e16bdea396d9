package org.dramagraph.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.dramagraph.lang.NameKey;

/**
 * Builds the queries for what a reader typed. Names are matched by their keys, so case, spaces, hyphens and
 * romanization do not matter ("moon taejoong", "Moon Tae-jung" and "moontaejoong" all find Moon Tae-joong); articles
 * are matched by their words and by the entities they name.
 */
final class Queries {
    private static final int MIN_PREFIX = 3;

    private final Analyzer analyzer;

    Queries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Entities whose whole name has the query's key: what the reader names. */
    Query namedEntities(String text) {
        String exact = NameKey.exact(text);
        if (exact.isEmpty()) {
            return new MatchNoDocsQuery("no letters or digits");
        }
        return new BooleanQuery.Builder()
                .add(boost(new TermQuery(new Term(Fields.EXACT, exact)), 8), Occur.SHOULD)
                .add(boost(new TermQuery(new Term(Fields.LOOSE, NameKey.loose(text))), 6), Occur.SHOULD)
                .build();
    }

    /**
     * Entities by name key, by a run of words of a name ("joongki"), by the beginning of a name, or by words of
     * their spellings; popular ones first.
     */
    Query entities(String text) {
        BooleanQuery.Builder names = new BooleanQuery.Builder().add(namedEntities(text), Occur.SHOULD);
        String exact = NameKey.exact(text);
        if (!exact.isEmpty()) {
            names.add(boost(new TermQuery(new Term(Fields.PART, exact)), 3), Occur.SHOULD);
            names.add(boost(new TermQuery(new Term(Fields.PART_LOOSE, NameKey.loose(text))), 2), Occur.SHOULD);
        }
        if (exact.length() >= MIN_PREFIX) {
            names.add(boost(new PrefixQuery(new Term(Fields.EXACT, exact)), 1.5f), Occur.SHOULD);
            names.add(new PrefixQuery(new Term(Fields.LOOSE, NameKey.loose(text))), Occur.SHOULD);
        }
        names.add(aliasWords(text), Occur.SHOULD);
        return new BooleanQuery.Builder()
                .add(names.build(), Occur.MUST)
                .add(FeatureField.newSaturationQuery(Fields.FEATURES, Fields.ARTICLES), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.GROUP, Fields.ENTITY_GROUP)), Occur.FILTER)
                .build();
    }

    /**
     * When the query names entities, the articles naming them; otherwise the articles with all the query's words,
     * in the title or text, stemmed.
     */
    Query articles(String text, List<Named> named) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (named.isEmpty()) {
            any.add(words(text), Occur.SHOULD);
        }
        for (Named n : named) {
            any.add(new TermQuery(new Term(Fields.ENTITY, n.id())), Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(any.build(), Occur.MUST)
                .add(new TermQuery(new Term(Fields.GROUP, Fields.ARTICLE_GROUP)), Occur.FILTER)
                .build();
    }

    /**
     * What to mark in the passages shown: the words of the named entities' spellings, else the query's words.
     * Single terms, so that the highlighter reads their offsets straight from the index.
     */
    Query highlight(String text, List<Named> named) {
        if (named.isEmpty()) {
            return words(text);
        }
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        QueryBuilder builder = new QueryBuilder(analyzer);
        for (Named n : named) {
            for (String alias : n.aliases()) {
                Query q = builder.createBooleanQuery(Fields.TEXT, alias, Occur.SHOULD);
                if (q != null) {
                    terms.add(q, Occur.SHOULD);
                }
            }
        }
        return terms.build();
    }

    /**
     * All the words of the query in an article's title or text. Quotes, +, |, -, * and parentheses work; fuzzy
     * and proximity operators are left out, as a stray "~" would otherwise match any short word.
     */
    private Query words(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, java.util.Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f),
                SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.OR_OPERATOR
                        | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR
                        | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR
                        | SimpleQueryParser.ESCAPE_OPERATOR);
        parser.setDefaultOperator(Occur.MUST);
        Query words = parser.parse(text);
        return words == null ? new MatchNoDocsQuery("no words") : words;
    }

    /** Documents of one kind. */
    static Query kind(Kind kind) {
        return new TermQuery(new Term(Fields.KIND, kind.label()));
    }

    /** Every word of the query in one spelling of a name. */
    private Query aliasWords(String text) {
        Query q = new QueryBuilder(analyzer).createBooleanQuery(Fields.ALIAS, text, Occur.MUST);
        return q == null ? new MatchNoDocsQuery("no words") : q;
    }

    private static Query boost(Query q, float boost) {
        return new BoostQuery(q, boost);
    }

    /**
     * An entity the query names, with its spellings.
     *
     * @param id      the entity's id
     * @param aliases its spellings
     */
    record Named(String id, List<String> aliases) {
    }
}
