package org.dramagraph.source.feed;

/** The bytes are not a feed that can be read: not XML, or XML of another kind. */
public final class MalformedFeedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedFeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
