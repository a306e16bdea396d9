package org.dramagraph.clean;

import org.dramagraph.lang.Lexicon;
import org.dramagraph.lang.Romanization;

/**
 * Separates names that a page's list markup ran together when it became text: "Baek Min HoonCha Eun
 * Sol" is "Baek Min Hoon, Cha Eun Sol". A word is split only where a capital follows a small letter,
 * the left half closes a name with one romanized syllable after another capitalized word, and the right half
 * is a Korean family name followed by a given name, so "YouTube" or "McDonald" stay whole.
 */
final class GluedNames implements TextStage {
    private static final Lexicon LEXICON = Lexicon.standard();

    @Override
    public MappedText apply(MappedText in) {
        MappedText.Builder out = new MappedText.Builder(in);
        int copied = 0;
        int i = 0;
        int n = in.length();
        while (i < n) {
            if (!Character.isUpperCase(in.charAt(i)) || i > 0 && Character.isLetter(in.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && Character.isLetter(in.charAt(end))) {
                end++;
            }
            int split = gluedAt(in, i, end);
            if (split > 0) {
                out.append(copied, split);
                out.append(',', in.origin(split - 1)).append(' ', in.origin(split - 1));
                copied = split;
            }
            i = end;
        }
        out.append(copied, n);
        return out.build();
    }

    /** Where the word {@code [start, end)} should be cut in two names, or -1. */
    private static int gluedAt(MappedText in, int start, int end) {
        int split = -1;
        for (int k = start + 1; k < end; k++) {
            if (Character.isUpperCase(in.charAt(k))) {
                if (split > 0 || !Character.isLowerCase(in.charAt(k - 1))) {
                    return -1; // more than two capitals, or initials: not two names run together
                }
                split = k;
            }
        }
        if (split < 0 || split + 1 >= end) {
            return -1;
        }
        String left = in.text().substring(start, split);
        String right = in.text().substring(split, end);
        boolean nameBefore = start >= 2 && in.charAt(start - 1) == ' ' && Character.isLowerCase(in.charAt(start - 2))
                && capitalizedWordEndingAt(in, start - 1);
        boolean nameAfter = end + 1 < in.length() && in.charAt(end) == ' ' && Character.isUpperCase(in.charAt(end + 1));
        return nameBefore && nameAfter && Romanization.syllableCount(left) == 1 && LEXICON.isSurname(right) ? split : -1;
    }

    private static boolean capitalizedWordEndingAt(MappedText in, int end) {
        int b = end;
        while (b > 0 && Character.isLetter(in.charAt(b - 1))) {
            b--;
        }
        return b < end && Character.isUpperCase(in.charAt(b));
    }
}
