package org.dramagraph.mention;

import org.dramagraph.lang.Lexicon;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dramagraph.segment.SegmentedText;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
    private final MentionFinder finder = new MentionFinder(Lexicon.standard());

    private List<String> mentions(String headline, String body, Gazetteer known) {
        SegmentedText doc = SegmentedText.of(headline, body);
        return finder.find(finder.prepare(doc), known).stream()
                .map(m -> m.type().code() + "[" + m.text() + "]").toList();
    }

    private List<String> mentions(String body) {
        return mentions("", body, new Gazetteer());
    }

    @Test
    void findsQuotedTitlesBroadcastersAndKoreanNames() {
        assertThat(mentions("Han Ye-seul joins tvN's “Winter Letters” as a florist."))
                .containsExactly("P[Han Ye-seul]", "N[tvN]", "W[Winter Letters]");
    }

    @Test
    void otherCapitalizedRunsAreNamesOfUnknownKind() {
        assertThat(mentions("The cast met in Busan before filming Moonlit Harbor in March."))
                .contains("X[Busan]", "X[Moonlit Harbor]");
    }

    @Test
    void commonWordsOpeningASentenceAreNotNames() {
        assertThat(mentions("Meanwhile the leads rested. Additionally, fans waited.")).isEmpty();
    }

    @Test
    void titleSeasonsBelongToTheTitle() {
        assertThat(mentions("Fans await “Harbor Lights” Season 2 eagerly.")).singleElement()
                .satisfies(m -> assertThat(m).startsWith("W[Harbor Lights").endsWith("Season 2]"));
    }

    @Test
    void theGazetteerTeachesNamesEverywhereIncludingHeadlines() {
        Gazetteer known = new Gazetteer();
        known.add(List.of("Moonlit", "Harbor"), MentionType.WORK);
        assertThat(mentions("Moonlit Harbor Shares New Poster", "The poster of Moonlit Harbor is out.", known))
                .containsExactly("W[Moonlit Harbor]", "W[Moonlit Harbor]");
    }

    @Test
    void headlinesYieldNoCapitalizedGuesses() {
        assertThat(mentions("Kim Min-jae Shares Exciting Update On Set", "", new Gazetteer()))
                .containsExactly("P[Kim Min-jae]");
    }

    @Test
    void laterRoundsFindWhatAFreshFindWouldOverTheGrownGazetteer() {
        SegmentedText doc = SegmentedText.of("Moonlit Harbor Shares New Poster",
                "The poster of Moonlit Harbor is out. Baek Min Ha waves. \"Moonlit Harbor\" airs soon.\n\nSo Ra joins.");
        MentionFinder.Prepared text = finder.prepare(doc);
        Gazetteer known = new Gazetteer();
        MentionFinder.Rounds rounds = finder.rounds(text, known);
        assertThat(rounds.find()).isEqualTo(finder.find(text, new Gazetteer(known)));
        known.add(List.of("Moonlit", "Harbor"), MentionType.WORK);
        known.add(List.of("So", "Ra"), MentionType.CHARACTER);
        assertThat(rounds.find()).isEqualTo(finder.find(text, new Gazetteer(known)))
                .extracting(Mention::text).contains("Moonlit Harbor", "So Ra");
        known.add(List.of("Moonlit", "Harbor"), MentionType.PERSON);
        assertThat(rounds.find()).isEqualTo(finder.find(text, new Gazetteer(known)));
        assertThat(rounds.find()).isEqualTo(finder.find(text, new Gazetteer(known)));
    }
}
