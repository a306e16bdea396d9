package org.dramagraph.segment;

/**
 * One sentence of cleaned text.
 *
 * @param index     position among the article's sentences, from 0
 * @param start     offset of its first character in the cleaned text
 * @param end       offset just past its last character
 * @param text      the sentence itself
 * @param paragraph index of the non-blank line it belongs to (news pages write one paragraph a line)
 */
public record Sentence(int index, int start, int end, String text, int paragraph) {
}
