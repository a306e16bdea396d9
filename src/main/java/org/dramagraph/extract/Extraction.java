package org.dramagraph.extract;

import java.util.List;
import java.util.Map;
import org.dramagraph.clean.CleanText;
import org.dramagraph.mention.Mention;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.segment.Sentence;
import org.dramagraph.source.Article;
import org.dramagraph.source.Photo;

/**
 * Everything the pipeline read from one article: its cleaned text, sentences, mentions and facts.
 * The pipeline reads the headline and the cleaned body as one text, the headline first and a blank
 * line between; offsets in sentences and mentions are into that text, and {@code bodyStart} is where
 * the cleaned body begins in it. Evidence offsets are into the article's original text.
 *
 * @param names       the name each mention stands for, in the fullest form the article writes it
 *                    ("Eun-sol" stands for "Jo Eun Sol")
 * @param photos      the article's photos, then the photo credits cleaning took out of the text
 * @param photoPeople the people each photo's caption names, in their fullest form; photos that
 *                    name nobody are absent
 */
public record Extraction(Article article, CleanText clean, int bodyStart, List<Sentence> sentences,
                         List<Mention> mentions, Map<Mention, String> names, List<ExtractedFact> facts,
                         List<Photo> photos, Map<Photo, List<String>> photoPeople) {
    public Extraction {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        names = Map.copyOf(names);
        facts = List.copyOf(facts);
        photos = List.copyOf(photos);
        Map<Photo, List<String>> people = new java.util.HashMap<>();
        photoPeople.forEach((photo, named) -> people.put(photo, List.copyOf(named)));
        photoPeople = Map.copyOf(people);
    }

    /** An extraction whose photos name nobody. */
    public Extraction(Article article, CleanText clean, int bodyStart, List<Sentence> sentences, List<Mention> mentions,
                      Map<Mention, String> names, List<ExtractedFact> facts, List<Photo> photos) {
        this(article, clean, bodyStart, sentences, mentions, names, facts, photos, Map.of());
    }

    /** The people a photo's caption names, in their fullest form; empty when it names nobody. */
    public List<String> people(Photo photo) {
        return photoPeople.getOrDefault(photo, List.of());
    }

    /** Whether a mention is in the headline rather than the body. */
    public boolean inHeadline(Mention m) {
        return m.start() < bodyStart;
    }

    /** The offset in the cleaned body ({@code clean().text()}) of an offset of the analysed text. */
    public int bodyOffset(int offset) {
        return offset - bodyStart;
    }

    /** The name a mention stands for, in its fullest form. */
    public String name(Mention m) {
        return names.getOrDefault(m, m.text());
    }
}
