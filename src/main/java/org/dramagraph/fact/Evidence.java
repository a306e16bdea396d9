package org.dramagraph.fact;

/**
 * Where a fact was read and how sure the extractor is of it.
 *
 * @param articleId  the article's id
 * @param sentence   index of the sentence in the cleaned article
 * @param start      start offset of the sentence in the article's original text
 * @param end        end offset (exclusive) in the original text
 * @param snippet    the sentence as cleaned text
 * @param rule       name of the rule that produced the fact
 * @param confidence between 0 and 1
 */
public record Evidence(String articleId, int sentence, int start, int end, String snippet,
                       String rule, double confidence) {
    /**
     * The rule of a sentence that gives a fact its context rather than stating it: for a person named
     * in one sentence and the work their section is about named in another, the second. It adds no
     * confidence of its own.
     */
    public static final String CONTEXT = "context";

    /** Whether this sentence gives context rather than stating the fact. */
    public boolean context() {
        return CONTEXT.equals(rule);
    }
}
