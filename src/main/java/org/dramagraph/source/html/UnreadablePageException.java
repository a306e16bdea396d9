package org.dramagraph.source.html;

/** Thrown when bytes given as a web page cannot be read as text (binary data, for instance). */
public final class UnreadablePageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** A reason a person can act on. */
    public UnreadablePageException(String message) {
        super(message);
    }
}
