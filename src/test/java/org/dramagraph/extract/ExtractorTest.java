package org.dramagraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.fact.Fact;
import org.dramagraph.source.Article;
import org.junit.jupiter.api.Test;

/** The whole pipeline on short articles written for these tests, one reading rule at a time. */
class ExtractorTest {
    private final Extractor extractor = new Extractor();

    /** Every fact reported, confirmed or not (as {@code type|field|field}). */
    private List<String> facts(String title, String body) {
        return extractor.extract(Article.of("t", title, body)).facts().stream().map(ExtractedFact::fact)
                .map(ExtractorTest::show).toList();
    }

    /** The facts the extractor is sure enough of to assert (confirmed): what it must never get wrong. */
    private List<String> asserted(String title, String body) {
        return extractor.extract(Article.of("t", title, body)).facts().stream().filter(ExtractedFact::confirmed)
                .map(ExtractedFact::fact).map(ExtractorTest::show).toList();
    }

    private List<String> facts(String body) {
        return facts("", body);
    }

    static String show(Fact f) {
        return String.join("|", f.type().key(), String.join("|", f.fields().values().stream()
                .map(v -> v == null ? "" : v).toList()));
    }

    @Test
    void actorAsCharacterInAWork() {
        assertThat(facts("Han Seo-jin stars as Yoon Dal-rae in “Winter Letters,” the new tvN drama."))
                .contains("plays|Han Seo-jin|Yoon Dal-rae|Winter Letters", "cast|Han Seo-jin|Winter Letters");
    }

    @Test
    void playsTheRoleOfWithTheWorkOfThePassage() {
        List<String> facts = facts("“Harbor Lights” is a new romance series.\n\n"
                + "Baek Min-ha takes on the role of Jo Eun-sol, a ferry captain. Moon Tae-yang will play Ha Jun-seo.");
        assertThat(facts).contains("plays|Baek Min-ha|Jo Eun-sol|Harbor Lights", "plays|Moon Tae-yang|Ha Jun-seo|Harbor Lights",
                "cast|Moon Tae-yang|Harbor Lights");
    }

    @Test
    void characterPlayedByActor() {
        assertThat(facts("In “Harbor Lights”, the captain Jo Eun-sol (played by Baek Min-ha) returns to her town."))
                .contains("plays|Baek Min-ha|Jo Eun-sol|Harbor Lights");
    }

    @Test
    void castListAfterStarring() {
        assertThat(facts("“Winter Letters” starring Han Seo-jin, Kwon Do-yun and Lim Ha-eun premieres in May."))
                .contains("cast|Han Seo-jin|Winter Letters", "cast|Kwon Do-yun|Winter Letters", "cast|Lim Ha-eun|Winter Letters");
    }

    @Test
    void pastWorksInParenthesesAndKnownForLists() {
        assertThat(facts("The drama casts Kwon Do-yun (Moonlit Harbor) as a chef."))
                .contains("cast|Kwon Do-yun|Moonlit Harbor");
        assertThat(facts("Lim Ha-eun, known for “Paper Cranes” and “Blue Hour,” joins the cast."))
                .contains("cast|Lim Ha-eun|Paper Cranes", "cast|Lim Ha-eun|Blue Hour");
    }

    @Test
    void writersAndDirectorsWithTheirPastCredits() {
        List<String> facts = facts("“Winter Letters” is written by Oh Seung-ah and directed by Pyo Jae-min.\n\n"
                + "Writer Oh Seung-ah is known for “Paper Cranes”. Director Pyo Jae-min, who helmed “Blue Hour”, returns.");
        assertThat(facts).contains("wrote|Oh Seung-ah|Winter Letters", "directed|Pyo Jae-min|Winter Letters",
                "wrote|Oh Seung-ah|Paper Cranes", "directed|Pyo Jae-min|Blue Hour");
        assertThat(asserted("", "“Winter Letters” is written by Oh Seung-ah and directed by Pyo Jae-min.\n\n"
                + "Writer Oh Seung-ah is known for “Paper Cranes”. Director Pyo Jae-min, who helmed “Blue Hour”, returns."))
                .doesNotContain("cast|Oh Seung-ah|Paper Cranes");
    }

    @Test
    void networksFromAiringAndPossessives() {
        assertThat(facts("“Blue Hour” will premiere on JTBC and Netflix in June."))
                .contains("network|Blue Hour|JTBC", "network|Blue Hour|Netflix");
    }

    @Test
    void pronounSubjectsTakeThePersonNamedBefore() {
        assertThat(facts("“Harbor Lights” reunites old friends.\n\nKwon Do-yun returns to television. He plays Ha Jun-seo, a diver."))
                .contains("plays|Kwon Do-yun|Ha Jun-seo|Harbor Lights");
    }

