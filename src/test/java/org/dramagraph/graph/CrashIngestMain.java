package org.dramagraph.graph;

/**
 * Child process of {@link StoreCrashTest}: stores generated articles {@code 0..count-1} into a store, one
 * transaction each, until done or killed. Arguments: the store (a file, or a PostgreSQL URL) and the count.
 */
public final class CrashIngestMain {
    private CrashIngestMain() {
    }

    public static void main(String[] args) {
        GeneratedArticles articles = new GeneratedArticles();
        try (GraphStore graph = GraphStore.open(StoreLocation.parse(args[0]))) {
            int count = Integer.parseInt(args[1]);
            for (int i = 0; i < count; i++) {
                graph.ingest(articles.get(i));
            }
        }
    }
}
