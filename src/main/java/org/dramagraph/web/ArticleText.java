package org.dramagraph.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dramagraph.graph.ArticleEvidence;
import org.dramagraph.graph.ArticleMention;
import org.dramagraph.graph.ArticleView;
import org.dramagraph.graph.Entity;

/**
 * An article's cleaned text laid out for its page: paragraphs of runs, each run plain or a link to the entity
 * it names, and the sentences facts were read from wrapped in marks with the anchor {@code s<sentence>}.
 *
 * <p>Evidence names its sentence by index and text; the text is looked up in the cleaned text, at the place
 * where a mention of the same sentence lies when the sentence occurs twice.
 */
public final class ArticleText {
    private ArticleText() {
    }

    /**
     * The laid-out text.
     *
     * @param paragraphs the body's paragraphs
     * @param headline   the sentence index of evidence read from the headline, or -1
     */
    public record Body(List<Paragraph> paragraphs, int headline) {
        public Body {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A paragraph: spans in order. */
    public record Paragraph(List<Span> spans) {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /**
     * Consecutive runs, inside a mark when {@code sentence} is not -1.
     *
     * @param sentence the evidence sentence this span marks, or -1
     * @param facts    how many facts were read from that sentence
     * @param anchor   whether this span carries the sentence's anchor (its first span)
     */
    public record Span(int sentence, int facts, boolean anchor, List<Run> runs) {
        public Span {
            runs = List.copyOf(runs);
        }

        /** Whether this span is evidence. */
        public boolean marked() {
            return sentence >= 0;
        }
    }

    /** Text, linking to {@code entity} when it is not null. */
    public record Run(String text, Entity entity) {
    }

    private record Mark(int start, int end, int sentence, int facts) {
    }

    /** Lays out an article's text with its mentions and evidence. */
    public static Body of(ArticleView view, String headline) {
        String text = view.text();
        List<Mark> marks = marks(text, view);
        int headlineSentence = -1;
        for (ArticleEvidence e : view.evidence()) {
            if (marks.stream().noneMatch(m -> m.sentence() == e.sentence()) && headline.contains(e.snippet().strip())) {
                headlineSentence = e.sentence();
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(start, end).isBlank()) {
                paragraphs.add(paragraph(text, start, end, marks, view.mentions()));
            }
            start = end + 2;
        }
        return new Body(paragraphs, headlineSentence);
    }

    /** Where each evidence sentence lies in the text, those it cannot find left out. */
    private static List<Mark> marks(String text, ArticleView view) {
        Map<Integer, String> snippets = new LinkedHashMap<>();
        Map<Integer, Integer> facts = new TreeMap<>();
        for (ArticleEvidence e : view.evidence()) {
            snippets.putIfAbsent(e.sentence(), e.snippet().strip());
            facts.merge(e.sentence(), 1, Integer::sum);
        }
        List<Mark> marks = new ArrayList<>();
        for (Map.Entry<Integer, String> s : snippets.entrySet()) {
            int at = locate(text, s.getValue(), s.getKey(), view.mentions());
            if (at >= 0) {
                Mark m = new Mark(at, at + s.getValue().length(), s.getKey(), facts.get(s.getKey()));
                if (marks.stream().noneMatch(o -> o.start() < m.end() && m.start() < o.end())) {
                    marks.add(m);
                }
            }
        }
        marks.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return marks;
    }

    private static int locate(String text, String snippet, int sentence, List<ArticleMention> mentions) {
        if (snippet.isEmpty()) {
            return -1;
        }
        int first = text.indexOf(snippet);
        if (first < 0 || text.indexOf(snippet, first + 1) < 0) {
            return first;
        }
        for (ArticleMention m : mentions) {
            if (m.sentence() == sentence) {
                for (int at = text.indexOf(snippet); at >= 0; at = text.indexOf(snippet, at + 1)) {
                    if (at <= m.start() && m.end() <= at + snippet.length()) {
                        return at;
                    }
                }
            }
        }
        return first;
    }

    private static Paragraph paragraph(String text, int start, int end, List<Mark> marks, List<ArticleMention> mentions) {
        List<Span> spans = new ArrayList<>();
        int at = start;
        for (Mark m : marks) {
            if (m.end() <= start || m.start() >= end) {
                continue;
            }
            int from = Math.max(m.start(), start);
            int to = Math.min(m.end(), end);
            if (from > at) {
                spans.add(new Span(-1, 0, false, runs(text, at, from, mentions)));
            }
            spans.add(new Span(m.sentence(), m.facts(), from == m.start(), runs(text, from, to, mentions)));
            at = to;
        }
        if (at < end) {
            spans.add(new Span(-1, 0, false, runs(text, at, end, mentions)));
        }
        return new Paragraph(spans);
    }

    /** The text between two offsets as runs, names within it (wholly) linked. */
    private static List<Run> runs(String text, int start, int end, List<ArticleMention> mentions) {
        List<Run> runs = new ArrayList<>();
        int at = start;
        for (ArticleMention m : mentions) {
            if (m.start() < at || m.end() > end || m.start() >= m.end() || m.end() > text.length()) {
                continue; // outside, overlapping an earlier name, or off the text
            }
            if (m.start() > at) {
                runs.add(new Run(flat(text.substring(at, m.start())), null));
            }
            runs.add(new Run(flat(text.substring(m.start(), m.end())), m.entity()));
            at = m.end();
        }
        if (at < end) {
            runs.add(new Run(flat(text.substring(at, end)), null));
        }
        return runs;
    }

    /** Line breaks inside a paragraph read as spaces. */
    private static String flat(String s) {
        return s.replace('\n', ' ');
    }
}
