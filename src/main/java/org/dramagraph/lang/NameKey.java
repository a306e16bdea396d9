package org.dramagraph.lang;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keys that make differently written names of one person or work compare equal.
 *
 * <p>{@link #exact} folds case, accents, spaces and punctuation ("Han Seo-jin" = "Han Seo Jin"), as the
 * evaluation's matching rule does. {@link #loose} also folds the common romanizations of one Korean
 * syllable (Joong/Jung, Hyun/Hyeon, Seok/Suk, Lee/Yi, Gi/Ki), syllable by syllable, so the rest of the
 * name must agree for two keys to meet.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** Surnames whose spellings differ by more than a vowel or initial fold. */
    private static final Map<String, String> SURNAMES = Map.ofEntries(
            Map.entry("yi", "lee"), Map.entry("rhee", "lee"), Map.entry("rhie", "lee"), Map.entry("i", "lee"),
            Map.entry("pak", "park"), Map.entry("bak", "park"),
            Map.entry("choe", "choi"), Map.entry("chung", "jeong"), Map.entry("jung", "jeong"),
            Map.entry("suh", "seo"), Map.entry("roh", "noh"), Map.entry("no", "noh"),
            Map.entry("gim", "kim"), Map.entry("ryoo", "ryu"), Map.entry("yu", "yoo"));

    private NameKey() {
    }

    /** Lower case, accents folded, everything but letters and digits dropped. */
    public static String exact(String name) {
        if (name == null) {
            return "";
        }
        if (isAscii(name)) {
            return asciiKey(name); // no accents to fold: the common case, without the normalizer's cost
        }
        String s = fold(name);
        return NOT_ALNUM.matcher(s).replaceAll("");
    }

    /** The exact key with romanization variants of each syllable folded to one spelling. */
    public static String loose(String name) {
        if (name == null) {
            return "";
        }
        String known = LOOSE.get(name);
        if (known != null) {
            return known;
        }
        String key = computeLoose(name);
        if (LOOSE.size() > 100_000) {
            LOOSE.clear();
        }
        LOOSE.put(name, key);
        return key;
    }

    private static final java.util.Map<String, String> LOOSE = new java.util.concurrent.ConcurrentHashMap<>();

    private static String computeLoose(String name) {
        String[] words = fold(name).split("[^a-z0-9]+");
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            String surname = !first ? null : SURNAMES.containsValue(w) ? w : SURNAMES.get(w);
            if (surname != null) {
                out.append(surname);
            } else {
                List<String> syllables = Romanization.syllables(w);
                if (syllables.isEmpty()) {
                    out.append(w);
                }
                for (String syl : syllables) {
                    out.append(foldSyllable(syl));
                }
            }
            first = false;
        }
        return out.toString();
    }

    private static String foldSyllable(String s) {
        String t = s.replace("oo", "u").replace("eo", "u").replace("eu", "u").replace("ee", "i").replace("ou", "u");
        if (t.startsWith("sh")) {
            t = "s" + t.substring(2);
        } else if (t.startsWith("g")) {
            t = "k" + t.substring(1);
        } else if (t.startsWith("v")) {
            t = "b" + t.substring(1); // "Ok Vin" for "Ok Bin"
        }
        return t;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The exact key of an ASCII name: its letters in lower case and its digits. */
    private static String asciiKey(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        return MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
