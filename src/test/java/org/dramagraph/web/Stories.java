package org.dramagraph.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramagraph.bench.StoryBuilder;
import org.dramagraph.extract.Extraction;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.graph.StoreLocation;
import org.dramagraph.mention.MentionType;
import org.dramagraph.fact.Confidence;
import org.dramagraph.fact.Evidence;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.fact.Fact;
import org.dramagraph.source.Photo;

/**
 * A small store of invented news for the web tests, built by {@link StoryBuilder} so that what the pages show
 * does not depend on what the extractor finds today. Names are made up.
 */
public final class Stories {
    /** Every name the stories use, with its kind. */
    public static final Map<String, MentionType> NAMES = names();

    private Stories() {
    }

    private static Map<String, MentionType> names() {
        Map<String, MentionType> n = new LinkedHashMap<>();
        for (String p : List.of("Moon Seo-jin", "Baek Do-yun", "Oh Min-ji", "Park Tae-san", "Han Ji-ho")) {
            n.put(p, MentionType.PERSON);
        }
        for (String w : List.of("Harbor Lights", "Winter Letters", "Night Market")) {
            n.put(w, MentionType.WORK);
        }
        for (String c : List.of("Kang Ha-ri", "Lee Jun", "Yoon Bit-na", "Cha Eun-ho", "Seo Woo")) {
            n.put(c, MentionType.CHARACTER);
        }
        n.put("KBS2", MentionType.NETWORK);
        return n;
    }

    /** Fills a new store at {@code file} with the stories, and returns it open. */
    public static GraphStore store(Path file) {
        return store(StoreLocation.of(file));
    }

    /** Fills a new store with the stories, and returns it open. */
    public static GraphStore store(StoreLocation location) {
        GraphStore graph = GraphStore.open(location);
        for (Extraction e : all()) {
            graph.ingest(e);
        }
        return graph;
    }

    /** The stories as extractions. */
    public static List<Extraction> all() {
        return List.of(
                story("harbor-lights-cast", "Harbor Lights sets sail with its cast", LocalDate.of(2026, 3, 2),
                        "Moon Seo-jin plays Kang Ha-ri in Harbor Lights. Baek Do-yun plays Lee Jun in Harbor Lights.\n\n"
                                + "Oh Min-ji wrote Harbor Lights. Park Tae-san directed Harbor Lights. Harbor Lights airs on KBS2.",
                        List.of(new Photo("https://img.example/harbor.jpg",
                                "Moon Seo-jin and Baek Do-yun at the pier for Harbor Lights.", "Example Studio",
                                "Two actors on a pier")),
                        Fact.plays("Moon Seo-jin", "Kang Ha-ri", "Harbor Lights"),
                        Fact.cast("Moon Seo-jin", "Harbor Lights"),
                        Fact.plays("Baek Do-yun", "Lee Jun", "Harbor Lights"),
                        Fact.cast("Baek Do-yun", "Harbor Lights"),
                        Fact.wrote("Oh Min-ji", "Harbor Lights"),
                        Fact.directed("Park Tae-san", "Harbor Lights"),
                        Fact.network("Harbor Lights", "KBS2")),
                story("winter-letters-reunion", "Two Harbor Lights stars reunite in Winter Letters",
                        LocalDate.of(2026, 3, 5),
                        "Moon Seo-jin plays Yoon Bit-na in Winter Letters. Baek Do-yun plays Cha Eun-ho in Winter Letters.\n\n"
                                + "The pair first met on Harbor Lights.",
                        List.of(),
                        Fact.plays("Moon Seo-jin", "Yoon Bit-na", "Winter Letters"),
                        Fact.cast("Moon Seo-jin", "Winter Letters"),
                        Fact.plays("Baek Do-yun", "Cha Eun-ho", "Winter Letters"),
                        Fact.cast("Baek Do-yun", "Winter Letters")),
                unsure(story("night-market-cameo", "Kang Ha-ri drops by Night Market", LocalDate.of(2026, 3, 6),
                        "Han Ji-ho plays Seo Woo in Night Market. Moon Seo-jin makes a cameo in Night Market as Kang Ha-ri.",
                        List.of(),
                        Fact.plays("Han Ji-ho", "Seo Woo", "Night Market"),
                        Fact.cast("Han Ji-ho", "Night Market"),
                        Fact.cameo("Moon Seo-jin", "Night Market"),
                        Fact.plays("Moon Seo-jin", "Kang Ha-ri", "Night Market")), UNSURE),
                story("moon-seo-jin-interview", "Moon Seo-jin on the sea and the city", LocalDate.of(2026, 3, 7),
                        "Moon Seo-jin talked about Harbor Lights. \"I grew up by the sea,\" Moon Seo-jin said.",
                        List.of(new Photo("https://img.example/seaside.jpg", "Moon Seo-jin on the beach near her hometown.",
                                "Example Wire", null)),
                        Fact.quote("Moon Seo-jin", "I grew up by the sea")));
    }

    /** The one fact of the stories read less surely than the confirmation threshold: kept, shown unconfirmed. */
    public static final Fact UNSURE = Fact.plays("Moon Seo-jin", "Kang Ha-ri", "Night Market");

    /** A story with one of its facts read at a confidence below {@link Confidence#THRESHOLD}. */
    private static Extraction unsure(Extraction x, Fact fact) {
        List<ExtractedFact> facts = x.facts().stream().map(f -> {
            if (!f.fact().equals(fact)) {
                return f;
            }
            Evidence e = f.evidence();
            double low = Confidence.THRESHOLD / 2;
            return new ExtractedFact(fact, new Evidence(e.articleId(), e.sentence(), e.start(), e.end(), e.snippet(),
                    e.rule(), low), low);
        }).toList();
        return new Extraction(x.article(), x.clean(), x.bodyStart(), x.sentences(), x.mentions(), x.names(), facts,
                x.photos(), x.photoPeople());
    }

    /** One article with its facts; each fact's evidence is the first sentence holding its names or quote. */
    public static Extraction story(String id, String title, LocalDate date, String text, List<Photo> photos,
                                   Fact... facts) {
        return StoryBuilder.build(id, title, date, text, photos, NAMES, List.of(facts));
    }
}
