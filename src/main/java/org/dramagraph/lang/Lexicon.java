package org.dramagraph.lang;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The closed word lists the mention finder relies on: Korean family names, broadcasters and
 * platforms, common English words, dates, work nouns and trade words. Loaded once from the
 * resources beside this class (see {@link WordFile}); immutable and shared.
 */
public final class Lexicon {
    /** Months and days of the week. */
    private static final CharArraySet DATES = words(WordFile.list(Lexicon.class, "dates.txt"));
    /** Nouns for kinds of work: a name right after one ("the K-drama Moonrise") is a title. */
    private static final CharArraySet WORK_NOUNS = words(WordFile.list(Lexicon.class, "work-nouns.txt"));
    /** Trade words that, capitalized in mid-sentence, head a phrase rather than begin a name. */
    private static final CharArraySet TRADE_WORDS = words(WordFile.list(Lexicon.class, "trade-words.txt"));
    private static final Lexicon DEFAULT = load();

    // word sets match any case without lower-casing (and allocating) each word looked up
    private final CharArraySet surnames;
    private final Map<String, String> networks;
    private final int longestNetwork;
    private final CharArraySet networkFirstWords;
    private final Set<String> koreanNetworks;
    private final CharArraySet commonWords;

    private Lexicon(Set<String> surnames, Map<String, String> networks, Set<String> koreanNetworks,
                    Set<String> commonWords) {
        this.surnames = words(surnames);
        this.networks = Map.copyOf(networks);
        this.koreanNetworks = Set.copyOf(koreanNetworks);
        this.longestNetwork = networks.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        this.networkFirstWords = words(networks.keySet().stream().map(k -> k.split(" ")[0]).toList());
        this.commonWords = words(commonWords);
    }

    /** An unmodifiable set of words that matches them in any case. */
    private static CharArraySet words(Collection<String> words) {
        return CharArraySet.unmodifiableSet(new CharArraySet(words, true));
    }

    /** The lists bundled with Dramagraph. */
    public static Lexicon standard() {
        return DEFAULT;
    }

    /** Whether a capitalized word is a Korean family name ("Kim", "Yi", "Jeon"). */
    public boolean isSurname(String word) {
        return surnames.contains(word);
    }

    /** The canonical name of a broadcaster or platform written as {@code words}, or null. */
    public String network(String words) {
        String exact = networks.get(words);
        if (exact != null) {
            return exact;
        }
        // all-capital names are matched whatever their case ("jTBC"); others only as written
        String upper = networks.get(words.toUpperCase(Locale.ROOT));
        return upper != null && upper.equals(upper.toUpperCase(Locale.ROOT)) ? upper : null;
    }

    /** Whether a word can begin the name of a broadcaster or platform: a cheap test before {@link #network}. */
    public boolean startsNetwork(String word) {
        return networkFirstWords.contains(word);
    }

    /** Whether a canonical network name is a Korean broadcaster or platform ("KBS", "tvN"), not a global one. */
    public boolean isKoreanNetwork(String canonical) {
        return koreanNetworks.contains(canonical);
    }

    /** How many words the longest network name has. */
    public int longestNetwork() {
        return longestNetwork;
    }

    /** Whether a word (any case) names a kind of work: drama, series, film... */
    public boolean isWorkNoun(String word) {
        return WORK_NOUNS.contains(word);
    }

    /** Whether a word (any case) is a trade word that heads a phrase: K-drama, actress, director... */
    public boolean isTradeWord(String word) {
        return TRADE_WORDS.contains(word);
    }

    /** Whether a word names a month or a day of the week. */
    public boolean isDate(String word) {
        return DATES.contains(word);
    }

    /** Whether a word (any case) is a common English word. */
    public boolean isCommon(String word) {
        return commonWords.contains(word.indexOf('\u2019') < 0 ? word : word.replace('\u2019', '\''));
    }

    private static Lexicon load() {
        Set<String> surnames = new HashSet<>();
        for (String line : WordFile.list(Lexicon.class, "surnames.txt")) {
            for (String s : line.split("\\s+")) {
                surnames.add(s.toLowerCase(Locale.ROOT));
            }
        }
        Map<String, String> networks = new HashMap<>();
        Set<String> korean = new HashSet<>();
        for (String line : WordFile.list(Lexicon.class, "networks.txt")) {
            boolean isKorean = line.startsWith("*");
            String[] names = (isKorean ? line.substring(1) : line).split("\\|");
            String canonical = names[0].strip();
            if (isKorean) {
                korean.add(canonical);
            }
            for (String n : names) {
                networks.put(n.strip(), canonical);
            }
        }
        Set<String> common = new HashSet<>();
        for (String line : WordFile.list(Lexicon.class, "common-words.txt")) {
            for (String w : line.split("\\s+")) {
                common.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return new Lexicon(surnames, networks, korean, common);
    }
}
