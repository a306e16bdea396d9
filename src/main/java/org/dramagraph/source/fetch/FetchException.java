package org.dramagraph.source.fetch;

import java.io.IOException;
import java.net.URI;

/**
 * Why an address could not be fetched, in words for a person, naming the address. A permanent
 * failure (robots.txt says no, the page is gone, too large) will not change by asking again soon;
 * other failures (a timeout, a server error) may.
 */
public final class FetchException extends IOException {
    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    FetchException(URI url, String reason, boolean permanent) {
        super(url + ": " + reason);
        this.permanent = permanent;
    }

    FetchException(URI url, String reason, boolean permanent, Throwable cause) {
        super(url + ": " + reason, cause);
        this.permanent = permanent;
    }

    /** Whether asking again later is pointless. */
    public boolean permanent() {
        return permanent;
    }
}
