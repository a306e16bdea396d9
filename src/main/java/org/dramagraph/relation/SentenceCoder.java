package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.List;
import org.dramagraph.mention.Mention;
import org.dramagraph.segment.SegmentedText;
import org.dramagraph.segment.Sentence;

/**
 * Writes every sentence of one text as a {@link SentenceCode}, once for each round of mentions the
 * typer and the relation reader look at. What a code takes from the tokens alone, each token's code
 * word, is read once per text, and a sentence whose mentions are the same as in the round before
 * keeps its code (or its written form, where only the mentions' rules or texts changed).
 */
public final class SentenceCoder {
    private final SegmentedText doc;
    private final List<SentenceCode.Words> words;
    /** Each sentence's code in the last round, by sentence index. */
    private final SentenceCode[] last;

    public SentenceCoder(SegmentedText doc) {
        this.doc = doc;
        this.words = doc.tokens().stream().map(SentenceCode.Words::of).toList();
        this.last = new SentenceCode[doc.sentences().size()];
    }

    /**
     * Every sentence as code over the text's mentions (by position). Speech stays readable: what people
     * say in quotes ("Ko Min-jae (Paper Moon), ...") can state facts too.
     */
    public List<SentenceCode> codes(List<Mention> mentions) {
        List<SentenceCode> out = new ArrayList<>(doc.sentences().size());
        int m = 0;
        for (Sentence s : doc.sentences()) {
            List<Mention> inside = new ArrayList<>();
            while (m < mentions.size() && mentions.get(m).start() < s.end()) {
                if (mentions.get(m).start() >= s.start()) {
                    inside.add(mentions.get(m));
                }
                m++;
            }
            SentenceCode code = last[s.index()];
            if (code == null || !code.mentions().equals(inside)) {
                SentenceCode same = code == null ? null : code.over(inside);
                code = same != null ? same
                        : SentenceCode.of(s, doc.tokens().get(s.index()), words.get(s.index()), inside, List.of());
                last[s.index()] = code;
            }
            out.add(code);
        }
        return out;
    }
}
