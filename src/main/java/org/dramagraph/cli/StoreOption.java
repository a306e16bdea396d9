package org.dramagraph.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option every store command takes, and the default store location. */
final class StoreOption {
    /** Environment variable naming the store file when {@code --db} is not given. */
    static final String ENV = "DRAMAGRAPH_DB";

    @Option(names = "--db", paramLabel = "PATH",
            description = "The store file. Default: $" + ENV + " if set, else ~/.dramagraph/graph.db.")
    Path db;

    /** The store file this command uses. */
    Path path() {
        return db != null ? db : defaultPath(System.getenv(), System.getProperty("user.home"));
    }

    /** {@code $DRAMAGRAPH_DB} if set, else {@code graph.db} in {@code .dramagraph} under the home folder. */
    static Path defaultPath(Map<String, String> env, String home) {
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(home, ".dramagraph", "graph.db");
    }
}
