package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dramagraph.clean.CleanText;
import org.dramagraph.extract.Extraction;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionType;
import org.dramagraph.fact.Evidence;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.fact.Fact;
import org.dramagraph.source.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code show} over a store filled with hand-built facts, so it does not depend on what the extractor finds. */
class ShowCommandTest {
    @TempDir
    Path dir;
    String db;

    /** An article whose sentences are the given lines; each fact is read from the sentence at its index. */
    static Extraction article(String id, List<String> sentences, Object... factsAndSentences) {
        String text = String.join(" ", sentences);
        List<ExtractedFact> facts = new ArrayList<>();
        for (int i = 0; i < factsAndSentences.length; i += 2) {
            int s = (Integer) factsAndSentences[i + 1];
            int start = text.indexOf(sentences.get(s));
            facts.add(new ExtractedFact((Fact) factsAndSentences[i], new Evidence(id, s, start,
                    start + sentences.get(s).length(), sentences.get(s), "test", 0.9)));
        }
        return new Extraction(Article.of(id, "About " + id, text), CleanText.unchanged(text), 0, List.of(), List.of(),
                Map.of(), facts, List.of());
    }

    @BeforeEach
    void fill() {
        db = dir.resolve("graph.db").toString();
        try (GraphStore graph = GraphStore.open(Path.of(db))) {
            graph.ingest(article("vincenzo-finale", List.of(
                            "Song Joong-ki plays Vincenzo Cassano in 'Vincenzo'.",
                            "The series was written by Park Jae-bum.",
                            "It airs on tvN."),
                    Fact.plays("Song Joong-ki", "Vincenzo Cassano", "Vincenzo"), 0,
                    Fact.cast("Song Joong-ki", "Vincenzo"), 0,
                    Fact.wrote("Park Jae-bum", "Vincenzo"), 1,
                    Fact.network("Vincenzo", "tvN"), 2));
            graph.ingest(article("qot-cameo", List.of(
                            "Song Jung-ki made a special appearance in 'Queen of Tears' as Vincenzo Cassano.",
                            "Kim Ji-won plays Hong Hae-in.",
                            "\"It felt like visiting old friends,\" Song Joong-ki said."),
                    Fact.cameo("Song Jung-ki", "Queen of Tears"), 0,
                    Fact.plays("Song Jung-ki", "Vincenzo Cassano", "Queen of Tears"), 0,
                    Fact.plays("Kim Ji-won", "Hong Hae-in", "Queen of Tears"), 1,
                    Fact.quote("Song Joong-ki", "It felt like visiting old friends"), 2));
        }
    }

