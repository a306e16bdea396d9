package org.dramagraph.source;

/** Receives the articles a source reads, and the problems it meets, in input order. */
public interface ArticleSink {
    /** Called once for each article read. */
    void article(Article article);

    /** Called once for each input, or line of an input, that could not be read as an article. */
    void problem(InputProblem problem);

    /**
     * Called for something worth telling that is not a failure: an article read in a lesser way than
     * asked (a feed item from the feed's own text because its page could not be fetched), or a feed
     * unchanged since the last run. Ignored unless overridden.
     */
    default void notice(InputProblem notice) {
    }

    /**
     * Called for a page left out on purpose (a page of a web archive that is not about Korean
     * entertainment). Ignored unless overridden.
     *
     * @param input  where the page was (the archive and the page's address)
     * @param reason why it was left out
     */
    default void skipped(String input, String reason) {
    }
}
