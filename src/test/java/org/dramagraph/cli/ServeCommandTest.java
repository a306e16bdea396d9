package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.dramagraph.graph.StoreLocation;
import org.dramagraph.web.WebConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path dir;

    private WebConfig config(String... args) throws IOException {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve.config(StoreLocation.of(dir.resolve("graph.db")));
    }

    @Test
    void listensOnThisMachineOnlyUnlessAskedForEveryInterface() throws IOException {
        assertThat(config().host()).isEqualTo("127.0.0.1");
        assertThat(config("--demo").host()).isEqualTo("127.0.0.1");
        assertThat(config("--host", "0.0.0.0").host()).isEqualTo("0.0.0.0");
        assertThat(WebConfig.of(dir.resolve("graph.db")).host()).isEqualTo("127.0.0.1");
    }

    @Test
    void theResponseCacheIsSizedByItsOption() throws IOException {
        assertThat(config().cacheBytes()).isEqualTo(128L * 1024 * 1024);
        assertThat(config("--cache-size", "64M").cacheBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(config("--cache-size", "500000").cacheBytes()).isEqualTo(500_000);
        assertThat(config("--no-cache").cache()).isFalse();
    }

    @Test
    void aPublicAddressMustBeAWebAddress() throws IOException {
        assertThat(config("--public-url", "https://example.org/").publicUrl()).isEqualTo("https://example.org");
        Cli run = Cli.run("serve", "--public-url", "example.org", "--db", dir.resolve("graph.db").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("dramagraph: --public-url must be an http:// or https:// address");
    }

    @Test
    void printsTheAddressItListensOn() {
        assertThat(ServeCommand.address("127.0.0.1", 8080)).isEqualTo("http://127.0.0.1:8080/");
        assertThat(ServeCommand.address("::1", 8080)).isEqualTo("http://[::1]:8080/");
        assertThat(ServeCommand.address("0.0.0.0", 8080)).isEqualTo("http://localhost:8080/ (listening on every interface)");
    }

    @Test
    void aPortOutOfRangeIsABadCommandLineNamingIt() {
        Cli run = Cli.run("serve", "--port", "99999", "--db", dir.resolve("graph.db").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("dramagraph: --port must be from 0 to 65535, not 99999" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void commentsPerClientAndMinuteAreSetByTheirOption() throws IOException {
        assertThat(config().commentsPerMinute()).isEqualTo(5);
        assertThat(config("--comments-per-minute", "600").commentsPerMinute()).isEqualTo(600);
        Cli run = Cli.run("serve", "--comments-per-minute", "0", "--db", dir.resolve("graph.db").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("dramagraph: --comments-per-minute must be 1 or more, not 0" + System.lineSeparator());
    }
}
