package org.dramagraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dramagraph.clean.CleanText;
import org.dramagraph.extract.Extraction;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionType;
import org.dramagraph.fact.Evidence;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.fact.Fact;
import org.dramagraph.source.Article;
import org.dramagraph.source.Photo;

/**
 * Made-up drama news with hand-built extractions, the same for the same index: invented people, works and
 * characters from our own templates, with spelling variants, updates of earlier articles (every 25th
 * reuses the id of an earlier one with new text) and copies (every 19th repeats the previous text under
 * a new id).
 */
public final class GeneratedArticles {
    private static final String[] SURNAMES = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Han"};
    private static final String[] SYLLABLES = {"Ji", "Min", "Soo", "Hye", "Woo", "Jin", "Seo", "Yeon", "Hyun", "Joon",
            "Eun", "Ha"};
    private static final String[] ADJECTIVES = {"Silent", "Golden", "Last", "Secret", "Burning", "Frozen", "Hidden",
            "Blue"};
    private static final String[] NOUNS = {"Harbor", "Garden", "Letter", "Kingdom", "Station", "Melody", "Promise"};
    private static final String[] NETWORKS = {"tvN", "JTBC", "Netflix", "SBS", "KBS2", "MBC", "Disney+"};
    private static final String[] PHRASES = {"We worked through every cold night", "I learned so much from the crew",
            "This role asked me to be braver", "The ending surprised even me"};

    private final List<String> people = pool(60, 1);
    private final List<String> characters = pool(80, 2);
    private final List<String> works = new ArrayList<>();

    public GeneratedArticles() {
        for (String adjective : ADJECTIVES) {
            for (String noun : NOUNS) {
                works.add("The " + adjective + " " + noun);
            }
        }
    }

    /** The extraction of article {@code i}. */
    public Extraction get(int i) {
        if (i % 19 == 18) {
            Extraction previous = get(i - 1);
            Article a = previous.article();
            return new Extraction(new Article("gen-" + i, "generated/" + i, null, a.title(), null, a.text(), List.of()),
                    previous.clean(), 0, previous.sentences(), previous.mentions(), previous.names(), previous.facts(),
                    previous.photos());
        }
        String id = i % 25 == 24 ? "gen-" + (i - 20) : "gen-" + i;
        Random r = new Random(i * 7919L);
        Builder b = new Builder(id);
        String work = pick(r, works);
        String lead = variant(r, pick(r, people));
        String second = variant(r, pick(r, people));
        String leadRole = pick(r, characters);
        String secondRole = pick(r, characters);
        String writer = pick(r, people);
        String director = pick(r, people);
        String network = NETWORKS[r.nextInt(NETWORKS.length)];

        b.sentence(lead + " plays " + leadRole + " in '" + work + "'.",
                Fact.plays(lead, leadRole, work), Fact.cast(lead, work));
        b.sentence(second + " stars opposite " + lead + " as " + secondRole + ".",
                Fact.plays(second, secondRole, work), Fact.cast(second, work));
        b.sentence("The series is written by " + writer + " and directed by " + director + ".",
                Fact.wrote(writer, work), Fact.directed(director, work));
        b.sentence("It airs on " + network + ".", Fact.network(work, network));
        if (r.nextInt(3) == 0) {
            String guest = pick(r, people);
            String guestRole = pick(r, characters);
            b.sentence(guest + " makes a special appearance as " + guestRole + ".",
                    Fact.cameo(guest, work), Fact.cast(guest, work), Fact.plays(guest, guestRole, work));
        }
        String quote = PHRASES[r.nextInt(PHRASES.length)] + " in week " + (i % 40);
        b.sentence("\"" + quote + ",\" " + lead + " said.", Fact.quote(lead, quote));
        if (i % 2 == 0) {
            b.photos.add(new Photo("https://example.org/" + id + ".jpg", lead + " on set", "Studio " + (i % 5), null));
        }
        return b.build("Story " + i + ": " + work);
    }

    /** Writes a name as another outlet might: hyphen for space or the reverse. */
    private static String variant(Random r, String name) {
        return switch (r.nextInt(4)) {
            case 0 -> name.replace('-', ' ');
            case 1 -> name.replace("Joon", "Jun");
            default -> name;
        };
    }

    private static List<String> pool(int n, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String name = SURNAMES[r.nextInt(SURNAMES.length)] + " " + SYLLABLES[r.nextInt(SYLLABLES.length)] + "-"
                    + SYLLABLES[r.nextInt(SYLLABLES.length)].toLowerCase(java.util.Locale.ROOT);
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** Lays sentences end to end, placing facts and mentions on them. */
    private static final class Builder {
        private final String id;
        private final StringBuilder text = new StringBuilder();
        private final List<ExtractedFact> facts = new ArrayList<>();
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Photo> photos = new ArrayList<>();
        private int sentences;

        Builder(String id) {
            this.id = id;
        }

        void sentence(String s, Fact... stated) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(s);
            for (Fact f : stated) {
                facts.add(new ExtractedFact(f, new Evidence(id, sentences, start, start + s.length(), s, "template", 0.8)));
                mention(MentionType.PERSON, f.person(), start, s);
                mention(MentionType.CHARACTER, f.character(), start, s);
                mention(MentionType.WORK, f.work(), start, s);
                mention(MentionType.NETWORK, f.org(), start, s);
            }
            sentences++;
        }

        private void mention(MentionType type, String name, int sentenceStart, String sentence) {
            int at = name == null ? -1 : sentence.indexOf(name);
            if (at < 0) {
                return;
            }
            int start = sentenceStart + at;
            if (mentions.stream().noneMatch(m -> m.start() == start && m.type() == type)) {
                mentions.add(new Mention(type, start, start + name.length(), name, sentences, "template"));
            }
        }

        Extraction build(String title) {
            String body = text.toString();
            return new Extraction(new Article(id, "generated/" + id, null, title, null, body, List.of()),
                    CleanText.unchanged(body), 0, List.of(), mentions, Map.of(), facts, photos);
        }
    }
}
