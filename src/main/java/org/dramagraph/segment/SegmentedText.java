package org.dramagraph.segment;

import java.util.List;

/**
 * A text cut into sentences, tokens and quotations: what every later stage reads.
 *
 * @param text       the whole text (headline, blank line, cleaned body)
 * @param bodyStart  offset where the body starts; sentences before it are the headline
 * @param sentences  the sentences, in order
 * @param tokens     the tokens of each sentence, by sentence index
 * @param quotations the quotations, by start offset
 */
public record SegmentedText(String text, int bodyStart, List<Sentence> sentences, List<List<Token>> tokens,
                            List<Quotation> quotations) {
    public SegmentedText {
        sentences = List.copyOf(sentences);
        tokens = tokens.stream().map(List::copyOf).toList();
        quotations = List.copyOf(quotations);
    }

    /** Cuts a headline and a body into sentences, tokens and quotations. */
    public static SegmentedText of(String headline, String body) {
        String head = headline == null ? "" : headline.strip().replace('\n', ' ');
        String text = head.isEmpty() ? body : head + "\n\n" + body;
        int bodyStart = head.isEmpty() ? 0 : head.length() + 2;
        List<Sentence> sentences = new Segmenter().split(text);
        Tokenizer tokenizer = new Tokenizer();
        List<List<Token>> tokens = sentences.stream().map(s -> tokenizer.tokenize(text, s.start(), s.end())).toList();
        return new SegmentedText(text, bodyStart, sentences, tokens, new QuoteFinder().find(text));
    }

    /** Whether a sentence is part of the headline. */
    public boolean inHeadline(Sentence s) {
        return s.start() < bodyStart;
    }
}
