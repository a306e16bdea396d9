package org.dramagraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.graph.StoreLocation;

/**
 * Several connections to one store, since a {@link GraphStore} serves one thread at a time: reads borrow any of
 * them (SQLite's write-ahead log, and PostgreSQL's snapshots, let them run beside a write), writes go through one,
 * one at a time.
 */
final class StorePool implements AutoCloseable {
    private final List<GraphStore> all = new ArrayList<>();
    private final BlockingQueue<GraphStore> readers;
    private final GraphStore writer;

    StorePool(StoreLocation store, int readers) {
        this.readers = new ArrayBlockingQueue<>(readers);
        try {
            writer = open(store);
            for (int i = 0; i < readers; i++) {
                this.readers.add(open(store));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private GraphStore open(StoreLocation location) {
        GraphStore store = GraphStore.open(location);
        all.add(store);
        return store;
    }

    /** Runs a read on a free connection, waiting for one if all are busy. */
    <T> T read(Function<GraphStore, T> read) {
        GraphStore store;
        try {
            store = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the store", e);
        }
        try {
            return read.apply(store);
        } finally {
            readers.add(store);
        }
    }

    /** Runs a write; writes run one at a time. */
    <T> T write(Function<GraphStore, T> write) {
        synchronized (writer) {
            return write.apply(writer);
        }
    }

    @Override
    public void close() {
        for (GraphStore s : all) {
            s.close();
        }
    }
}
