package org.dramagraph.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.dramagraph.lang.Lexicon;
import org.dramagraph.lang.Romanization;
import org.dramagraph.lang.WordFile;
import org.dramagraph.source.Article;

/**
 * A cheap test of whether an article is about Korean entertainment, to skip the rest of a web
 * archive before the full pipeline reads it. It reads the headline and the start of the text once,
 * word by word, and weighs two kinds of evidence, both needed:
 * <ul>
 *   <li>Korean: romanized Korean personal names by their shape (a family name of the closed list
 *       followed by a hyphenated or spaced given name of one-syllable parts: "Han Seo-jin",
 *       "Seo Jin"), Hangul, and the words Korea, Korean, Seoul, K-drama, K-pop, hallyu;</li>
 *   <li>entertainment: broadcasters and platforms of the closed list ({@link Lexicon#network}), and
 *       words of the drama and music trade (drama, episode, cast, cameo, actress, idol...).</li>
 * </ul>
 * The score adds the two, each capped so that neither alone can pass; it is 0 unless each kind
 * reaches 2 (two Korean names, or a name and the word Korean; two trade words, or a broadcaster),
 * and the article passes when the score reaches the threshold. No rule names a person, a work or a
 * site.
 */
public final class RelevanceFilter implements Predicate<Article> {
    /** The score an article needs by default. */
    public static final double DEFAULT_THRESHOLD = 6;
    /** Only this much of the text is read: the topic of a news article shows at its start. */
    private static final int READ_CHARS = 6000;
    private static final int MAX_KOREAN = 6;
    private static final int MAX_ENTERTAINMENT = 8;
    /** Each kind of evidence must reach this: one Korean-looking name or one trade word alone says little. */
    private static final int MIN_EACH = 2;

    private static final Set<String> KOREA_WORDS = WordFile.set(RelevanceFilter.class, "korea-words.txt");
    private static final Set<String> TRADE_WORDS = WordFile.set(RelevanceFilter.class, "trade-words.txt");

    private final Lexicon lexicon;
    private final double threshold;

    /** A filter with the standard word lists and {@link #DEFAULT_THRESHOLD}. */
    public RelevanceFilter() {
        this(DEFAULT_THRESHOLD);
    }

    /** A filter with the standard word lists and another threshold (lower lets more through). */
    public RelevanceFilter(double threshold) {
        this.lexicon = Lexicon.standard();
        this.threshold = threshold;
    }

    /**
     * The evidence found in a text.
     *
     * @param koreanNames   distinct romanized Korean names
     * @param koreaWords    distinct words naming Korea or its pop culture, Hangul counting as one
     * @param networks      distinct broadcasters and platforms
     * @param tradeWords    distinct words of the drama and music trade
     */
    public record Evidence(int koreanNames, int koreaWords, int networks, int tradeWords) {
        /** Korean evidence, capped. */
        public int korean() {
            return Math.min(MAX_KOREAN, koreanNames + 2 * koreaWords);
        }

        /** Entertainment evidence, capped. */
        public int entertainment() {
            return Math.min(MAX_ENTERTAINMENT, tradeWords + 2 * networks);
        }

        /** The score: both kinds added, or 0 when either is too weak. */
        public double score() {
            return korean() < MIN_EACH || entertainment() < MIN_EACH ? 0 : korean() + entertainment();
        }
    }

    /**
     * Whether a text shows the least sign of Korean entertainment the extractor reads relations from: a
     * Korean personal name and a trade word, or the word Korea (or the like) and two pieces of trade
     * evidence. A two-line casting item passes; general news that names Korea once in passing does
     * not, and yields no drama facts.
     */
    public boolean anyEvidence(String title, String text) {
        Evidence e = evidence(title, text, true);
        return enough(e.koreanNames(), e.korean(), e.entertainment());
    }

    private static boolean enough(int koreanNames, int korean, int entertainment) {
        return koreanNames >= 1 && entertainment >= 1 || korean >= 1 && entertainment >= MIN_EACH;
    }

    /** Whether the article reaches the threshold. */
    @Override
    public boolean test(Article article) {
        return evidence(article.title(), article.text()).score() >= threshold;
    }