    /** The display name is the spelling written most often (three times against two). */
    @Test
    void aPersonShowsRolesByWorkWithCameosMarkedQuotesAndSources() {
        Cli show = Cli.run("show", "song joong ki", "--db", db);

        assertThat(show.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(show.out()).startsWith("Song Joong-ki (person)\nAlso written: Song Jung-ki\n")
                .contains("  Queen of Tears as Vincenzo Cassano [cameo]\n")
                .contains("  Vincenzo as Vincenzo Cassano\n")
                .contains("[qot-cameo #0] Song Jung-ki made a special appearance")
                .contains("Quotes\n  \"It felt like visiting old friends\"\n    [qot-cameo #2] \"It felt like");
        assertThat(show.out().indexOf("Queen of Tears")).isLessThan(show.out().indexOf("  Vincenzo as"));
    }

    @Test
    void aFactBelowTheConfidenceThresholdIsShownMarkedUnconfirmed() {
        String text = "Rumour has it that Han Bi-ro will write 'Quiet Harbor'.";
        Extraction unsure = new Extraction(Article.of("rumour", "About rumour", text), CleanText.unchanged(text), 0,
                List.of(), List.of(), Map.of(), List.of(new ExtractedFact(Fact.wrote("Han Bi-ro", "Quiet Harbor"),
                new Evidence("rumour", 0, 0, text.length(), text, "test",
                        org.dramagraph.fact.Confidence.THRESHOLD / 2))), List.of());
        try (GraphStore graph = GraphStore.open(Path.of(db))) {
            graph.ingest(unsure);
        }

        assertThat(Cli.run("show", "Quiet Harbor", "--db", db).out()).contains("Han Bi-ro [unconfirmed]\n");
        assertThat(Cli.run("show", "Vincenzo", "--db", db).out()).doesNotContain("[unconfirmed]");
    }

    @Test
    void aWorkShowsCastCameosApartAndCrew() {
        Cli show = Cli.run("show", "Queen Of Tears", "--db", db);

        assertThat(show.out()).startsWith("Queen of Tears (work)\n");
        String cast = show.out().substring(show.out().indexOf("Cast\n"), show.out().indexOf("Cameos\n"));
        assertThat(cast).contains("Kim Ji-won as Hong Hae-in").doesNotContain("Song");
        assertThat(show.out().substring(show.out().indexOf("Cameos\n")))
                .contains("Song Joong-ki as Vincenzo Cassano [cameo]");
    }

    @Test
    void aCharacterInTwoWorksIsFlaggedAsACrossover() {
        Cli show = Cli.run("show", "Vincenzo Cassano", "--db", db);

        assertThat(show.out()).startsWith("Vincenzo Cassano (character)\nCrossover: appears in 2 works\n")
                .contains("Song Joong-ki in Queen of Tears [cameo]").contains("Song Joong-ki in Vincenzo\n");
    }

    @Test
    void anAmbiguousNameListsTheCandidatesAndTypePicksOne() {
        Cli ambiguous = Cli.run("show", "tvn", "--db", db);
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCodes.OK);

        try (GraphStore graph = GraphStore.open(Path.of(db))) {
            graph.ingest(article("character-named-like-the-show", List.of("Vincenzo plays Vincenzo in 'Vincenzo'."),
                    Fact.plays("Song Joong-ki", "Vincenzo", "Vincenzo"), 0));
        }
        Cli two = Cli.run("show", "vincenzo", "--db", db);
        assertThat(two.exitCode()).isEqualTo(ExitCodes.AMBIGUOUS);
        assertThat(two.out()).contains("Vincenzo (work)").contains("Vincenzo (character)");

        Cli work = Cli.run("show", "--type", "work", "vincenzo", "--db", db);
        assertThat(work.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(work.out()).startsWith("Vincenzo (work)").contains("Written by\n  Park Jae-bum\n")
                .contains("Airs on\n  tvN\n");
    }

    @Test
    void anUnknownNameOrAMissingStoreIsAnError() {
        Cli unknown = Cli.run("show", "Nobody At All", "--db", db);
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).contains("nothing named \"Nobody At All\"");

        Path missing = dir.resolve("missing.db");
        Cli noStore = Cli.run("show", "Kim Ji-won", "--db", missing.toString());
        assertThat(noStore.exitCode()).isEqualTo(ExitCodes.STORE);
        assertThat(noStore.err()).contains("no store at " + missing);
        assertThat(missing).doesNotExist();
    }

    @Test
    void aNameOnlyMentionedHasNoFactsYet() {
        try (GraphStore graph = GraphStore.open(Path.of(db))) {
            String text = "Lee Min-ho was seen at the airport.";
            graph.ingest(new Extraction(Article.of("airport", "Spotted", text), CleanText.unchanged(text), 0, List.of(),
                    List.of(new Mention(MentionType.PERSON, 0, 10, "Lee Min-ho", 0, "name")), Map.of(), List.of(), List.of()));
        }
        Cli show = Cli.run("show", "lee min ho", "--db", db);

        assertThat(show.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(show.out()).isEqualTo("Lee Min-ho (person)\n\nNo facts yet: the name is only mentioned in articles.\n");
    }
}
