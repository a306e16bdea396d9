package org.dramagraph.graph;

/**
 * One place a fact was read: an article's sentence.
 *
 * @param articleId    the article's id
 * @param articleTitle the article's headline
 * @param sentence     index of the sentence in the cleaned article
 * @param start        start offset of the sentence in the article's original text
 * @param end          end offset (exclusive) in the original text
 * @param snippet      the sentence
 * @param rule         the rule that read the fact there, or {@code null}
 * @param confidence   how sure that rule was, between 0 and 1
 */
public record Source(String articleId, String articleTitle, int sentence, int start, int end,
                     String snippet, String rule, double confidence) {
}