    /** The evidence in a headline and the start of a text. */
    public Evidence evidence(String title, String text) {
        return evidence(title, text, false);
    }

    /** The evidence, read only until each kind has some when {@code firstOfEach} (a cheaper yes). */
    private Evidence evidence(String title, String text, boolean firstOfEach) {
        String sample = title + "\n" + (text.length() > READ_CHARS ? text.substring(0, READ_CHARS) : text);
        Set<String> names = new HashSet<>();
        Set<String> korea = new HashSet<>();
        Set<String> networks = new HashSet<>();
        Set<String> trade = new HashSet<>();
        if (hasHangulWord(sample)) {
            korea.add("hangul");
        }
        SampleWords words = new SampleWords(sample);
        String w;
        for (int i = 0; (w = words.get(i)) != null; i++) {
            if (firstOfEach && enough(names.size(), names.size() + 2 * korea.size(), trade.size() + 2 * networks.size())) {
                break;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (KOREA_WORDS.contains(lower)) {
                korea.add(lower);
            } else if (TRADE_WORDS.contains(lower)) {
                trade.add(lower);
            }
            int nameEnd = koreanName(words, i, lower);
            if (nameEnd > i) {
                names.add(join(words, i, nameEnd).toLowerCase(Locale.ROOT));
            }
            String network = network(words, i, lower);
            if (network != null) {
                networks.add(network);
                if (lexicon.isKoreanNetwork(network)) {
                    korea.add(network); // a Korean broadcaster says Korea as plainly as the word does
                }
            }
        }
        return new Evidence(names.size(), korea.size(), networks.size(), trade.size());
    }

    /** Two Hangul syllables in a row. */
    private static boolean hasHangulWord(String text) {
        boolean previous = false;
        for (int i = 0; i < text.length(); i++) {
            boolean hangul = text.charAt(i) >= '\uAC00' && text.charAt(i) <= '\uD7A3';
            if (hangul && previous) {
                return true;
            }
            previous = hangul;
        }
        return false;
    }

    /** Words {@code [from, to)}, one space between them. */
    private static String join(SampleWords words, int from, int to) {
        StringBuilder joined = new StringBuilder(words.get(from));
        for (int i = from + 1; i < to; i++) {
            joined.append(' ').append(words.get(i));
        }
        return joined.toString();
    }

    /**
     * The end of a romanized Korean name at word {@code i} ("Han Seo-jin", "Baek Min Ha", "Seo-jin Han"), or -1.
     * Lexicon look-ups lower-case their word, so they are given {@code lower}, word {@code i} lower-cased already.
     */
    private int koreanName(SampleWords words, int i, String lower) {
        String first = words.get(i);
        String next = capitalized(first) ? words.get(i + 1) : null;
        if (next == null || !capitalized(next)) {
            return -1;
        }
        if (lexicon.isSurname(lower)) {
            if (hyphenatedGiven(next)) {
                return i + 2;
            }
            String third = words.get(i + 2);
            if (third != null && capitalized(third) && oneSyllable(next) && oneSyllable(third)) {
                return i + 3;
            }
        }
        return hyphenatedGiven(first) && lexicon.isSurname(next) ? i + 2 : -1;
    }

    private static boolean hyphenatedGiven(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && dash == w.lastIndexOf('-') && dash < w.length() - 1
                && oneSyllable(w.substring(0, dash)) && oneSyllable(w.substring(dash + 1));
    }

    private static boolean oneSyllable(String w) {
        return w.length() <= 5 && Romanization.syllableCount(w) == 1;
    }

    private static boolean capitalized(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** The canonical network named by the words at {@code i}, longest first, or null; {@code lower} is word {@code i} lower-cased. */
    private String network(SampleWords words, int i, String lower) {
        if (!lexicon.startsNetwork(lower)) {
            return null;
        }
        int longest = lexicon.longestNetwork();
        while (longest > 1 && words.get(i + longest - 1) == null) {
            longest--;
        }
        for (int n = longest; n >= 1; n--) {
            String name = lexicon.network(join(words, i, i + n));
            if (name != null) {
                return name;
            }
        }
        return null;
    }
}
