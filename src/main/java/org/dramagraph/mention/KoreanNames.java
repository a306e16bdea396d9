package org.dramagraph.mention;

import org.dramagraph.lang.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dramagraph.lang.Romanization;
import org.dramagraph.lang.WordFile;
import org.dramagraph.segment.Token;

/**
 * Recognises romanized Korean personal names among tokens by their shape: a family name from the
 * closed list followed by a given name of one to three syllables, written spaced ("Min Ha"),
 * hyphenated ("Min-ha") or joined ("Minha"); or, in Western order, a hyphenated given name
 * followed by the family name ("Seo-jin Han"). A hyphenated given name alone ("Eun-sol") is a short
 * form.
 */
final class KoreanNames {
    /** Place names and words that read as syllables but are never given names. */
    private static final Set<String> NOT_GIVEN = WordFile.set(KoreanNames.class, "not-given-names.txt");

    private final Lexicon lexicon;
    private final Set<String> lowercaseWords;

    /**
     * @param lowercaseWords words the article writes in lower case somewhere: a capitalized word of two or
     *                       more syllables that also appears in lower case is an English word, not a name
     */
    KoreanNames(Lexicon lexicon, Set<String> lowercaseWords) {
        this.lexicon = lexicon;
        this.lowercaseWords = lowercaseWords;
    }

    /** The end (exclusive) of a full Korean name starting at token {@code i}, or -1. */
    int fullName(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return -1;
        }
        Token first = tokens.get(i);
        if (!first.capitalized()) {
            return -1;
        }
        if (lexicon.isSurname(first.text()) && !first.text().contains("-")) {
            int end = givenAfterSurname(tokens, i + 1);
            if (end > 0) {
                return end;
            }
        }
        // Western order: "Seo-jin Han", "Min-Ha Baek"
        if (isHyphenatedGiven(first.text()) && i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            if (next.capitalized() && lexicon.isSurname(next.text()) && !next.text().contains("-")) {
                return i + 2;
            }
        }
        return -1;
    }

    /** The end (exclusive) of a short form made of a hyphenated given name alone ("Eun-sol"), or -1. */
    int givenOnly(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.capitalized() && isHyphenatedGiven(t.text()) ? i + 1 : -1;
    }

    private int givenAfterSurname(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return -1;
        }
        Token a = tokens.get(i);
        if (!a.capitalized()) {
            return -1;
        }
        if (isHyphenatedGiven(a.text())) {
            return i + 1;
        }
        int sa = givenSyllables(a.text());
        if (sa == 0) {
            return -1;
        }
        if (i + 1 < tokens.size()) {
            Token b = tokens.get(i + 1);
            int sb = b.capitalized() && !b.text().contains("-") ? givenSyllables(b.text()) : 0;
            if (sa == 1 && sb == 1) {
                return i + 2; // "Min Ha"
            }
        }
        // joined ("Minha", "Seojin") or one syllable ("Ko Woo", "Ryu Jin")
        return sa <= 2 ? i + 1 : -1;
    }

    private boolean isHyphenatedGiven(String word) {
        int dash = word.indexOf('-');
        if (dash <= 0 || dash != word.lastIndexOf('-') || dash == word.length() - 1) {
            return false;
        }
        String a = word.substring(0, dash);
        String b = word.substring(dash + 1);
        int sa = Romanization.syllableCount(a);
        int sb = Romanization.syllableCount(b);
        // the hyphen is signal enough for the first part ("Do-hoon", "In-sung"); the second must not be English ("Co-Star")
        return sa == 1 && sb == 1 && Character.isUpperCase(a.charAt(0)) && !(b.length() > 2 && lexicon.isCommon(b))
                && !NOT_GIVEN.contains(a.toLowerCase(Locale.ROOT)) && !NOT_GIVEN.contains(b.toLowerCase(Locale.ROOT));
    }

    /** Syllables of a capitalized given-name word, or 0 if it is not one. */
    private int givenSyllables(String word) {
        if (word.length() < 2 && !word.equals("U") || !Character.isUpperCase(word.charAt(0))) {
            return 0;
        }
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return 0; // acronyms: "KBS", "UN"
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (NOT_GIVEN.contains(lower)) {
            return 0;
        }
        int n = Romanization.syllableCount(word);
        if (n == 0 || n > 2) {
            return 0;
        }
        if (n == 2 && (lexicon.isCommon(lower) || lowercaseWords.contains(lower))) {
            return 0;
        }
        return n;
    }
}
