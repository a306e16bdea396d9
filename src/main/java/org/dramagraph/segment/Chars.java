package org.dramagraph.segment;

/**
 * The character tests segmentation makes on every character, answering for ASCII, the bulk of
 * most texts, without {@link Character}'s tables. Each gives what its {@code Character} namesake
 * gives for any {@code char}.
 */
final class Chars {
    private Chars() {
    }

    static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= 0x80) && Character.isWhitespace(c); // no visible ASCII character is
    }

    static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? isAsciiLetter(c) || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    static boolean isLetter(char c) {
        return c < 0x80 ? isAsciiLetter(c) : Character.isLetter(c);
    }

    static boolean isUpperCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    static boolean isLowerCase(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
