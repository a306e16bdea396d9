package org.dramagraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Builds an extraction for an article whose names and facts are known in advance, without running the
 * extractor: for generated benchmark stores and for tests whose pages must not depend on what the extractor
 * finds. Every occurrence of a known name is a mention; each fact's evidence is the first sentence that holds
 * all its names (and its quote); a photo's caption names the known people written in it. Sentences end at ". "
 * or a line break.
 */
public final class StoryBuilder {
    private StoryBuilder() {
    }

    /**
     * An article and what was "read" from it.
     *
     * @param names the names to mention wherever they occur, with their kind
     * @throws IllegalArgumentException when no sentence holds a fact's names
     */
    public static Extraction build(String id, String title, LocalDate date, String text, List<Photo> photos,
                                   Map<String, MentionType> names, List<Fact> facts) {
        Article article = new Article(id, id, null, title, date, text, photos);
        List<int[]> sentences = sentences(text);
        List<Mention> mentions = new ArrayList<>();
        for (Map.Entry<String, MentionType> name : names.entrySet()) {
            for (int at = text.indexOf(name.getKey()); at >= 0; at = text.indexOf(name.getKey(), at + 1)) {
                mentions.add(new Mention(name.getValue(), at, at + name.getKey().length(), name.getKey(),
                        sentenceOf(sentences, at), "story"));
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<ExtractedFact> extracted = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            extracted.add(new ExtractedFact(f, evidence(id, text, sentences, f)));
        }
        return new Extraction(article, CleanText.unchanged(text), 0, List.of(), mentions, Map.of(), extracted, photos,
                photoPeople(photos, names));
    }

    /** The people each photo's caption names, in caption order. */
    private static Map<Photo, List<String>> photoPeople(List<Photo> photos, Map<String, MentionType> names) {
        Map<Photo, List<String>> out = new HashMap<>();
        for (Photo photo : photos) {
            if (photo.caption() == null) {
                continue;
            }
            List<String> people = names.entrySet().stream()
                    .filter(n -> n.getValue() == MentionType.PERSON && photo.caption().contains(n.getKey()))
                    .map(Map.Entry::getKey)
                    .sorted(Comparator.comparingInt(photo.caption()::indexOf))
                    .toList();
            if (!people.isEmpty()) {
                out.put(photo, people);
            }
        }
        return out;
    }

    private static Evidence evidence(String id, String text, List<int[]> sentences, Fact f) {
        List<String> needles = new ArrayList<>();
        for (String field : f.type().fields()) {
            if (f.field(field) != null) {
                needles.add(f.field(field));
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            String s = text.substring(sentences.get(i)[0], sentences.get(i)[1]);
            if (needles.stream().allMatch(s::contains)) {
                return new Evidence(id, i, sentences.get(i)[0], sentences.get(i)[1], s, "story", 0.9);
            }
        }
        throw new IllegalArgumentException("no sentence of " + id + " holds " + f);
    }

    private static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean end = i == text.length() - 1
                    || (text.charAt(i) == '.' && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n'));
            if (end) {
                out.add(new int[] {start, i + 1});
                start = i + 1;
                while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                i = start - 1;
            }
        }
        return out;
    }

    private static int sentenceOf(List<int[]> sentences, int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (offset < sentences.get(i)[1]) {
                return i;
            }
        }
        return sentences.size() - 1;
    }
}
