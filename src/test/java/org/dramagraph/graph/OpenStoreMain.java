package org.dramagraph.graph;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child process of {@link ConcurrentOpenTest}: opens a store of its own first (so that classes are loaded and the
 * race that follows is tight), says it is ready by creating a file, waits for the go file, then opens the shared
 * store and stores one generated article. Arguments: the shared store, its own store (each a file, or a
 * PostgreSQL URL), the ready file, the go file and the article's index.
 */
public final class OpenStoreMain {
    private OpenStoreMain() {
    }

    public static void main(String[] args) throws Exception {
        StoreLocation shared = StoreLocation.parse(args[0]);
        Path ready = Path.of(args[2]);
        Path go = Path.of(args[3]);
        try (GraphStore own = GraphStore.open(StoreLocation.parse(args[1]))) {
            own.stats();
        }
        Files.createFile(ready);
        while (!Files.exists(go)) {
            Thread.sleep(1);
        }
        try (GraphStore graph = GraphStore.open(shared)) {
            graph.ingest(new GeneratedArticles().get(Integer.parseInt(args[4])));
        }
    }
}
