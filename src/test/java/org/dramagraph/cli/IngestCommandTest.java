package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dramagraph.graph.StoreChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    @TempDir
    Path dir;

    Path articles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/nested"));
        Files.writeString(in.getParent().resolve("reunion.txt"),
                "Two stars reunite\nKim Ji-won plays Hong Hae-in in 'Queen of Tears', which airs on tvN.\n");
        Files.writeString(in.getParent().resolve("director.txt"),
                "A new series\nThe series is directed by Kim Hee-won and written by Park Ji-eun.\n");
        Files.writeString(in.resolve("interview.json"), "{\"id\": \"interview-1\", \"published\": \"2024-04-01\","
                + " \"title\": \"On set\", \"text\": \"\\\"We laughed a lot,\\\" Kim Ji-won said.\"}");
        return in.getParent();
    }

    @Test
    void ingestsAFolderOnceAndSaysWhatChangedOnEachRun() throws Exception {
        Path in = articles();
        String db = dir.resolve("store/graph.db").toString();

        Cli first = Cli.run("ingest", in.toString(), "--db", db);
        assertThat(first.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).startsWith("3 articles: 3 new, 0 unchanged, 0 updated, 0 failed;");
        assertThat(first.err()).isEmpty();

        Cli second = Cli.run("ingest", in.toString(), "--db", db);
        assertThat(second.out()).startsWith("3 articles: 0 new, 3 unchanged, 0 updated, 0 failed; 0 facts added");

        Files.writeString(in.resolve("director.txt"), "A new series\nThe drama is directed by Kim Hee-won.\n");
        Cli third = Cli.run("ingest", in.toString(), "--db", db);
        assertThat(third.out()).startsWith("3 articles: 0 new, 2 unchanged, 1 updated, 0 failed;");

        Cli again = Cli.run("ingest", in.toString(), "--again", "--db", db);
        assertThat(again.out()).startsWith("3 articles: 0 new, 0 unchanged, 3 updated, 0 failed;");

        Cli stats = Cli.run("stats", "--db", db);
        assertThat(stats.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(stats.out()).contains("Articles  3").contains("Facts").contains("quote");
    }

    @Test
    void articlesOfOneRunAreTakenInOrderThoughStoredOnesAreLookedUpTogether() throws Exception {
        String db = dir.resolve("graph.db").toString();
        Path first = Files.createDirectories(dir.resolve("first"));
        String older = "A new series\nThe series is directed by Kim Hee-won.\n";
        String newer = "A new series\nThe series is directed by Kim Hee-won and written by Park Ji-eun.\n";
        Files.writeString(first.resolve("series.txt"), older);
        Files.writeString(first.resolve("reunion.txt"), "Two stars reunite\nKim Ji-won plays Hong Hae-in.\n");
        assertThat(Cli.run("ingest", first.toString(), "--db", db).out()).startsWith("2 articles: 2 new,");

        // one run: series.txt changes and changes back, and reunion.txt's text moves to another id after reunion.txt
        // itself changes; looked up before any of them is stored, the stored text says "unchanged" for the
        // second series.txt and for the copy, but in order neither is
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("series.txt"), newer);
        Files.writeString(a.resolve("reunion.txt"), "Two stars reunite\nKim Ji-won plays Hong Hae-in in a drama.\n");
        Files.writeString(b.resolve("series.txt"), older);
        Files.writeString(b.resolve("reunion-copy.txt"), "Two stars reunite\nKim Ji-won plays Hong Hae-in.\n");
        Cli run = Cli.run("ingest", a.toString(), b.toString(), "--db", db);

        assertThat(run.out()).startsWith("4 articles: 1 new, 0 unchanged, 3 updated, 0 failed;");
        assertThat(StoreChecks.rows(Path.of(db), "SELECT id || ': ' || rtrim(original_text, char(10)) FROM article ORDER BY id"))
                .containsExactly("reunion: Kim Ji-won plays Hong Hae-in in a drama.",
                        "reunion-copy: Kim Ji-won plays Hong Hae-in.", "series: The series is directed by Kim Hee-won.");
    }

    @Test
    void aUrlThatIsNoWebAddressIsDroppedWithALineNamingTheArticle() throws Exception {
        Path in = Files.writeString(dir.resolve("news.jsonl"),
                "{\"id\": \"safe\", \"url\": \"https://news.example/safe\", \"title\": \"A\", \"text\": \"Kim Ji-won plays Hong Hae-in.\"}\n"
                + "{\"id\": \"trap\", \"url\": \"javascript:alert(1)\", \"title\": \"B\", \"text\": \"Park Ji-eun wrote it.\"}\n");
        Path db = dir.resolve("graph.db");

        Cli run = Cli.run("ingest", in.toString(), "--db", db.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEqualTo("dramagraph: " + in + ":2: article trap: url \"javascript:alert(1)\" is not an http(s)"
                + " address; dropped" + System.lineSeparator());
        assertThat(run.out()).startsWith("2 articles: 2 new,");
        assertThat(StoreChecks.rows(db, "SELECT id || ' ' || coalesce(url, '-') FROM article ORDER BY id"))
                .containsExactly("safe https://news.example/safe", "trap -");
    }

    @Test
    void theFailedCountOfAJsonLinesFileIsItsBadLinesWhetherListedOrCounted() throws Exception {
        StringBuilder lines = new StringBuilder("{\"id\": \"first\", \"text\": \"Han Seo-yeon plays Yoon Bada.\"}\n");
        lines.append("{\"id\": \"cut\", \"text\": \n".repeat(13));
        lines.append("{\"id\": \"last\", \"text\": \"Park Min-gyu joins Lantern Street.\"}\n");
        Path in = Files.writeString(dir.resolve("news.jsonl"), lines);

        Cli run = Cli.run("ingest", in.toString(), "--db", dir.resolve("graph.db").toString());

        List<String> expected = new ArrayList<>();
        for (int line = 2; line <= 11; line++) {
            expected.add("dramagraph: " + in + ":" + line + ": malformed JSON: Unexpected end-of-input within/between Object entries");
        }
        expected.add("dramagraph: " + in + ": 3 more bad lines not listed (13 in all)");
        assertThat(run.err().lines()).containsExactlyElementsOf(expected);
        assertThat(run.out()).startsWith("2 articles: 2 new, 0 unchanged, 0 updated, 13 failed;");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
    }

    @Test
    void aBadInputIsNamedAndTheOthersAreStillStored() throws Exception {
        Path in = articles();
        Path bad = Files.writeString(dir.resolve("broken.json"), "{\"id\": \"x\", \"text\": ");
        String db = dir.resolve("graph.db").toString();

        Cli run = Cli.run("ingest", in.toString(), bad.toString(), "--db", db);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.err()).hasLineCount(1).startsWith("dramagraph: " + bad);
        assertThat(run.out()).startsWith("3 articles: 3 new, 0 unchanged, 0 updated, 1 failed;");
    }

    @Test
    void nothingToReadIsItsOwnExitCode() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        Cli run = Cli.run("ingest", empty.toString(), "--db", dir.resolve("graph.db").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(run.out()).startsWith("0 articles:");
    }

    @Test
    void aStoreThatCannotBeOpenedIsReportedAndLeftAlone() throws Exception {
        Path notADatabase = Files.writeString(dir.resolve("notes.db"), "my own notes\n".repeat(100));

        Cli run = Cli.run("ingest", articles().toString(), "--db", notADatabase.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.STORE);
        assertThat(run.err()).startsWith("dramagraph: cannot open store " + notADatabase);
        assertThat(Files.readString(notADatabase)).isEqualTo("my own notes\n".repeat(100));
    }

    @Test
    void everyStoreCommandHasHelpAndADbOption() {
        for (String command : new String[] {"ingest", "show", "stats"}) {
            Cli help = Cli.run(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage: dramagraph " + command).contains("--db=PATH|URL")
                    .contains("DRAMAGRAPH_DB");
        }
    }

    @Test
    void theDefaultStoreIsNamedByTheEnvironmentElseUnderHome() {
        assertThat(StoreOption.defaultStore(java.util.Map.of("DRAMAGRAPH_DB", "/data/kdrama.db"), "/home/u"))
                .isEqualTo("/data/kdrama.db");
        assertThat(StoreOption.defaultStore(java.util.Map.of("DRAMAGRAPH_DB", "jdbc:postgresql://db:5432/kdrama"), "/home/u"))
                .isEqualTo("jdbc:postgresql://db:5432/kdrama");
        assertThat(StoreOption.defaultStore(java.util.Map.of(), "/home/u"))
                .isEqualTo(Path.of("/home/u/.dramagraph/graph.db").toString());
    }

    @Test
    void theBundledExamplesAreReadWithoutAProblem() {
        String db = dir.resolve("graph.db").toString();

        Cli run = Cli.run("ingest", "examples", "--db", db);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(Integer.parseInt(run.out().substring(0, run.out().indexOf(' ')))).isGreaterThanOrEqualTo(12);
    }
}
