package org.dramagraph.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.dramagraph.extract.Extraction;
import org.dramagraph.lang.NameKey;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionType;

/**
 * Reads from an extraction what story grouping compares: the article's stemmed words, the people and
 * works it names, and a MinHash sketch of its wording. Thread-safe.
 */
public final class StoryFeatures {
    /** Sketch size: the overlap estimate is within about ±0.04 of the true one near the near-copy line. */
    static final int SKETCH_SIZE = 128;
    /** Words per shingle: long enough that shared shingles mean shared wording, not shared phrases. */
    private static final int SHINGLE_WORDS = 3;

    private final Analyzer words = new EnglishAnalyzer();
    private final Analyzer shingles = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            ShingleFilter shingle = new ShingleFilter(new LowerCaseFilter(source), SHINGLE_WORDS, SHINGLE_WORDS);
            shingle.setOutputUnigrams(false);
            // one hash, SKETCH_SIZE buckets of the hash space, the least value of each; rotation fills empty buckets
            return new TokenStreamComponents(source, new MinHashFilter(shingle, 1, SKETCH_SIZE, 1, true));
        }
    };

    /** The story features of one extracted article. */
    public StoryArticle read(Extraction extraction) {
        String text = extraction.article().title() + "\n\n" + extraction.clean().text();
        Map<String, Double> terms = new LinkedHashMap<>();
        for (String t : tokens(words, text)) {
            terms.merge(t, 1.0, Double::sum);
        }
        terms.replaceAll((t, n) -> 1 + Math.log(n));
        Set<String> names = new LinkedHashSet<>();
        for (Mention m : extraction.mentions()) {
            if (m.type() == MentionType.PERSON || m.type() == MentionType.WORK) {
                String key = NameKey.loose(extraction.name(m));
                if (!key.isEmpty()) {
                    names.add(key);
                }
            }
        }
        List<String> hashes = tokens(shingles, text);
        int[] sketch = hashes.size() == SKETCH_SIZE
                ? hashes.stream().mapToInt(String::hashCode).toArray()
                : new int[0];
        return new StoryArticle(extraction.article().id(), extraction.article().published(), terms, names, sketch);
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read text", e); // a string reader does not fail
        }
        return out;
    }
}
