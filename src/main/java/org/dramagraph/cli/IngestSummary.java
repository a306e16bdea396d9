package org.dramagraph.cli;

import org.dramagraph.graph.IngestResult;

/** Counts what an ingest run did, for its closing line. */
final class IngestSummary {
    private int added;
    private int unchanged;
    private int updated;
    private int failed;
    private int factsAdded;
    private int factsRemoved;
    private int skipped;
    private int thumbnails;

    void stored(IngestResult result) {
        switch (result.outcome()) {
            case NEW -> added++;
            case UNCHANGED -> unchanged++;
            case UPDATED -> updated++;
        }
        factsAdded += result.factsAdded();
        factsRemoved += result.factsRemoved();
    }

    /** An article that could not be read or extracted, or an input that gave no article. */
    void failed() {
        failed(1);
    }

    /** Several articles (lines of a file) that could not be read. */
    void failed(int records) {
        failed += records;
    }

    /** A page of a web archive left out: no article text, or not about Korean entertainment. */
    void skipped() {
        skipped++;
    }

    /** Thumbnails made for a stored article's photos. */
    void thumbnails(int made) {
        thumbnails += made;
    }

    /** Articles that reached the store, whatever it did with them. */
    int articles() {
        return added + unchanged + updated;
    }

    int failures() {
        return failed;
    }

    /**
     * One plain line: {@code 12 articles: 10 new, 1 unchanged, 1 updated, 0 failed; 34 facts added, 0 removed},
     * and when pages of web archives were left out or thumbnails made, {@code ; 250 archive pages skipped} and
     * {@code ; 12 thumbnails made}.
     */
    String line() {
        return articles() + (articles() == 1 ? " article: " : " articles: ") + added + " new, " + unchanged
                + " unchanged, " + updated + " updated, " + failed + " failed; " + factsAdded + " facts added, "
                + factsRemoved + " removed" + (skipped == 0 ? "" : "; " + skipped
                + (skipped == 1 ? " archive page" : " archive pages") + " skipped")
                + (thumbnails == 0 ? "" : "; " + thumbnails + (thumbnails == 1 ? " thumbnail" : " thumbnails") + " made");
    }
}