    @Test
    void quotesGetTheirSpeakerFromCuesAndPronouns() {
        List<String> facts = facts("Han Seo-jin said, “The script made me cry on the first read.”\n\n"
                + "“I hope viewers feel the same warmth,” she added.\n\n"
                + "Director Pyo Jae-min shared, “We filmed every scene by the sea.”");
        assertThat(facts).contains("quote|Han Seo-jin|The script made me cry on the first read.",
                "quote|Han Seo-jin|I hope viewers feel the same warmth,",
                "quote|Pyo Jae-min|We filmed every scene by the sea.");
    }

    @Test
    void shortFormsResolveToTheFullNameTheArticleWrites() {
        assertThat(facts("Lim Ha-eun plays Jo Eun-sol in “Blue Hour”.\n\nHa-eun said, “Eun-sol is brave and kind to everyone.”"))
                .contains("quote|Lim Ha-eun|Eun-sol is brave and kind to everyone.");
    }

    @Test
    void scareQuotesAndUnnamedSpeakersGiveNothing() {
        assertThat(facts("Critics call the show a “masterpiece”. One viewer wrote, “I watched it three times in a row.”"))
                .isEmpty();
    }

    @Test
    void aRankBeforeANameIsNotPartOfTheCharacter() {
        assertThat(facts("Moon Tae-yang plays Captain Jo Eun-sol in “Harbor Lights.”"))
                .contains("plays|Moon Tae-yang|Jo Eun-sol|Harbor Lights");
    }

    @Test
    void itMeansTheSeriesNotAWriterPastHit() {
        String text = "“Winter Letters” premieres in May.\n\n"
                + "The series was written by Oh Seung-ah, whose earlier hits include “Paper Cranes” and “Blue Hour.” "
                + "It is directed by Pyo Jae-min.";
        assertThat(facts(text)).contains("directed|Pyo Jae-min|Winter Letters");
        assertThat(asserted("", text)).doesNotContain("directed|Pyo Jae-min|Blue Hour");
    }

    @Test
    void aListOfActorsReprisingTheirRolesIsCast() {
        assertThat(facts("“Harbor Lights” returns.\n\nThe second season sees Moon Tae-yang, Baek Min-ha and Han Seo-jin "
                + "reprise their roles as rival captains."))
                .contains("cast|Moon Tae-yang|Harbor Lights", "cast|Baek Min-ha|Harbor Lights", "cast|Han Seo-jin|Harbor Lights");
    }

    @Test
    void aCreditParticipleOpeningASentenceIsNotAName() {
        assertThat(facts("“Winter Letters” premieres soon.\n\nWritten by Oh Seung-ah, the series is directed by Pyo Jae-min."))
                .contains("wrote|Oh Seung-ah|Winter Letters", "directed|Pyo Jae-min|Winter Letters");
    }

    @Test
    void namePairsFollowTheOrderTheArticleUsesForRoleAndActor() {
        List<String> facts = facts("“Harbor Lights” character stills released",
                "The drama released stills of actor Moon Tae-yang, who plays the role of Yoon Dal-rae.\n\n"
                        + "In the series, Yoon Dal-rae (Moon Tae-yang) is a man with a dark past.\n\n"
                        + "His meeting with his wife, Jo Eun-sol (Baek Min-ha), gives him a new life.");
        assertThat(facts).contains("plays|Baek Min-ha|Jo Eun-sol|Harbor Lights");
    }

    @Test
    void aRecurringNameRightAfterPlayIsTheRole() {
        List<String> facts = facts("“Harbor Lights” drama: what we know",
                "Meanwhile, Baek Min-ha in the drama will play Jo Eun-sol, a ferry captain. "
                        + "Jo Eun-sol is forced to replace a friend. Later Jo Eun-sol meets Han Seo-jin.");
        assertThat(facts).contains("plays|Baek Min-ha|Jo Eun-sol|Harbor Lights");
    }

    @Test
    void creditsListedInAParenthesisAfterTheName() {
        List<String> facts = facts("“Salt Road” is written by Yoon Ga-eun (“Winter Letters”) and directed by Ko Min-jae "
                + "(“Paper Moon,” “Blue Harbor”).");
        assertThat(facts).contains("directed|Ko Min-jae|Salt Road", "directed|Ko Min-jae|Paper Moon",
                "directed|Ko Min-jae|Blue Harbor", "wrote|Yoon Ga-eun|Winter Letters");
    }

    @Test
    void anOpeningParticipleCreditsTheSubjects() {
        List<String> facts = facts("Previously co-starred in the 2018 film “Paper Moon”, Baek Min-ha and Han Seo-jin will "
                + "meet again in the upcoming drama.");
        assertThat(facts).contains("cast|Baek Min-ha|Paper Moon", "cast|Han Seo-jin|Paper Moon");
    }

