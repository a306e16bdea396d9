package org.dramagraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dramagraph.graph.Entity;
import org.dramagraph.graph.EntityType;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.graph.StoreException;
import org.dramagraph.graph.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code show NAME}: what the graph knows about a person, work, character or network. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show what the graph knows about a person, work, character or network, with the sources of "
                + "each fact.", "Names match whatever their case, spacing, hyphens or romanization "
                + "(Joong/Jung, Hyun/Hyeon, Lee/Yi)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:found", "4:the store could not be opened", "5:no such name in the store",
                "6:the name fits several entities (they are listed)"})
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only entities of this type: ${COMPLETION-CANDIDATES}.")
    EntityType type;

    @Parameters(paramLabel = "NAME", description = "Any spelling of the name.")
    String name;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreLocation db = store.location();
        if (!StoreOption.exists(db)) {
            err.println("dramagraph: no store at " + db + "; run 'dramagraph ingest' first");
            return ExitCodes.STORE;
        }
        try (GraphStore graph = GraphStore.open(db)) {
            List<Entity> found = type == null ? graph.find(name) : graph.find(name, type);
            if (found.isEmpty()) {
                err.println("dramagraph: nothing named \"" + name + "\" in " + db);
                return ExitCodes.NOT_FOUND;
            }
            if (found.size() > 1) {
                out.println("\"" + name + "\" fits " + found.size() + " entries; pick one with --type:");
                for (Entity e : found) {
                    out.println("  " + e.name() + " (" + e.type().label() + ")");
                }
                return ExitCodes.AMBIGUOUS;
            }
            out.print(report(graph, found.get(0)));
            out.flush();
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("dramagraph: " + e.getMessage());
            return ExitCodes.STORE;
        }
    }

    private static String report(GraphStore graph, Entity e) {
        return switch (e.type()) {
            case PERSON -> ProfileReport.of(graph.person(e.id()).orElseThrow());
            case WORK -> ProfileReport.of(graph.work(e.id()).orElseThrow());
            case CHARACTER -> ProfileReport.of(graph.character(e.id()).orElseThrow());
            case ORG -> ProfileReport.of(graph.org(e.id()).orElseThrow());
        };
    }
}
