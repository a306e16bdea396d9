package org.dramagraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.source.Article;
import org.junit.jupiter.api.Test;

/**
 * One regression test per cause of error worked off the dev set's error report (docs/errors.md),
 * each on sentences written for the test: the rule must hold for text it has never seen.
 */
class ErrorCauseTest {
    private final Extractor extractor = new Extractor();

    /** Every fact reported, confirmed or not. */
    private List<String> facts(String body) {
        return extractor.extract(Article.of("t", "", body)).facts().stream().map(ExtractedFact::fact)
                .map(ExtractorTest::show).toList();
    }

    /** The facts the extractor asserts (confirmed). */
    private List<String> asserted(String body) {
        return extractor.extract(Article.of("t", "", body)).facts().stream().filter(ExtractedFact::confirmed)
                .map(ExtractedFact::fact).map(ExtractorTest::show).toList();
    }

    @Test
    void castListsWrittenOneNameALine() {
        assertThat(facts("Below is the cast of the new series “Paper Cranes”:\n\nHan Seo-jin as Yoon Dal-rae\n\n"
                + "Kwon Do-yun as Ma Seok-do\n\nLim Ha-eun\n\nBaek Min-ha"))
                .contains("plays|Han Seo-jin|Yoon Dal-rae|Paper Cranes", "cast|Lim Ha-eun|Paper Cranes",
                        "cast|Baek Min-ha|Paper Cranes");
    }

    @Test
    void aNameInWesternOrderIsThePersonWrittenFamilyNameFirstElsewhere() {
        assertThat(facts("Han Seo-jin joins “Blue Hour”.\n\nSeo-jin Han will play the role of a pilot named Yoon Dal-rae."))
                .contains("plays|Han Seo-jin|Yoon Dal-rae|Blue Hour");
    }

    @Test
    void whichOfTwoNamesInAParenthesisIsTheActorIsDecidedByTheRestOfTheArticle() {
        assertThat(facts("Kwon Do-yun stars in “Blue Hour”.\n\nThe pilot Ma Seok-do (Kwon Do-yun) falls in love."))
                .contains("plays|Kwon Do-yun|Ma Seok-do|Blue Hour");
    }

    @Test
    void aPersonsPastWorkIsNotThePassagesWork() {
        String text = "In “Blue Hour”, Kwon Do-yun's “Paper Cranes” role is mentioned. The pilot Ma Seok-do, played by Lim Ha-eun, returns.";
        assertThat(facts(text)).contains("plays|Lim Ha-eun|Ma Seok-do|Blue Hour");
        assertThat(asserted(text)).doesNotContain("plays|Lim Ha-eun|Ma Seok-do|Paper Cranes");
    }

    @Test
    void knownForCreditsFollowTheTradeTheArticleNames() {
        String text = "The drama is helmed by director Pyo Jae-min. His previous works include “Salt Road” and “Lantern Nights”.";
        assertThat(facts(text)).contains("directed|Pyo Jae-min|Salt Road", "directed|Pyo Jae-min|Lantern Nights");
        assertThat(asserted(text)).doesNotContain("cast|Pyo Jae-min|Salt Road");
    }

    @Test
    void breakthroughAndFameCredits() {
        assertThat(facts("Baek Min-ha had her breakthrough in 2015 with the sitcom “Sunny Floor”."))
                .contains("cast|Baek Min-ha|Sunny Floor");
    }

    @Test
    void networksNamedBeforeOrBesideTheTitle() {
        assertThat(facts("On-Air: tvN Harbor Lights [Episode 3]\n\nThe drama Harbor Lights aired its third episode."))
                .contains("network|Harbor Lights|tvN");
        assertThat(facts("“Blue Hour”, an upcoming JTBC weekend drama, shares a poster.")).contains("network|Blue Hour|JTBC");
    }

    @Test
    void aTradeWordBeforeATitleIsNotPartOfIt() {
        assertThat(facts("He will also appear in the Disney K-drama The Quiet Harbor.")).contains("network|The Quiet Harbor|Disney");
    }

    @Test
    void acronymsOfTitlesTheArticleNames() {
        assertThat(facts("Lim Ha-eun stars in the drama “Descendants of the Moon”. Baek Min-ha worked with DotM writer "
                + "Oh Seung-ah's last drama “Salt Road”.")).contains("cast|Baek Min-ha|Salt Road", "wrote|Oh Seung-ah|Salt Road");
    }

    @Test
    void aBodyOfWorkAndBothOfWhom() {
        assertThat(facts("Screenwriter Oh Seung-ah has an impressive body of work that includes “Salt Road” and “Lantern Nights”."))
                .contains("wrote|Oh Seung-ah|Salt Road", "wrote|Oh Seung-ah|Lantern Nights");
        assertThat(facts("Actress Lim Ha-eun and writer Oh Seung-ah, both of whom worked on “Salt Road”, reunite."))
                .contains("cast|Lim Ha-eun|Salt Road", "wrote|Oh Seung-ah|Salt Road");
    }

    @Test
    void actorsAtAScriptReadingOfTheWork() {
        assertThat(facts("The tvN drama “Salt Road” had a script reading with Lim Ha-eun, Kwon Do-yun and Baek Min-ha."))
                .contains("cast|Lim Ha-eun|Salt Road", "cast|Kwon Do-yun|Salt Road", "cast|Baek Min-ha|Salt Road");
    }

    @Test
    void pronounsFollowThePassageCenterAndTheLastPersonIntroduced() {
        assertThat(facts("“Salt Road” is set to be helmed by director Pyo Jae-min. Her recent works include “Lantern Nights”."))
                .contains("directed|Pyo Jae-min|Lantern Nights");
    }

    @Test
    void speakersAfterAnOpeningClauseAndInCoordinatedQuotes() {
        assertThat(facts("When asked about the role of Jo Eun-sol, Lim Ha-eun remarked, “I wanted to be brave like her.”"))
                .contains("quote|Lim Ha-eun|I wanted to be brave like her.");
        assertThat(facts("The actor Kwon Do-yun said, “The sea scenes were cold”, and added, “but the crew kept us warm all night.”"))
                .contains("quote|Kwon Do-yun|but the crew kept us warm all night.");
    }

    @Test
    void aTitleQuotedAfterAPossessiveIsNotSpeech() {
        assertThat(facts("Lim Ha-eun, praised for her role in JTBC’s “Salt Road,” said, “I am ready for a new challenge now.”"))
                .contains("quote|Lim Ha-eun|I am ready for a new challenge now.")
                .noneMatch(f -> f.startsWith("quote|") && f.contains("Salt Road"));
    }
}
