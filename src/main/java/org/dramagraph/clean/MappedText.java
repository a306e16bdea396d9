package org.dramagraph.clean;

import java.util.Arrays;

/**
 * Text in the middle of cleaning, with the offset in the original text of each of its
 * characters. Every {@link TextStage} maps one to another, so the chain of stages keeps the map.
 */
final class MappedText {
    private final String text;
    private final int[] origin;

    private MappedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    /** The original text, each character mapped to itself. */
    static MappedText of(String original) {
        int[] origin = new int[original.length()];
        Arrays.setAll(origin, i -> i);
        return new MappedText(original, origin);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** Where character {@code i} came from in the original text. */
    int origin(int i) {
        return origin[i];
    }

    /** A copy of the whole map. */
    int[] origins() {
        return origin.clone();
    }

    /** Builds a new mapped text from pieces of an old one. */
    static final class Builder {
        private final StringBuilder text;
        private int[] origin;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            origin = new int[Math.max(16, capacity)];
        }

        /** Appends one character that came from original offset {@code from}. */
        Builder append(char c, int from) {
            if (text.length() == origin.length) {
                origin = Arrays.copyOf(origin, origin.length * 2);
            }
            origin[text.length()] = from;
            text.append(c);
            return this;
        }

        /** Appends {@code source[start, end)} with its own map. */
        Builder append(MappedText source, int start, int end) {
            int length = text.length();
            if (length + end - start > origin.length) {
                origin = Arrays.copyOf(origin, Math.max(origin.length * 2, length + end - start));
            }
            System.arraycopy(source.origin, start, origin, length, end - start);
            text.append(source.text, start, end);
            return this;
        }

        /** The last character appended, or {@code 0} when empty. */
        char last() {
            return text.length() == 0 ? 0 : text.charAt(text.length() - 1);
        }

        int length() {
            return text.length();
        }

        MappedText build() {
            return new MappedText(text.toString(), Arrays.copyOf(origin, text.length()));
        }
    }
}
