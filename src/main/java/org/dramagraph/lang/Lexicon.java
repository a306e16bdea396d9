package org.dramagraph.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The closed word lists the mention finder relies on: Korean family names, broadcasters and
 * platforms, and common English words. Loaded once from resources; immutable and shared.
 */
public final class Lexicon {
    private static final CharArraySet DATES = words("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Nouns for kinds of work: a name right after one ("the K-drama Moonrise") is a title. */
    private static final CharArraySet WORK_NOUNS = words("drama", "dramas", "k-drama", "k-dramas", "kdrama", "series",
            "film", "films", "movie", "movies", "sitcom", "webtoon", "show", "thriller", "miniseries", "web-drama");
    /** Trade words that, capitalized in mid-sentence, head a phrase rather than begin a name. */
    private static final CharArraySet TRADE_WORDS = words("k-drama", "k-dramas", "kdrama", "kdramas", "k-pop", "drama",
            "series", "film", "movie", "actor", "actress", "director", "writer", "screenwriter", "pd", "star", "idol",
            "singer", "netizens", "fans", "episode", "season", "ceo");
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
        this.surnames = words(surnames.toArray(new String[0]));
        this.networks = Map.copyOf(networks);
        this.koreanNetworks = Set.copyOf(koreanNetworks);
        this.longestNetwork = networks.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        this.networkFirstWords = words(networks.keySet().stream().map(k -> k.split(" ")[0]).toArray(String[]::new));
        this.commonWords = words(commonWords.toArray(new String[0]));
    }

    /** An unmodifiable set of words that matches them in any case. */
    private static CharArraySet words(String... words) {
        return CharArraySet.unmodifiableSet(new CharArraySet(List.of(words), true));
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
        for (String line : lines("surnames.txt")) {
            for (String s : line.split("\\s+")) {
                surnames.add(s.toLowerCase(Locale.ROOT));
            }
        }
        Map<String, String> networks = new HashMap<>();
        Set<String> korean = new HashSet<>();
        for (String line : lines("networks.txt")) {
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
        for (String line : lines("common-words.txt")) {
            for (String w : line.split("\\s+")) {
                common.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return new Lexicon(surnames, networks, korean, common);
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
