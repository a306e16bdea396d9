package org.dramagraph.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dramagraph.mention.Gazetteer;
import org.dramagraph.lang.Lexicon;
import org.dramagraph.mention.MentionFinder;
import org.dramagraph.segment.SegmentedText;
import org.junit.jupiter.api.Test;

class CodePatternTest {
    private final MentionFinder finder = new MentionFinder(Lexicon.standard());

    /** The first sentence of a text as code, over the names the finder sees in it. */
    private SentenceCode code(String text) {
        SegmentedText doc = SegmentedText.of("", text);
        return new SentenceCoder(doc).codes(finder.find(finder.prepare(doc), new Gazetteer())).get(0);
    }

    private static List<String> found(CodePattern pattern, SentenceCode code) {
        return pattern.matches(code).stream().map(m -> code.code().substring(m.start(), m.end())).toList();
    }

    @Test
    void codesWriteNamesAsItemsAndOtherWordsInLowerCase() {
        assertThat(code("Han Ye-seul joins “Winter Letters” as a florist.").code())
                .isEqualTo("P0 joins W1 as a florist .");
    }

    @Test
    void slotsCaptureTheItemsTheyMatch() {
        SentenceCode code = code("Han Ye-seul joins “Winter Letters” as a florist.");
        CodePattern.Match match = CodePattern.compile("<P:p> joins <W:w>").matches(code).get(0);
        assertThat(match.item("p")).isEqualTo("P0");
        assertThat(match.mention("w").text()).isEqualTo("Winter Letters");
    }

    @Test
    void anOptionalOpeningIsMatchedWhenPresentAndSkippedWhenNot() {
        CodePattern pattern = CodePattern.compile("(?:his |their )?(?:former )?<W:w> co-star <P:p>");
        SentenceCode withOpening = code("Fans love his former “Winter Letters” co-star Han Ye-seul.");
        SentenceCode without = code("The “Winter Letters” co-star Han Ye-seul smiled.");
        assertThat(withOpening.code()).isEqualTo("fans love his former W0 co-star P1 .");
        assertThat(found(pattern, withOpening)).containsExactly("his former W0 co-star P1");
        assertThat(without.code()).isEqualTo("the W0 co-star P1 smiled .");
        assertThat(found(pattern, without)).containsExactly("W0 co-star P1");
    }

    @Test
    void aPatternOpeningWithNothingBeforeMatchesOnlyAtTheSentenceStart() {
        CodePattern pattern = CodePattern.compile("(?<!.)(?:played|portrayed) by <P:p>");
        assertThat(found(pattern, code("Played by Han Ye-seul, the florist returns."))).containsExactly("played by P0");
        assertThat(found(pattern, code("The florist, played by Han Ye-seul, returns."))).isEmpty();
    }

    @Test
    void aLookbehindBeforeTheFirstWordStillRulesOutWhatItNames() {
        CodePattern pattern = CodePattern.compile("(?<!(?:music|art) )(?:director|pd) <P:p>");
        SentenceCode code = code("The music director Han Ye-seul met director Kim Min-jae.");
        assertThat(code.code()).isEqualTo("the music director P0 met director P1 .");
        assertThat(found(pattern, code)).containsExactly("director P1");
    }

    @Test
    void requiredWordsMissingFromTheSentenceMeanNoMatch() {
        CodePattern pattern = CodePattern.compile("<P:p> (?:[a-z]+ ){0,3}?cameo in <W:w>");
        assertThat(found(pattern, code("Han Ye-seul makes a cameo in “Winter Letters”."))).containsExactly("P0 makes a cameo in W1");
        assertThat(found(pattern, code("Han Ye-seul stars in “Winter Letters”."))).isEmpty();
    }

    @Test
    void aWordWithAnOptionalLastLetterIsRequiredInEitherForm() {
        CodePattern pattern = CodePattern.compile("<W:w> co-stars? <P:p>");
        assertThat(found(pattern, code("Her “Winter Letters” co-star Han Ye-seul waved."))).containsExactly("W0 co-star P1");
        assertThat(found(pattern, code("Her “Winter Letters” co-stars Han Ye-seul and Kim Min-jae waved.")))
                .containsExactly("W0 co-stars P1");
        assertThat(found(pattern, code("Her “Winter Letters” partner Han Ye-seul waved."))).isEmpty();
    }

    @Test
    void aYearAfterAnOpeningSlotIsAnyNumber() {
        CodePattern pattern = CodePattern.compile("<P:p> (?:'s )?(?:[0-9]{4} )?drama <W:w>");
        assertThat(found(pattern, code("Han Ye-seul's 2019 drama “Winter Letters” returns."))).containsExactly("P0 's 2019 drama W1");
        assertThat(found(pattern, code("Han Ye-seul 2021 drama “Winter Letters” returns."))).containsExactly("P0 2021 drama W1");
        assertThat(found(pattern, code("Han Ye-seul, 2021 drama “Winter Letters” returns."))).isEmpty();
    }

