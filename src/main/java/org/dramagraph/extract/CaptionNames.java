package org.dramagraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramagraph.mention.Gazetteer;
import org.dramagraph.lang.Lexicon;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionFinder;
import org.dramagraph.mention.MentionType;
import org.dramagraph.resolve.ArticleNames;
import org.dramagraph.lang.NameKey;
import org.dramagraph.segment.SegmentedText;
import org.dramagraph.source.Photo;

/**
 * Finds the people a photo's caption (else its alt text) names, in the form the article writes
 * them most fully. The caption is read by the same mention finder as the article; a name it finds is
 * a person when the article names that person (in any spelling or romanization, or by a short form
 * such as a given name alone that stands for one of its people), or when it has the shape of a full
 * Korean personal name. Other capitalized words (places, shows, agencies) are left out.
 */
final class CaptionNames {
    private final Lexicon lexicon;
    private final MentionFinder finder;

    CaptionNames(Lexicon lexicon, MentionFinder finder) {
        this.lexicon = lexicon;
        this.finder = finder;
    }

    /**
     * The people each photo's caption names.
     *
     * @param mentions the article's mentions, already typed
     * @param display  the name each mention stands for in its fullest form
     */
    Map<Photo, List<String>> people(List<Photo> photos, List<Mention> mentions, Map<Mention, String> display) {
        Map<String, String> persons = new HashMap<>();
        List<Mention> personMentions = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PERSON) {
                String full = display.getOrDefault(m, m.text());
                persons.putIfAbsent(NameKey.loose(full), full);
                persons.putIfAbsent(NameKey.loose(m.text()), full);
                personMentions.add(m);
            }
        }
        ArticleNames shortForms = new ArticleNames(lexicon, personMentions);
        Map<Photo, List<String>> out = new HashMap<>();
        for (Photo photo : photos) {
            String text = photo.caption() != null && !photo.caption().isBlank() ? photo.caption() : photo.alt();
            List<String> people = text == null || text.isBlank() ? List.of() : named(text, persons, shortForms);
            if (!people.isEmpty()) {
                out.put(photo, people);
            }
        }
        return out;
    }

    private List<String> named(String caption, Map<String, String> persons, ArticleNames shortForms) {
        SegmentedText doc = SegmentedText.of("", caption);
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : finder.find(finder.prepare(doc), new Gazetteer())) {
            if (m.type() != MentionType.PERSON && m.type() != MentionType.NAME) {
                continue;
            }
            String known = known(m.text(), persons);
            if (known == null) {
                // a given name alone ("Eun-sol") stands for the one person of the article it is short for
                Mention asPerson = new Mention(MentionType.PERSON, m.start(), m.end(), m.text(), m.sentence(), m.rule());
                known = persons.get(NameKey.loose(shortForms.display(asPerson)));
            }
            if (known != null) {
                out.add(known);
            } else if (m.type() == MentionType.PERSON && m.text().strip().contains(" ")) {
                out.add(m.text().strip()); // a full Korean name the article itself does not write
            }
        }
        return List.copyOf(out);
    }

    /** The article's person a span of words names: the whole span, else its longest run of two or more words that is one. */
    private static String known(String span, Map<String, String> persons) {
        String[] words = span.strip().split("\\s+");
        int shortest = words.length == 1 ? 1 : 2;
        for (int length = words.length; length >= shortest; length--) {
            for (int start = 0; start + length <= words.length; start++) {
                String name = persons.get(NameKey.loose(String.join(" ", Arrays.copyOfRange(words, start, start + length))));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }
}
