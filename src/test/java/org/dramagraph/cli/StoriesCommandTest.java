package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stories PATH...}: the stories of the articles as JSON Lines, without a store. */
class StoriesCommandTest {
    private static final String ARTICLES = "src/test/resources/org/dramagraph/story";

    @Test
    void printsOneStoryALine() {
        Cli run = Cli.run("stories", ARTICLES);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("""
                {"story":"couple-dating","articles":["couple-dating"]}
                {"story":"wire-dailyscreen","articles":["wire-dailyscreen","wire-newsline","wire-kstage"]}
                {"story":"awards-starlog","articles":["awards-starlog","awards-kpopwire"]}
                {"story":"weekend-watchlist","articles":["weekend-watchlist"]}
                {"story":"couple-wedding","articles":["couple-wedding"]}
                """);
    }

    @Test
    void theReadmeShowsWhatStoriesPrintsForTheExamples() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String command = "$ ./dramagraph stories examples/\n";
        int start = readme.indexOf(command);
        assertThat(start).isPositive();
        String shown = readme.substring(start + command.length(), readme.indexOf("```", start));

        assertThat(Cli.run("stories", "examples").out()).isEqualTo(shown);
    }

    @Test
    void anArticleReadTwiceIsGroupedOnceWithALineSayingSo() {
        Path wire = Path.of(ARTICLES, "wire-kstage.json");
        Cli run = Cli.run("stories", ARTICLES, wire.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEqualTo("dramagraph: " + wire + ": article wire-kstage was read before; grouped once\n");
        assertThat(run.out()).isEqualTo(Cli.run("stories", ARTICLES).out());
    }

    @Test
    void badInputIsNamedAndTheRestIsGrouped(@TempDir Path tmp) throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.jsonl"), "{\"text\": broken\n");
        Cli run = Cli.run("stories", Path.of(ARTICLES, "awards-starlog.json").toString(),
                Path.of(ARTICLES, "awards-kpopwire.json").toString(), broken.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.err()).startsWith("dramagraph: " + broken + ":1: malformed JSON");
        assertThat(run.out()).isEqualTo("{\"story\":\"awards-starlog\",\"articles\":[\"awards-starlog\",\"awards-kpopwire\"]}\n");
    }

    @Test
    void nothingReadableIsExitCodeThreeAndNoStory(@TempDir Path tmp) throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        Cli run = Cli.run("stories", empty.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("dramagraph: " + empty + ": empty file\n");
    }
}
