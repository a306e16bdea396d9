package org.dramagraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dramagraph.clean.CleanText;
import org.dramagraph.clean.Cleaner;
import org.dramagraph.fact.Evidence;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.mention.Mention;
import org.dramagraph.segment.Sentence;
import org.dramagraph.source.Article;
import org.junit.jupiter.api.Test;

/** A very long article read in parts and joined back: the same offsets, numbers and facts as one text. */
class PartsTest {
    private static final String[] SURNAMES = {"Kang", "Yoon", "Baek", "Moon", "Seo", "Han", "Ryu", "Jo", "Park", "Lee",
        "Choi", "Lim", "Shin", "Oh", "Kwon", "Hwang"};
    private static final String[] SYLLABLES = {"Min", "Ha", "Jun", "Seo", "Tae", "Yeon", "Da", "Eun", "Ji", "Woo", "Hyun",
        "Soo", "Young", "Jae", "Hee", "Sung", "Kyung", "Bin", "Na", "Rim"};

    @Test
    void aShortTextIsOnePart() {
        CleanText clean = CleanText.unchanged("One line.\nTwo lines.\n");
        assertThat(Parts.of(clean, 100)).containsExactly(clean);
    }

    @Test
    void cutsAfterLineBreaksThenSentenceEndsThenSpaces() {
        String text = "The first line is long enough.\nThe second line runs on. It says more than one thing at once.\n";
        List<CleanText> parts = Parts.of(CleanText.unchanged(text), 40);
        assertThat(parts).extracting(CleanText::text).containsExactly(
                "The first line is long enough.\n", "The second line runs on. ", "It says more than one thing at once.\n");
        String oneLine = "word ".repeat(20);
        assertThat(Parts.of(CleanText.unchanged(oneLine), 32)).extracting(CleanText::text)
                .containsExactly("word ".repeat(6), "word ".repeat(6), "word ".repeat(6), "word ".repeat(2));
    }

    @Test
    void partsMapBackToTheWholeOriginal() {
        String text = "alpha beta\ngamma delta\nepsilon zeta\n";
        List<CleanText> parts = Parts.of(CleanText.unchanged(text), 14);
        int at = 0;
        for (CleanText part : parts) {
            assertThat(part.original()).isSameAs(text);
            assertThat(part.originalOffset(0)).isEqualTo(at);
            at += part.text().length();
        }
        assertThat(at).isEqualTo(text.length());
    }

    @Test
    void aLongArticleKeepsItsOffsetsNumbersAndFacts() {
        StringBuilder body = new StringBuilder();
        int n = 0;
        while (body.length() <= Parts.SIZE * 5 / 4) {
            body.append(paragraph(n++)).append("\n\n");
        }
        body.append(paragraph(n)).append('\n');
        Article article = Article.of("long", "A season of new dramas", body.toString());
        Extraction x = new Extractor().extract(article);

        String analysed = article.title() + "\n\n" + x.clean().text();
        List<Sentence> sentences = x.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertThat(s.index()).isEqualTo(i);
            assertThat(analysed.substring(s.start(), s.end())).isEqualTo(s.text());
            if (i > 0) {
                assertThat(s.paragraph()).isBetween(sentences.get(i - 1).paragraph(), sentences.get(i - 1).paragraph() + 1);
            }
        }
        assertThat(sentences.get(sentences.size() - 1).paragraph()).isEqualTo(n + 1); // the headline is paragraph 0
        for (Mention m : x.mentions()) {
            assertThat(analysed.substring(m.start(), m.end())).isEqualTo(m.text());
            Sentence s = sentences.get(m.sentence());
            assertThat(m.start()).isBetween(s.start(), s.end());
        }
        for (ExtractedFact f : x.facts()) {
            for (Evidence e : f.sources()) {
                assertThat(sentences.get(e.sentence()).text()).isEqualTo(e.snippet());
                assertThat(article.text().substring(e.start(), e.end())).isEqualTo(e.snippet());
            }
        }
        // what the last part says is read there as when it stands alone under the headline
        List<CleanText> parts = Parts.of(new Cleaner().clean(article.title(), article.text()), Parts.SIZE);
        assertThat(parts).hasSize(2);
        List<String> alone = facts(new Extractor().extract(Article.of("part", article.title(), parts.get(1).text())));
        assertThat(alone).hasSizeGreaterThan(100);
        assertThat(facts(x)).containsAll(alone);
    }

    private static List<String> facts(Extraction x) {
        List<String> out = new ArrayList<>();
        for (ExtractedFact f : x.facts()) {
            if (f.confirmed()) {
                out.add(ExtractorTest.show(f.fact()));
            }
        }
        return out;
    }

    /** A casting paragraph about invented people with names made from the closed syllable lists above. */
    private static String paragraph(int n) {
        String actor = name(n, 0);
        String writer = name(n, 1);
        return "Actor " + actor + " will star in the new JTBC drama \"" + title(n) + "\". The drama was written by "
                + writer + " and premieres in March.";
    }

    private static String name(int n, int which) {
        int k = n * 2 + which;
        // every name of the article a different one (16 x 20 x 20 of them), so each paragraph reads as alone
        return SURNAMES[k % 16] + " " + SYLLABLES[(k / 16) % 20] + " " + SYLLABLES[(k / 320) % 20];
    }

    private static String title(int n) {
        String[] words = {"Winter", "Harbor", "Silver", "River", "Lantern", "Night", "Summer", "Garden", "Echo", "Road"};
        return words[n % 10] + " " + words[(n / 10) % 10] + " " + words[(n / 100) % 10] + " " + words[(n / 1000) % 10];
    }
}
