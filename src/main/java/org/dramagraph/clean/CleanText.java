package org.dramagraph.clean;

import java.util.List;
import java.util.Objects;
import org.dramagraph.source.Photo;

/**
 * An article body after cleaning, with a map from every cleaned character back to the
 * original text, so evidence can point at the sentence the reader saw.
 *
 * @param original the text as the source gave it
 * @param text     the cleaned text
 * @param origin   for each index {@code i} of {@code text}, the index in {@code original} it came from
 * @param credits  photo credits found as bare lines and removed from the text
 */
public record CleanText(String original, String text, int[] origin, List<Photo> credits) {
    public CleanText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (origin.length != text.length()) {
            throw new IllegalArgumentException("origin map has " + origin.length + " entries for " + text.length() + " chars");
        }
        credits = credits == null ? List.of() : List.copyOf(credits);
    }

    /** Text that needed no cleaning: every character maps to itself. */
    public static CleanText unchanged(String text) {
        int[] origin = new int[text.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        return new CleanText(text, text, origin, List.of());
    }

    /** The original offset of a cleaned offset; {@code text.length()} maps to the end of the original. */
    public int originalOffset(int cleanOffset) {
        if (cleanOffset >= origin.length) {
            return origin.length == 0 ? original.length() : Math.min(original.length(), origin[origin.length - 1] + 1);
        }
        return origin[Math.max(0, cleanOffset)];
    }

    /** The original offset just past a cleaned end offset (exclusive). */
    public int originalEnd(int cleanEnd) {
        return cleanEnd <= 0 ? originalOffset(0) : originalOffset(cleanEnd - 1) + 1;
    }
}