    @Test
    void requiredWordsMustComeInTheOrderThePatternNamesThem() {
        CodePattern pattern = CodePattern.compile("<P:p> joins <W:w>");
        // the work before the person cannot be the one the pattern needs; the one after it is
        assertThat(found(pattern, code("“Salt Road” fans cheered as Han Ye-seul joins “Winter Letters” today.")))
                .containsExactly("P1 joins W2");
        assertThat(found(pattern, code("“Salt Road” fans cheered as Han Ye-seul joins the cast."))).isEmpty();
    }

    @Test
    void requiredWordsAreAlsoReadFromNamedGroupsRepeatedGroupsAndPossessives() {
        CodePattern named = CodePattern.compile("<P:p> , (?<trade>(?:writer|author)) (?:of )?<W:w>");
        assertThat(found(named, code("Han Ye-seul, writer of “Winter Letters”, smiled."))).containsExactly("P0 , writer of W1");
        CodePattern repeated = CodePattern.compile("<P:p> (?:(?:drama|series) ){1,2}<W:w>");
        assertThat(found(repeated, code("Han Ye-seul drama series “Winter Letters” returns."))).containsExactly("P0 drama series W1");
        assertThat(found(repeated, code("Han Ye-seul film “Winter Letters” returns."))).isEmpty();
        CodePattern possessive = CodePattern.compile("<P:p> 's <W:w>");
        assertThat(found(possessive, code("Han Ye-seul's “Winter Letters” returns."))).containsExactly("P0 's W1");
        assertThat(found(possessive, code("Han Ye-seul and “Winter Letters” return."))).isEmpty();
    }

    @Test
    void aPatternOpeningWithAWordListIsTriedWhereTheNextPartCanGoOn() {
        CodePattern pattern = CodePattern.compile("(?:actor|actress) (?:, )?<P:p>");
        assertThat(found(pattern, code("The actress Han Ye-seul waved."))).containsExactly("actress P0");
        assertThat(found(pattern, code("The actress, Han Ye-seul, waved."))).containsExactly("actress , P0");
        assertThat(found(pattern, code("The actress who met Han Ye-seul waved."))).isEmpty();
    }

    @Test
    void aRequiredWordIsLookedForOnlyAsFarAsThePatternReaches() {
        CodePattern pattern = CodePattern.compile("<P:p> (?:[a-z']+ ){0,2}drama <W:w>");
        // "drama" three parts after the first name (the most the pattern allows), one part after the second
        assertThat(found(pattern, code("Han Ye-seul's new drama “Winter Letters” and Kim Min-jae's drama “Salt Road” air.")))
                .containsExactly("P0 's new drama W1", "P2 's drama W3");
        assertThat(found(pattern, code("Han Ye-seul is in the new drama “Winter Letters”."))).isEmpty();
    }

    @Test
    void anIndexFindsWhatEachOfItsPatternsFindsAlone() {
        List<CodePattern> patterns = List.of(
                CodePattern.compile("(?:his |their )?(?:former )?<W:w> co-star <P:p>"),
                CodePattern.compile("(?<!.)(?:played|portrayed) by <P:p>"),
                CodePattern.compile("(?<!(?:music|art) )(?:director|pd) <P:p>"),
                CodePattern.compile("<P:p> (?:joins|met) (?:[a-z]+ )?<PW:o>"),
                CodePattern.compile("(?:<W:w> )?(?:starring|featuring) <P:p>"),
                // opening with a slot: tried only where the part after the item can go on with the pattern
                CodePattern.compile("<P:p> (?:will |also )?(?:joins|met|waves)"),
                CodePattern.compile("<P:p> (?:'s )?(?:\\( [^()]+ \\) )?(?:drama|co-star) <W:w>"),
                CodePattern.compile("<P:a> (?:,|and) <P:b>"));
        CodePattern.Index index = new CodePattern.Index(patterns);
        for (String text : List.of("Played by Han Ye-seul, the florist returns.",
                "The music director Han Ye-seul met director Kim Min-jae.",
                "Fans love his former “Winter Letters” co-star Han Ye-seul.",
                "“Winter Letters” starring Han Ye-seul and the drama featuring Kim Min-jae.",
                "Han Ye-seul, Kim Min-jae and Han So-ra met; Han Ye-seul will waves.",
                "Han Ye-seul's drama “Winter Letters” and Kim Min-jae (Winter) co-star “Salt Road”.")) {
            SentenceCode code = code(text);
            CodePattern.Found all = index.matches(code);
            for (int p = 0; p < patterns.size(); p++) {
                assertThat(all.of(p)).as(patterns.get(p) + " in " + code).isEqualTo(patterns.get(p).matches(code));
            }
        }
    }
}
