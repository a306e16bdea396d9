package org.dramagraph.source;

import java.io.IOException;

/**
 * One input format: reads the articles of an {@link Input}. Problems that concern only part of
 * the input (one line, one item) go to the sink and reading goes on; a problem with the input
 * as a whole is thrown.
 */
interface ArticleFormat {
    /** Reads every article of the input into the sink. */
    void read(Input input, ArticleSink sink) throws IOException, BadInputException;

    /**
     * True when the format reads one record at a time, so the size cap applies to each record
     * rather than to the whole input.
     */
    default boolean streams() {
        return false;
    }
}
