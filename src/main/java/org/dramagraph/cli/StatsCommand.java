package org.dramagraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dramagraph.graph.EntityType;
import org.dramagraph.graph.GraphStats;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.graph.StoreException;
import org.dramagraph.graph.StoreLocation;
import org.dramagraph.fact.FactType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stats}: how much the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count the articles, entities by type, facts by type and sources in the store.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        StoreLocation db = store.location();
        if (!StoreOption.exists(db)) {
            spec.commandLine().getErr().println("dramagraph: no store at " + db + "; run 'dramagraph ingest' first");
            return ExitCodes.STORE;
        }
        GraphStats stats;
        try (GraphStore graph = GraphStore.open(db)) {
            stats = graph.stats();
        } catch (StoreException e) {
            spec.commandLine().getErr().println("dramagraph: " + e.getMessage());
            return ExitCodes.STORE;
        }
        out.println("Store     " + db);
        out.println("Articles  " + stats.articles());
        out.println("Entities  " + stats.entityCount() + "  (" + byType(stats.entities(), EntityType::label) + ")");
        out.println("Facts     " + stats.factCount() + "  (" + byType(stats.facts(), FactType::key) + ")");
        out.println("Evidence  " + stats.evidence());
        out.println("Mentions  " + stats.mentions());
        out.println("Photos    " + stats.photos());
        return ExitCodes.OK;
    }

    private static <E extends Enum<E>> String byType(Map<E, Long> counts, java.util.function.Function<E, String> label) {
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> label.apply(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
