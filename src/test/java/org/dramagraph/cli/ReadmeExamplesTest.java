package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README shows {@code show} printing about the bundled examples is what it prints: the
 * examples are ingested into a new store by the real pipeline, and every {@code $ ./dramagraph show}
 * command of the README is run against it and compared line for line.
 */
class ReadmeExamplesTest {
    private static final Pattern COMMAND = Pattern.compile("^\\$ \\./dramagraph show \"([^\"]+)\"$");

    private record Shown(String name, String output) {
    }

    @Test
    void everyShowCommandOfTheReadmePrintsWhatTheReadmeSays(@TempDir Path tmp) throws Exception {
        String db = tmp.resolve("graph.db").toString();
        Cli ingest = Cli.run("ingest", "examples", "--db", db);
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        List<Shown> shown = shown(Files.readString(Path.of("README.md")));
        assertThat(shown).hasSizeGreaterThanOrEqualTo(2);
        for (Shown s : shown) {
            Cli run = Cli.run("show", s.name(), "--db", db);
            assertThat(run.out()).as("show \"%s\"", s.name()).isEqualTo(s.output());
        }
    }

    /** Every show command in the README's code blocks, with the lines printed after it. */
    private static List<Shown> shown(String readme) {
        List<Shown> out = new ArrayList<>();
        boolean inBlock = false;
        String name = null;
        StringBuilder output = new StringBuilder();
        for (String line : readme.split("\n", -1)) {
            if (line.startsWith("```")) {
                if (name != null) {
                    out.add(new Shown(name, output.toString()));
                    name = null;
                }
                inBlock = !inBlock;
                continue;
            }
            if (!inBlock) {
                continue;
            }
            Matcher m = COMMAND.matcher(line);
            if (m.matches() || line.startsWith("$ ")) {
                if (name != null) {
                    out.add(new Shown(name, output.toString().replaceAll("\n\n$", "\n")));
                }
                name = m.matches() ? m.group(1) : null;
                output.setLength(0);
            } else if (name != null) {
                output.append(line).append('\n');
            }
        }
        return out;
    }
}