    @Test
    void actorsKnownByEarlierWorksStarAsDescribedRoles() {
        List<String> facts = facts("Salt Road premieres today",
                "“Salt Road” is premiering today on tvN. Ko Min-jae (Paper Moon) stars as the head of the family. "
                        + "Blue Harbor‘s Han Seo-jin stars as a prosecutor. Baek Min-ha plays Ko Min-jae’s character’s wife.");
        // "Blue Harbor's Han Seo-jin" (cast in Blue Harbor) is missed: an unquoted title before a possessive
        assertThat(facts).contains("cast|Ko Min-jae|Salt Road", "cast|Ko Min-jae|Paper Moon", "cast|Han Seo-jin|Salt Road",
                "cast|Baek Min-ha|Salt Road");
    }

    @Test
    void creditsOfDirectorsByTheirEarlierWorks() {
        List<String> facts = facts("“Salt Road” announced",
                "“Salt Road” is an upcoming tvN (Total Variety Network) soap opera. The script was written by Yoon Ga-eun, and "
                        + "directed by Ko Min-jae of the movie “Paper Moon”. Director Ko Min-jae has built a reputation for "
                        + "directing thoughtful, award-winning series such as “Blue Harbor” and “Winter Letters”.\n\n"
                        + "On April 17, KBS revealed videos of the first meetings between the stars of the upcoming drama “Night Ferry”.");
        assertThat(facts).contains("network|Salt Road|tvN", "directed|Ko Min-jae|Paper Moon", "directed|Ko Min-jae|Blue Harbor",
                "network|Night Ferry|KBS");
    }

    @Test
    void filmsAsWellAsSeriesAreOneListOfCredits() {
        List<String> facts = facts("Han Seo-jin joins “Salt Road”",
                "Han Seo-jin had her breakthrough in 2009 with the sitcom “Paper Moon”. Since then she starred in the films "
                        + "“Blue Harbor” (2011) and “Winter Letters” (2014), as well as the television series “Night Ferry” (2015–2016) "
                        + "and “Moonrise” (2020).");
        assertThat(facts).contains("cast|Han Seo-jin|Blue Harbor", "cast|Han Seo-jin|Winter Letters",
                "cast|Han Seo-jin|Night Ferry", "cast|Han Seo-jin|Moonrise");
    }

    @Test
    void rolesNamedAfterALongPhraseOrPlayedByAGroupsMember() {
        List<String> facts = facts("“Salt Road” premieres",
                "“Salt Road” is a tvN drama starring Han Seo-jin as Jo Eun-sol. She meets the lawyer Ha Jun-seo (played by Baek Min-ha) "
                        + "and his intern Moon Da-in (played by 2PM’s Ko Min-jae). Yoon Ga-eun leads the crew of Jo Eun-sol’s "
                        + "ferry rivals as Seo Yeon-hee.");
        assertThat(facts).contains("plays|Ko Min-jae|Moon Da-in|Salt Road", "plays|Yoon Ga-eun|Seo Yeon-hee|Salt Road");
    }

    @Test
    void everyUnquotedTitleOfAListOfHitsIsAWork() {
        List<String> facts = facts("Writer news",
                "Writer Yoon Ga-eun, known for smash hits like Salt Road, Winter Letters, and Night Ferry of the Moon, has a "
                        + "proven track record.");
        assertThat(facts).contains("wrote|Yoon Ga-eun|Salt Road", "wrote|Yoon Ga-eun|Winter Letters",
                "wrote|Yoon Ga-eun|Night Ferry of the Moon");
    }

    @Test
    void aWritersEarlierWorkAfterOf() {
        List<String> facts = facts("“Harbor Lights” casting",
                "“Harbor Lights” is written by Moon Da-in, a former assistant to iconic writer Yoon Ga-eun of Salt Road.");
        assertThat(facts).contains("wrote|Yoon Ga-eun|Salt Road", "wrote|Moon Da-in|Harbor Lights");
    }

    @Test
    void pastRolesReferencedAndRecentSightings() {
        List<String> facts = facts("“Salt Road” cameo",
                "The dialogue references the roles played by Han Seo-jin in “Paper Moon”, “Blue Harbor”, and “Winter Letters”. "
                        + "It also recalls Han Seo-jin’s character in the space film Night Ferry.\n\n"
                        + "Baek Min-ha starred in both seasons of “Moonrise”. In 2020, he starred in “Sea Glass” and most recently "
                        + "seen in the k-drama “Thirty Days”.");
        assertThat(facts).contains("cast|Han Seo-jin|Paper Moon", "cast|Han Seo-jin|Blue Harbor", "cast|Han Seo-jin|Winter Letters",
                "cast|Han Seo-jin|Night Ferry", "cast|Baek Min-ha|Sea Glass", "cast|Baek Min-ha|Thirty Days");
    }

