package org.dramagraph.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names already known to be persons, works or characters, matched token by token wherever they
 * occur: what one sentence teaches ("the drama Harbor Lights") is found in every other. Built
 * per article from the article itself, optionally seeded with a user's catalog. Not for use by
 * several threads at once; copy a shared one ({@link #Gazetteer(Gazetteer)}).
 */
public final class Gazetteer {
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    /** How many changes the gazetteer has seen, and the count when each first word's names last changed. */
    private int version;
    private final Map<String, Integer> changedAt = new HashMap<>();
    /** The first-word key of each word looked up: an article asks about the same words round after round. */
    private final Map<String, String> keys = new HashMap<>();

    /** A known name: its words and its type. */
    public record Entry(List<String> words, MentionType type) {
    }

    /** An empty gazetteer. */
    public Gazetteer() {
    }

    /** A copy of another gazetteer, to extend without changing it. */
    public Gazetteer(Gazetteer other) {
        other.byFirstWord.forEach((k, v) -> byFirstWord.put(k, new ArrayList<>(v)));
        version = other.version;
        changedAt.putAll(other.changedAt);
    }

    /** Adds a name (its words as the tokenizer splits them); a later type for the same words replaces it. */
    public void add(List<String> words, MentionType type) {
        if (words.isEmpty()) {
            return;
        }
        String key = keyOf(words.get(0));
        List<Entry> list = byFirstWord.computeIfAbsent(key, k -> new ArrayList<>());
        if (alreadyIn(list, words, type)) {
            return;
        }
        List<Entry> before = List.copyOf(list);
        list.removeIf(e -> sameWords(e.words(), words));
        list.add(new Entry(List.copyOf(words), type));
        list.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed());
        if (!list.equals(before)) {
            changedAt.put(key, ++version);
        }
    }

    /**
     * Whether adding the name would leave the list as it is: the name is there with the type, no other
     * entry reads as the same words, and it is already the last of its length (where adding puts it).
     */
    private static boolean alreadyIn(List<Entry> list, List<String> words, MentionType type) {
        int at = -1;
        for (int i = 0; i < list.size(); i++) {
            if (sameWords(list.get(i).words(), words)) {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        return at >= 0 && list.get(at).type() == type && list.get(at).words().equals(words)
                && (at + 1 == list.size() || list.get(at + 1).words().size() != words.size());
    }

    /** A count of the changes so far, to ask later what changed since ({@link #firstWordsChangedSince}). */
    public int version() {
        return version;
    }

    /**
     * The first words (lower-cased) whose names were added or retyped after the given {@link #version}:
     * {@link #match} gives the same answer as then wherever the word at the position is none of them.
     */
    public java.util.Set<String> firstWordsChangedSince(int version) {
        java.util.Set<String> out = new java.util.HashSet<>();
        changedAt.forEach((word, at) -> {
            if (at > version) {
                out.add(word);
            }
        });
        return out;
    }

    /** Whether nothing is known. */
    public boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /** The longest known name starting at token {@code i} of {@code words}, or null. */
    public Entry match(List<String> words, int i) {
        List<Entry> candidates = byFirstWord.get(keyOf(words.get(i)));
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            if (i + e.words().size() <= words.size() && sameWords(e.words(), words, i)) {
                return e;
            }
        }
        return null;
    }

    private static boolean sameWords(List<String> a, List<String> b) {
        return a.size() == b.size() && sameWords(a, b, 0);
    }

    /**
     * Whether the words of {@code a} are those of {@code b} from {@code from} on. The first word must match
     * as written (or in capitals); later ones in any case ("Night Ferry Of Moonlight").
     */
    private static boolean sameWords(List<String> a, List<String> b, int from) {
        for (int i = 0; i < a.size(); i++) {
            String w = b.get(from + i);
            boolean same = i == 0
                    ? a.get(0).equals(w) || allCaps(w) && a.get(0).equalsIgnoreCase(w)
                    : a.get(i).equalsIgnoreCase(w);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** Headlines in capitals ("SALT ROAD POSTER OUT") still match. */
    private static boolean allCaps(String w) {
        return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
    }

    /** The form of a first word names are filed under. */
    static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The {@link #key} of a word, worked out once per word this gazetteer is asked about. */
    String keyOf(String word) {
        return keys.computeIfAbsent(word, Gazetteer::key);
    }
}
