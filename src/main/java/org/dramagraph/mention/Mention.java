package org.dramagraph.mention;

/**
 * A name found in the cleaned text.
 *
 * @param type     what it names
 * @param start    offset in the cleaned text
 * @param end      offset just past it
 * @param text     the name as written (without quote marks)
 * @param sentence index of the sentence it is in
 * @param rule     the rule that found it
 */
public record Mention(MentionType type, int start, int end, String text, int sentence, String rule) {
}