    @Test
    void aWritersLastDramaIsOneSheWroteAndInitialsStandForTheMainWork() {
        String title = "“Night Ferry of Moonlight” casting news";
        String body = "KBS confirmed the cast of the upcoming drama “Night Ferry of Moonlight” (NFoM). Han Seo-jin worked with NFoM "
                + "screenwriter Yoon Ga-eun’s last drama “Salt Road”.\n\nNFoM is set in a port town. Baek Min-ha plays a "
                + "ferry captain.";
        assertThat(facts(title, body)).contains("wrote|Yoon Ga-eun|Salt Road", "cast|Baek Min-ha|Night Ferry of Moonlight");
        assertThat(asserted(title, body)).doesNotContain("cast|Yoon Ga-eun|Salt Road", "cast|Baek Min-ha|NFoM");
    }

    @Test
    void whoPlaysADescribedRoleThenSpeaks() {
        List<String> facts = facts("Salt Road cast talks",
                "“Salt Road” premieres on tvN this week. Yoon Ha-rin, who plays the ferry captain Seo Mi-rae, said the shoot was "
                        + "long. “I loved every day on the boat,” she said.");
        assertThat(facts).contains("plays|Yoon Ha-rin|Seo Mi-rae|Salt Road", "quote|Yoon Ha-rin|I loved every day on the boat,");
    }

    @Test
    void actorsJoiningOrConfirmedForAWork() {
        List<String> facts = facts("Baek Min-ha and Han Seo-jin confirmed for Yoon Ga-eun’s “Salt Road”",
                "On May 22, it was announced that Ko Min-jae and Moon Da-in will be joining tvN’s upcoming drama “Night Ferry” "
                        + "(working title).");
        assertThat(facts).contains("cast|Baek Min-ha|Salt Road", "cast|Han Seo-jin|Salt Road", "cast|Ko Min-jae|Night Ferry",
                "cast|Moon Da-in|Night Ferry");
    }

    @Test
    void aSpeakerAfterTheQuoteWithAnAsideBeforeTheVerb() {
        List<String> facts = facts("Salt Road press day",
                "“Salt Road” premieres on tvN. “We stayed so long,” Yoon Ha-rin, who plays the radio host Seo Mi-rae, said.");
        assertThat(facts).contains("quote|Yoon Ha-rin|We stayed so long,").noneMatch(f -> f.startsWith("quote|Seo Mi-rae"));
    }

    @Test
    void asTheAdultVersionOfARole() {
        List<String> facts = facts("“Salt Road” season 2 first look",
                "The tvN drama “Salt Road” season 2 revealed its first look. Baek Min-ha will be seen as the adult version of Jo Eun-sol, the "
                        + "heir of the clan.");
        assertThat(facts).contains("plays|Baek Min-ha|Jo Eun-sol|Salt Road");
    }

    @Test
    void aCharactersFriendWithTheActorInAParenthesis() {
        List<String> facts = facts("“Salt Road” characters",
                "Baek Min-ha in the drama “Salt Road” will play Jo Eun-sol. Jo Eun-sol is forced to replace her best friend Moon "
                        + "Da-in (Ko Min-jae) on a blind date.");
        assertThat(facts).contains("plays|Ko Min-jae|Moon Da-in|Salt Road", "cast|Ko Min-jae|Salt Road");
    }

    @Test
    void aQuotedRoleWithItsActorAndPastHitsThatAreNotTheFocus() {
        String title = "Baek Min-ha and Han Seo-jin confirmed for “Salt Road”";
        String body = "“Salt Road” is written by screenwriter Yoon Ga-eun, who previously wrote all-time hits “Paper Moon” (2013) and "
                + "“Night Ferry” (2016). The drama tells the story of an heiress named ‘Jo Eun-sol’ (Han Seo-jin), who "
                + "lands in a port town. A captain named ‘Moon Da-in’ (Baek Min-ha) finds her.";
        assertThat(facts(title, body)).contains("plays|Han Seo-jin|Jo Eun-sol|Salt Road", "plays|Baek Min-ha|Moon Da-in|Salt Road");
        assertThat(asserted(title, body)).doesNotContain("cast|Baek Min-ha|Night Ferry");
    }

    @Test
    void evidencePointsAtTheSentenceInTheOriginalText() {
        String body = "Advertisement\n\nHan Seo-jin stars as Yoon Dal-rae in “Winter Letters”.";
        Extraction x = extractor.extract(Article.of("t", "", body));
        ExtractedFact f = x.facts().get(0);
        assertThat(body.substring(f.evidence().start(), f.evidence().end()))
                .isEqualTo("Han Seo-jin stars as Yoon Dal-rae in “Winter Letters”.");
        assertThat(f.evidence().rule()).isNotBlank();
        assertThat(f.evidence().confidence()).isBetween(0.0, 1.0);
    }
}
