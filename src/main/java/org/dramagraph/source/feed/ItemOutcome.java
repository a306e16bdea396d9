package org.dramagraph.source.feed;

/** How a feed item was read, as remembered between runs. */
public enum ItemOutcome {
    /** From its page: done. */
    PAGE,
    /** From the feed's own text because its page is not to be had (robots.txt, gone, not HTML): done. */
    SUMMARY,
    /** From the feed's own text because its page failed for now (timeout, server error): tried again next run. */
    RETRY;

    /** Whether a later run should leave the item alone. */
    public boolean done() {
        return this != RETRY;
    }
}
