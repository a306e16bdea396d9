package org.dramagraph.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dramagraph.mention.Gazetteer;
import org.dramagraph.lang.Lexicon;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionFinder;
import org.dramagraph.mention.MentionType;
import org.dramagraph.segment.SegmentedText;
import org.junit.jupiter.api.Test;

class SentenceCoderTest {
    private final MentionFinder finder = new MentionFinder(Lexicon.standard());

    @Test
    void aNameFoundAgainUnderAnotherRuleReadsTheSameButCarriesTheNewMention() {
        SegmentedText doc = SegmentedText.of("", "Han Ye-seul joins Winter Letters as a florist.");
        MentionFinder.Prepared text = finder.prepare(doc);
        SentenceCoder coder = new SentenceCoder(doc);
        Gazetteer known = new Gazetteer();
        List<Mention> first = finder.find(text, known);
        SentenceCode before = coder.codes(first).get(0);

        known.add(List.of("Han", "Ye-seul"), MentionType.PERSON); // now "known" rather than "korean-name"
        List<Mention> again = finder.find(text, known);
        SentenceCode after = coder.codes(again).get(0);

        assertThat(again).isNotEqualTo(first);
        assertThat(after.code()).isEqualTo(before.code()).isEqualTo("P0 joins X1 as a florist .");
        assertThat(after.mentions()).isEqualTo(again);
        assertThat(after.mention("P0").rule()).isEqualTo("known");

        known.add(List.of("Winter", "Letters"), MentionType.WORK); // a new type: written anew
        assertThat(coder.codes(finder.find(text, known)).get(0).code()).isEqualTo("P0 joins W1 as a florist .");
    }
}
