package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dramagraph.lang.WordFile;
import org.dramagraph.mention.Mention;
import org.dramagraph.segment.Quotation;
import org.dramagraph.segment.Sentence;
import org.dramagraph.segment.Token;

/**
 * A sentence written as a string that regular expressions can read: each mention becomes its type
 * letter and number ({@code P0}, {@code W1}, {@code X2}, ...), each quotation of speech becomes
 * {@code Q} and its number, other words are lower-cased, punctuation is kept but for quote marks
 * (dashes made {@code -}), "she" and "her" written "he" and "his", all separated by single spaces. "Baek Min Ha plays Moonrise in
 * 'Harbor Lights'." reads {@code P0 plays X1 in W2 .}
 */
public final class SentenceCode {
    private static final java.util.Set<String> LIST_ROLE_WORDS = WordFile.set(SentenceCode.class, "rules/list-role-words.txt");

    private final Sentence sentence;
    private final String code;
    private final List<Mention> mentions;
    private final List<Quotation> speech;

    private final String[] parts;
    private final int[] starts;
    /** For each part: its type letter when it is an item ({@code P3}), else 0. */
    private final char[] itemLetters;
    /** For each part: its {@link CodePattern.Vocabulary} number when it is a word some pattern needs, else -1. */
    private final int[] partWordIds;
    /** How many words the vocabulary numbered when the words' numbers were read. */
    private int vocabularySize;
    /** The {@link #keys()}, once worked out, and the vocabulary size they were worked out for. */
    private int[] keys;
    private int keysVocabularySize;

    /**
     * @param ids the vocabulary number of each part that is a word (-1 for other parts), in an array
     *            that may be longer than the parts
     */
    private SentenceCode(Sentence sentence, List<String> parts, int[] ids, int vocabularySize, List<Mention> mentions,
                         List<Quotation> speech) {
        this.sentence = sentence;
        this.code = String.join(" ", parts);
        this.mentions = mentions;
        this.speech = speech;
        this.parts = parts.toArray(new String[0]);
        this.starts = new int[this.parts.length];
        this.itemLetters = new char[this.parts.length];
        this.partWordIds = java.util.Arrays.copyOf(ids, this.parts.length);
        this.vocabularySize = vocabularySize;
        for (int i = 0; i < this.parts.length; i++) {
            if (i > 0) {
                starts[i] = starts[i - 1] + this.parts[i - 1].length() + 1;
            }
            String part = this.parts[i];
            if (isItem(part)) {
                itemLetters[i] = part.charAt(0);
                partWordIds[i] = -1;
            }
        }
    }

    /** The same code over other mentions of the same types and spans (only their rules or texts differ). */
    private SentenceCode(SentenceCode same, List<Mention> mentions) {
        this.sentence = same.sentence;
        this.code = same.code;
        this.mentions = List.copyOf(mentions);
        this.speech = same.speech;
        this.parts = same.parts;
        this.starts = same.starts;
        this.itemLetters = same.itemLetters;
        this.partWordIds = same.partWordIds.clone();
        this.vocabularySize = same.vocabularySize;
    }

    /**
     * This code over other mentions, when they have the types and spans of this code's (a name found
     * again under another rule reads the same), else null.
     */
    SentenceCode over(List<Mention> others) {
        if (others.size() != mentions.size()) {
            return null;
        }
        for (int i = 0; i < others.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = others.get(i);
            if (a.type() != b.type() || a.start() != b.start() || a.end() != b.end()) {
                return null;
            }
        }
        return new SentenceCode(this, others);
    }

    /**
     * The code words of a sentence's tokens, by token (null for quote marks, which codes leave out),
     * with their {@link CodePattern.Vocabulary} numbers: what a code takes from the tokens whatever
     * the mentions.
     */
    record Words(String[] words, int[] ids, int vocabularySize) {
        static Words of(List<Token> tokens) {
            int vocabularySize = CodePattern.Vocabulary.size();
            String[] words = new String[tokens.size()];
            int[] ids = new int[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                String token = tokens.get(i).text();
                if (!isQuoteMark(token)) {
                    words[i] = word(token);
                    ids[i] = CodePattern.Vocabulary.id(words[i]);
                }
            }
            return new Words(words, ids, vocabularySize);
        }
    }

    /** Whether a part is an item: a type letter and a number ({@code P3}, {@code Q0}). */
    private static boolean isItem(String part) {
        return part.length() > 1 && part.charAt(0) >= 'A' && part.charAt(0) <= 'Z' && Character.isDigit(part.charAt(1));
    }

