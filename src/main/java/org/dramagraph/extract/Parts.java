package org.dramagraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramagraph.clean.CleanText;
import org.dramagraph.fact.Evidence;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.fact.Fact;
import org.dramagraph.mention.Mention;
import org.dramagraph.segment.Sentence;
import org.dramagraph.source.Article;

/**
 * A very long article read in parts: its cleaned body cut at paragraph ends (else sentence ends,
 * else spaces) into parts of at most {@link #SIZE} characters, each read under the article's headline,
 * and the parts' extractions joined back into one. Every stage then works on a bounded text, so time
 * and memory grow with the article's length and no faster. News articles are far shorter than a part:
 * only a page of many stories run together, or a hostile input, is ever cut.
 */
final class Parts {
    /** The longest part, in characters of cleaned text: a hundred times a long news article. */
    static final int SIZE = 1 << 18;

    private Parts() {
    }

    /**
     * The parts of a cleaned body, each a {@link CleanText} over the same original text, so that
     * evidence offsets point into the whole article; the first keeps the photo credits. One part, the
     * text itself, when it is short enough.
     */
    static List<CleanText> of(CleanText clean, int size) {
        String text = clean.text();
        if (text.length() <= size) {
            return List.of(clean);
        }
        List<CleanText> parts = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = from + size >= text.length() ? text.length() : cut(text, from, from + size);
            parts.add(new CleanText(clean.original(), text.substring(from, to), Arrays.copyOfRange(clean.origin(), from, to),
                    parts.isEmpty() ? clean.credits() : List.of()));
            from = to;
        }
        return parts;
    }

    /** Where to end a part that may reach {@code limit}: after the last line break, else sentence end, else space. */
    private static int cut(String text, int from, int limit) {
        int half = from + (limit - from) / 2;
        int at = text.lastIndexOf('\n', limit - 1);
        if (at >= half) {
            return at + 1;
        }
        for (int i = limit - 2; i > half; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        at = text.lastIndexOf(' ', limit - 1);
        return at >= half ? at + 1 : limit;
    }

    /**
     * The parts' extractions as one: the headline's sentences and mentions once (the first part's),
     * the body's in order with offsets and numbers moved to where their part stands, and a fact read in
     * several parts once, with all its sources and the highest confidence.
     *
     * @param clean the whole article's cleaned text, which the parts were cut from
     */
    static Extraction join(Article article, CleanText clean, List<CleanText> parts, List<Extraction> read) {
        Extraction first = read.get(0);
        int bodyStart = first.bodyStart();
        int headSentences = (int) first.sentences().stream().filter(s -> s.start() < bodyStart).count();
        int headParagraphs = first.sentences().stream().filter(s -> s.start() < bodyStart)
                .mapToInt(s -> s.paragraph() + 1).max().orElse(0);
        List<Sentence> sentences = new ArrayList<>(first.sentences().subList(0, headSentences));
        List<Mention> mentions = new ArrayList<>();
        Map<Mention, String> names = new LinkedHashMap<>();
        Map<Fact, ExtractedFact> facts = new LinkedHashMap<>();
        int offset = 0;
        int paragraphs = headParagraphs;
        for (int k = 0; k < read.size(); k++) {
            Extraction x = read.get(k);
            int shift = offset;
            int heads = (int) x.sentences().stream().filter(s -> s.start() < bodyStart).count();
            int firstSentence = sentences.size() - heads; // a body sentence's number, less its number in the part
            int firstParagraph = paragraphs - headParagraphs;
            int lastParagraph = paragraphs;
            for (Sentence s : x.sentences()) {
                if (s.start() >= bodyStart) {
                    sentences.add(new Sentence(s.index() + firstSentence, s.start() + shift, s.end() + shift, s.text(),
                            s.paragraph() + firstParagraph));
                    lastParagraph = Math.max(lastParagraph, s.paragraph() + firstParagraph + 1);
                }
            }
            for (Mention m : x.mentions()) {
                boolean head = m.start() < bodyStart;
                if (head && k > 0) {
                    continue;
                }
                Mention moved = head ? m : new Mention(m.type(), m.start() + shift, m.end() + shift, m.text(),
                        m.sentence() + firstSentence, m.rule());
                mentions.add(moved);
                names.put(moved, x.name(m));
            }
            for (ExtractedFact f : x.facts()) {
                List<Evidence> sources = new ArrayList<>();
                for (Evidence e : f.sources()) {
                    sources.add(e.sentence() < heads ? e : new Evidence(e.articleId(), e.sentence() + firstSentence,
                            e.start(), e.end(), e.snippet(), e.rule(), e.confidence()));
                }
                facts.merge(f.fact(), new ExtractedFact(f.fact(), sources, f.confidence()), Parts::both);
            }
            offset += parts.get(k).text().length();
            paragraphs = lastParagraph;
        }
        return new Extraction(article, clean, bodyStart, sentences, mentions, names, new ArrayList<>(facts.values()),
                first.photos(), first.photoPeople());
    }

    /** A fact read in two parts: the surer part's sources first. */
    private static ExtractedFact both(ExtractedFact a, ExtractedFact b) {
        ExtractedFact surer = b.confidence() > a.confidence() ? b : a;
        List<Evidence> sources = new ArrayList<>(surer.sources());
        sources.addAll((surer == a ? b : a).sources());
        return new ExtractedFact(a.fact(), sources, surer.confidence());
    }
}
