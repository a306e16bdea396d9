package org.dramagraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dramagraph.extract.Extraction;
import org.dramagraph.mention.MentionType;
import org.dramagraph.lang.NameKey;
import org.dramagraph.fact.Fact;

/**
 * Invented entertainment news for benchmarks: a cast of generated people (surname and two syllables from closed
 * lists), works (titles from a closed vocabulary), characters and channels, and articles written from sentence
 * templates of our own about one work at a time. Popular people and works come up far more often than others
 * (a Zipf-like draw; the busiest are cast in at most a dozen works), people act together in several works
 * (reunions) and some cameo as a character of another
 * work (crossovers), so pages have the shape real ones do. The same seed gives the same news.
 */
public final class NewsGenerator {
    private static final String[] SURNAMES = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang",
            "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Jeon", "Hong", "Moon", "Yang", "Son",
            "Bae", "Baek", "Heo", "Nam", "Noh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Min", "Ryu", "Na", "Jin"};
    private static final String[] SYLLABLES = {"min", "ji", "seo", "hyun", "woo", "jin", "ha", "yeon", "soo", "eun",
            "do", "yun", "tae", "hee", "joon", "young", "kyung", "sung", "ho", "na", "ra", "bin", "hoon", "jae", "won",
            "il", "chan", "mi", "hye", "rin", "gyu", "seok", "bo", "da", "in", "ae", "geun", "sol", "kyu", "ah"};
    private static final String[] ADJECTIVES = {"Hidden", "Silver", "Last", "First", "Quiet", "Golden", "Broken",
            "Secret", "Distant", "Burning", "Frozen", "Little", "Midnight", "Endless", "Crimson", "Gentle", "Wild",
            "Lost", "Bright", "Second"};
    private static final String[] NOUNS = {"Harbor", "Letters", "Lights", "Market", "River", "Garden", "Crown",
            "Star", "Lantern", "Street", "Summer", "Rain", "Palace", "Island", "Hotel", "Station", "Bridge", "Orchard",
            "Voyage", "Promise", "Kitchen", "Courtroom", "Hospital", "Village", "Season", "Melody", "Tide", "Forest",
            "Castle", "Window"};
    private static final String[] CHANNELS = {"Hanbit TV", "Dalnim Plus", "Seaview One", "Ilsan Broadcasting",
            "Nuri Stream", "Baram TV", "Haneul Network", "Gil Media"};
    private static final String[] QUOTES = {"We filmed the last scene in the rain", "I read the script in one night",
            "The whole team felt like a family", "I wanted to show a softer side this time",
            "Working with old friends made it easy", "The ending surprised even me",
            "I hope viewers feel comforted", "Every episode was a new challenge"};
    private static final String[] FILLERS = {"The series drew its best ratings yet this week.",
            "Fans praised the chemistry of the leads online.", "The production wrapped filming last month.",
            "Viewers have been sharing their favourite scenes.", "A special episode is planned for the holidays.",
            "Critics called the latest episode the strongest so far."};

    /** The most works one person is cast in. */
    private static final int MAX_ROLES = 12;
    /** The most cameo guests one work has. */
    private static final int MAX_GUESTS = 2;

    /**
     * A generated work: its title, channel, writer, director, cast with their characters, and guests: actors of
     * earlier works who make a cameo as their character there.
     */
    private record Work(String title, String channel, String writer, String director, List<String> cast,
                        List<String> characters, List<String[]> guests) {
    }

    private final long seed;
    private final Random random;
    private final List<String> people = new ArrayList<>();
    private final List<Work> works = new ArrayList<>();
    /** Loose keys of the names made so far: two names the store would take for one are never both made. */
    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> roles = new java.util.HashMap<>();
    private final LocalDate end;
    private final int days;

    /**
     * News about {@code people} people and {@code works} works, dated over the {@code days} days up to
     * {@code end}.
     */
    public NewsGenerator(long seed, int people, int works, LocalDate end, int days) {
        this.seed = seed;
        this.random = new Random(seed);
        this.end = end;
        this.days = days;
        for (int i = 0; i < people; i++) {
            this.people.add(uniqueName());
        }
        for (int i = 0; i < works; i++) {
            this.works.add(work());
        }
    }

    /** A generator sized for {@code articles} articles (about one person per 20 articles, one work per 60). */
    public static NewsGenerator forArticles(long seed, int articles, LocalDate end) {
        return new NewsGenerator(seed, Math.max(20, articles / 20), Math.max(5, articles / 60), end, 730);
    }

    /**
     * The {@code n}th article (from 0), with the id {@code news-<seed>-<n>}: the same for the same seed and
     * {@code n} when drawn in order. Now and then two draws give the same text; the store keeps one of them.
     */
    public Extraction article(int n) {
        Work w = works.get(zipf(works.size()));
        Map<String, MentionType> names = new LinkedHashMap<>();
        List<Fact> facts = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        names.put(w.title(), MentionType.WORK);
        int shown = 2 + random.nextInt(3);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < w.cast().size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        for (int k = 0; k < Math.min(shown, order.size()); k++) {
            String person = w.cast().get(order.get(k));
            String character = w.characters().get(order.get(k));
            names.put(person, MentionType.PERSON);
            names.put(character, MentionType.CHARACTER);
            sentences.add(random.nextBoolean() ? person + " plays " + character + " in " + w.title() + "."
                    : person + " stars as " + character + " in " + w.title() + ".");
            facts.add(Fact.plays(person, character, w.title()));
            facts.add(Fact.cast(person, w.title()));
        }
        if (random.nextInt(3) == 0) {
            names.put(w.writer(), MentionType.PERSON);
            sentences.add(w.writer() + " wrote " + w.title() + ".");
            facts.add(Fact.wrote(w.writer(), w.title()));
        }
        if (random.nextInt(3) == 0) {
            names.put(w.director(), MentionType.PERSON);
            sentences.add(w.director() + " directed " + w.title() + ".");
            facts.add(Fact.directed(w.director(), w.title()));
        }
        if (random.nextInt(2) == 0) {
            names.put(w.channel(), MentionType.NETWORK);
            sentences.add(w.title() + " airs on " + w.channel() + ".");
            facts.add(Fact.network(w.title(), w.channel()));
        }
        if (!w.guests().isEmpty() && random.nextInt(4) == 0) {
            cameo(w, names, sentences, facts);
        }
        sentences.add(FILLERS[random.nextInt(FILLERS.length)]);
        if (random.nextInt(4) == 0) {
            String speaker = w.cast().get(order.get(0));
            String quote = QUOTES[random.nextInt(QUOTES.length)];
            sentences.add("\"" + quote + ",\" " + speaker + " said.");
            facts.add(Fact.quote(speaker, quote));
        }
        String lead = w.cast().get(order.get(0));
        String title = switch (random.nextInt(3)) {
            case 0 -> lead + " leads " + w.title();
            case 1 -> "What to know about " + w.title();
            default -> w.title() + " returns with " + lead;
        };
        LocalDate date = end.minusDays(random.nextInt(days));
        String text = String.join(" ", sentences.subList(0, sentences.size() / 2)) + "\n\n"
                + String.join(" ", sentences.subList(sentences.size() / 2, sentences.size()));
        return StoryBuilder.build(String.format("news-%d-%07d", seed, n), title, date, text, List.of(), names, facts);
    }

    /** A guest of the work appears as their character from another work: a cameo, and a crossover character. */
    private void cameo(Work w, Map<String, MentionType> names, List<String> sentences, List<Fact> facts) {
        String[] guest = w.guests().get(random.nextInt(w.guests().size()));
        String person = guest[0];
        String character = guest[1];
        if (names.containsKey(person) || names.containsKey(character)) {
            return;
        }
        names.put(person, MentionType.PERSON);
        names.put(character, MentionType.CHARACTER);
        sentences.add(person + " makes a cameo in " + w.title() + " as " + character + ".");
        facts.add(Fact.cameo(person, w.title()));
        facts.add(Fact.plays(person, character, w.title()));
    }

    private Work work() {
        String title;
        do {
            title = switch (random.nextInt(3)) {
                case 0 -> "The " + pick(ADJECTIVES) + " " + pick(NOUNS);
                case 1 -> pick(NOUNS) + " of the " + pick(NOUNS);
                default -> pick(ADJECTIVES) + " " + pick(NOUNS) + " " + pick(NOUNS);
            };
        } while (!used.add(NameKey.loose(title)));
        int size = 5 + random.nextInt(5);
        List<String> cast = new ArrayList<>();
        List<String> characters = new ArrayList<>();
        while (cast.size() < size) {
            String p = people.get(zipf(people.size()));
            // the busiest actors still make only so many shows
            if (!cast.contains(p) && roles.merge(p, 1, Integer::sum) <= MAX_ROLES) {
                cast.add(p);
                characters.add(uniqueName());
            }
        }
        List<String[]> guests = new ArrayList<>();
        for (int i = random.nextInt(MAX_GUESTS + 1); i > 0 && !works.isEmpty(); i--) {
            Work earlier = works.get(zipf(works.size()));
            int k = random.nextInt(earlier.cast().size());
            guests.add(new String[] {earlier.cast().get(k), earlier.characters().get(k)});
        }
        return new Work(title, pick(CHANNELS), people.get(random.nextInt(people.size())),
                people.get(random.nextInt(people.size())), cast, characters, guests);
    }

    private String uniqueName() {
        String name;
        do {
            name = pick(SURNAMES) + " " + capitalize(pick(SYLLABLES)) + "-" + pick(SYLLABLES);
        } while (!used.add(NameKey.loose(name)));
        return name;
    }

    /** An index below {@code n}, small ones far likelier: about the rank-frequency shape of real popularity. */
    private int zipf(int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1.0, u) - 1));
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
