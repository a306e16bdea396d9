package org.dramagraph.segment;

/**
 * A word, number or punctuation mark of a sentence.
 *
 * @param start offset in the cleaned text
 * @param end   offset just past it
 * @param text  the token as written; a possessive ending is its own token ({@code 's})
 */
public record Token(int start, int end, String text) {
    /** Whether the token starts with an upper-case letter. */
    public boolean capitalized() {
        return !text.isEmpty() && Chars.isUpperCase(text.charAt(0));
    }

    /** Whether the token is a word or number (not punctuation). */
    public boolean isWord() {
        return !text.isEmpty() && Chars.isLetterOrDigit(text.charAt(0));
    }

    /** Whether the token is the given punctuation mark or word, ignoring case. */
    public boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }
}
