package org.dramagraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dramagraph.graph.StoreLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --db PATH|URL} option every store command takes, and the default store location. */
final class StoreOption {
    /** Environment variable naming the store when {@code --db} is not given. */
    static final String ENV = "DRAMAGRAPH_DB";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = {"The store: a file (SQLite), or a PostgreSQL database as jdbc:postgresql://HOST[:PORT]/DB"
                    + "?user=NAME, its password in the URL, $PGPASSWORD or ~/.pgpass.",
                    "Default: $" + ENV + " if set, else ~/.dramagraph/graph.db."})
    String db;

    /** The store as given: {@code --db}, else {@code $DRAMAGRAPH_DB}, else the default file. */
    String given() {
        return db != null ? db : defaultStore(System.getenv(), System.getProperty("user.home"));
    }

    /** The store this command uses. */
    StoreLocation location() {
        try {
            return StoreLocation.parse(given());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), (db != null ? "--db: " : "$" + ENV + ": ") + e.getMessage());
        }
    }

    /**
     * Whether the store is there to read: a SQLite file must exist (reading must not leave an empty one behind);
     * a PostgreSQL database is reached when the store is opened.
     */
    static boolean exists(StoreLocation store) {
        return store.file().map(Files::isRegularFile).orElse(true);
    }

    /** {@code $DRAMAGRAPH_DB} if set, else {@code graph.db} in {@code .dramagraph} under the home folder. */
    static String defaultStore(Map<String, String> env, String home) {
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return Path.of(home, ".dramagraph", "graph.db").toString();
    }
}
