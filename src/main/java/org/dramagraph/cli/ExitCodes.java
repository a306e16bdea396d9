package org.dramagraph.cli;

/** Exit codes shared by all commands; documented in the README. */
final class ExitCodes {
    /** Everything went well. */
    static final int OK = 0;
    /** Some inputs had problems; the others were processed. */
    static final int PARTIAL = 1;
    /** Bad command line (picocli's own code). */
    static final int USAGE = 2;
    /** No article could be read from the inputs. */
    static final int NO_INPUT = 3;
    /** The store could not be opened or written. */
    static final int STORE = 4;
    /** {@code show}: the name matches nothing in the store. */
    static final int NOT_FOUND = 5;
    /** {@code show}: the name matches several entities; they are listed. */
    static final int AMBIGUOUS = 6;
    /** {@code serve}: the server could not start (the port is taken, say). */
    static final int SERVER = 7;

    private ExitCodes() {
    }
}
