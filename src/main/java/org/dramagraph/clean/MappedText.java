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
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
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

    /**
     * Builds a new mapped text from pieces of an old one. Most stages change nothing in most
     * texts, so while the pieces are the old text's own characters in order from its start, it
     * copies nothing and gives the old text back when they cover all of it.
     */
    static final class Builder {
        private final MappedText source;
        /** While {@code text} is null, what was appended is {@code source[0, taken)}. */
        private int taken;
        private StringBuilder text;
        private int[] origin;

        Builder(MappedText source) {
            this.source = source;
        }

        /** Appends one character that came from original offset {@code from}. */
        Builder append(char c, int from) {
            if (text == null && taken < source.length() && source.text.charAt(taken) == c && source.origin[taken] == from) {
                taken++;
                return this;
            }
            copyTaken();
            if (text.length() == origin.length) {
                origin = Arrays.copyOf(origin, origin.length * 2);
            }
            origin[text.length()] = from;
            text.append(c);
            return this;
        }

        /** Appends {@code source[start, end)} with its map. */
        Builder append(int start, int end) {
            if (start == end) {
                return this;
            }
            if (text == null && start == taken) {
                taken = end;
                return this;
            }
            copyTaken();
            int length = text.length();
            if (length + end - start > origin.length) {
                origin = Arrays.copyOf(origin, Math.max(origin.length * 2, length + end - start));
            }
            System.arraycopy(source.origin, start, origin, length, end - start);
            text.append(source.text, start, end);
            return this;
        }

        /** The output is about to differ from the source: from now on it is built for real. */
        private void copyTaken() {
            if (text == null) {
                text = new StringBuilder(source.length());
                origin = new int[Math.max(16, source.length())];
                text.append(source.text, 0, taken);
                System.arraycopy(source.origin, 0, origin, 0, taken);
            }
        }

        /** The last character appended, or {@code 0} when empty. */
        char last() {
            int length = length();
            return length == 0 ? 0 : text == null ? source.charAt(length - 1) : text.charAt(length - 1);
        }

        int length() {
            return text == null ? taken : text.length();
        }

        MappedText build() {
            if (text == null && taken == source.length()) {
                return source;
            }
            copyTaken();
            return new MappedText(text.toString(), Arrays.copyOf(origin, text.length()));
        }
    }
}