    /** Item type letters ({@code P}, {@code W}, ...) as a set of bits, one for each letter. */
    static int letterSet(char letter) {
        return 1 << (letter - 'A');
    }

    /** The {@link #letterSet} of several letters. */
    static int letterSet(String letters) {
        int set = 0;
        for (int i = 0; i < letters.length(); i++) {
            set |= letterSet(letters.charAt(i));
        }
        return set;
    }

    /** The type letter of a part that is an item, else 0. */
    char itemLetter(int part) {
        return itemLetters[part];
    }

    /** The {@link CodePattern.Vocabulary} number of a part that is a word some pattern needs, else -1. */
    int wordId(int part) {
        renumberIfStale();
        return partWordIds[part];
    }

    /**
     * Each part's key, as pattern indexes file what may start there: its item letter (0-25), or 26 plus
     * its word's {@link CodePattern.Vocabulary} number; -1 for a word no pattern needs. Worked out once
     * for all the indexes that read the code.
     */
    int[] keys() {
        renumberIfStale();
        if (keys == null || keysVocabularySize != vocabularySize) {
            int[] out = new int[parts.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = itemLetters[i] != 0 ? itemLetters[i] - 'A' : partWordIds[i] < 0 ? -1 : 26 + partWordIds[i];
            }
            keys = out;
            keysVocabularySize = vocabularySize;
        }
        return keys;
    }

    /** Numbers the words that patterns compiled since the code was written have added to the vocabulary. */
    private void renumberIfStale() {
        int size = CodePattern.Vocabulary.size();
        if (size == vocabularySize) {
            return;
        }
        for (int i = 0; i < parts.length; i++) {
            if (itemLetters[i] == 0 && partWordIds[i] < 0) {
                partWordIds[i] = CodePattern.Vocabulary.id(parts[i]);
            }
        }
        vocabularySize = size;
    }

    /** The items and words of the code, in order. */
    String[] parts() {
        return parts;
    }

    /** Where each part starts in {@link #code()}. */
    int[] starts() {
        return starts;
    }

    /**
     * Writes a sentence's code.
     *
     * @param mentions the mentions inside the sentence, by position
     * @param speech   the speech quotations that start inside the sentence, by position
     */
    public static SentenceCode of(Sentence sentence, List<Token> tokens, List<Mention> mentions, List<Quotation> speech) {
        return of(sentence, tokens, Words.of(tokens), mentions, speech);
    }

