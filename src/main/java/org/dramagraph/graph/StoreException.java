package org.dramagraph.graph;

/** The store could not be opened, read or written. The message names the store file. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
