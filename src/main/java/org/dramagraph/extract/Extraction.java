package org.dramagraph.extract;

import java.util.List;
import org.dramagraph.clean.CleanText;
import org.dramagraph.mention.Mention;
import org.dramagraph.relation.ExtractedFact;
import org.dramagraph.segment.Sentence;
import org.dramagraph.source.Article;
import org.dramagraph.source.Photo;

/**
 * Everything the pipeline read from one article: its cleaned text, sentences, mentions and facts.
 * Offsets in sentences and mentions are into {@code clean.text()}; evidence offsets are into the
 * article's original text.
 */
public record Extraction(Article article, CleanText clean, List<Sentence> sentences, List<Mention> mentions,
                         List<ExtractedFact> facts, List<Photo> photos) {
    public Extraction {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
        photos = List.copyOf(photos);
    }
}