    /** Writes a sentence's code with its tokens' words already read. */
    static SentenceCode of(Sentence sentence, List<Token> tokens, Words words, List<Mention> mentions,
                           List<Quotation> speech) {
        List<String> parts = new ArrayList<>(tokens.size());
        int[] ids = new int[tokens.size()];
        int m = 0;
        int q = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (m < mentions.size() && mentions.get(m).end() <= t.start()) {
                m++;
            }
            while (q < speech.size() && speech.get(q).end() <= t.start()) {
                q++;
            }
            if (words.words()[i] == null) {
                continue; // titles are mentions already; their marks would only stand between words and items
            }
            ids[parts.size()] = -1;
            if (q < speech.size() && speech.get(q).start() <= t.start()) {
                parts.add("Q" + q);
                int end = speech.get(q).end();
                while (i + 1 < tokens.size() && tokens.get(i + 1).start() < end) {
                    i++;
                }
            } else if (m < mentions.size() && mentions.get(m).start() <= t.start()) {
                parts.add(mentions.get(m).type().code() + Integer.toString(m));
                int end = mentions.get(m).end();
                while (i + 1 < tokens.size() && tokens.get(i + 1).start() < end) {
                    i++;
                }
            } else {
                ids[parts.size()] = words.ids()[i];
                parts.add(words.words()[i]);
            }
        }
        return new SentenceCode(sentence, parts, ids, words.vocabularySize(), List.copyOf(mentions), List.copyOf(speech));
    }

    private static boolean isQuoteMark(String token) {
        return token.length() == 1 && switch (token.charAt(0)) {
            case '"', '\u201C', '\u201D', '\u201E', '\u2018', '\u2019', '\'', '\u00AB', '\u00BB' -> true;
            default -> false;
        };
    }

    private static String word(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return switch (lower) {
            // one spelling per pronoun, so patterns need not care whether the subject is he or she
            case "he", "she" -> "he";
            case "his", "her" -> "his";
            case "\u2013", "\u2014", "\u2010" -> "-";
            case "\u2019s", "\u2018s" -> "'s";
            default -> lower;
        };
    }

    /** The coded sentence. */
    public String code() {
        return code;
    }

    public Sentence sentence() {
        return sentence;
    }

    /** The mentions of the sentence; item {@code P3} is {@code mentions().get(3)}. */
    public List<Mention> mentions() {
        return mentions;
    }

    /** The speech quotations of the sentence; item {@code Q1} is {@code speech().get(1)}. */
    public List<Quotation> speech() {
        return speech;
    }

    /** The mention an item such as {@code P3} stands for. */
    public Mention mention(String item) {
        int number = 0;
        for (int i = 1; i < item.length(); i++) {
            number = number * 10 + Character.digit(item.charAt(i), 10);
        }
        return mentions.get(number);
    }

    /** The items of the code that are mentions, in order, as {@code P3}-style strings. */
    public List<String> mentionItems() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (itemLetters[i] != 0 && "PWCNX".indexOf(itemLetters[i]) >= 0) {
                out.add(parts[i]);
            }
        }
        return out;
    }

    /**
     * The items of a list that starts with {@code first}: further items of the given type letters
     * joined by commas, "and", "&" or "as well as", each optionally followed by a parenthesis.
     */
    public List<String> listFrom(String first, String types) {
        List<String> out = new ArrayList<>();
        int i = indexOf(parts, first);
        if (i < 0) {
            return out;
        }
        out.add(first);
        i++;
        while (i < parts.length) {
            i = skipParenthesis(parts, i);
            if (types.equals("P")) {
                // "Ko Min-jae 'Paper Moon', 'Night Ferry', Moon Tae-yang ...": credits between names
                while (i < parts.length && isItem(parts[i], "W")
                        || i + 1 < parts.length && parts[i].equals(",") && isItem(parts[i + 1], "W")) {
                    i += parts[i].equals(",") ? 2 : 1;
                }
            }
            int j = i;
            if (j < parts.length && parts[j].equals(",")) {
                j++;
            }
            if (j < parts.length && (parts[j].equals("and") || parts[j].equals("&") || parts[j].equals("or"))) {
                j++;
            }
            if (j < parts.length && LIST_ROLE_WORDS.contains(parts[j])) {
                j++; // "actor Ko Min-jae and actress Han Seo-jin"; never across trades ("writer X and director Y")
            } else if (j + 2 < parts.length && parts[j].equals("as") && parts[j + 1].equals("well") && parts[j + 2].equals("as")) {
                j += 3;
                // "the films A and B, as well as the television series C": a few words may name the kind
                int k = j;
                while (k < parts.length && k < j + 3 && !parts[k].isEmpty() && Character.isLowerCase(parts[k].charAt(0))) {
                    k++;
                }
                if (k < parts.length && isItem(parts[k], types)) {
                    j = k;
                }
            }
            if (j == i || j >= parts.length || !isItem(parts[j], types)) {
                break;
            }
            out.add(parts[j]);
            i = j + 1;
        }
        return out;
    }

    /** The items of a list that ends with {@code last}, read backwards the same way, in text order. */
    public List<String> listBefore(String last, String types) {
        List<String> out = new ArrayList<>();
        int i = indexOf(parts, last);
        if (i < 0) {
            return out;
        }
        out.add(0, last);
        i--;
        while (i >= 1) {
            int j = i;
            if (parts[j].equals("and") || parts[j].equals("&")) {
                j--;
            }
            if (j >= 0 && parts[j].equals(",")) {
                j--;
            }
            if (j == i || j < 0 || !isItem(parts[j], types)) {
                break;
            }
            out.add(0, parts[j]);
            i = j - 1;
        }
        return out;
    }

    private static int skipParenthesis(String[] parts, int i) {
        if (i < parts.length && parts[i].equals("(")) {
            for (int k = i + 1; k < parts.length && k < i + 12; k++) {
                if (parts[k].equals(")")) {
                    return k + 1;
                }
            }
        }
        return i;
    }

    private static int indexOf(String[] parts, String item) {
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals(item)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isItem(String part, String types) {
        return part.length() > 1 && types.indexOf(part.charAt(0)) >= 0 && Character.isDigit(part.charAt(1));
    }

    @Override
    public String toString() {
        return code;
    }
}
