package org.dramagraph.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.dramagraph.extract.Analysis;
import org.dramagraph.extract.Extractor;
import org.dramagraph.source.Article;
import org.junit.jupiter.api.Test;

/** How a sentence reads to the relation features: items, lists, and what lies between a pair. */
class InstanceFeaturesTest {
    private static ArticleView view(String title, String body) {
        Analysis a = new Extractor().analyse(Article.of("t", title, body));
        return new ArticleView(a);
    }

    /** The instances of the candidate pair of a person (or network) and a work, named as the article names them. */
    private static List<Pairs.Instance> instances(ArticleView view, String a, String b) {
        Pairs pairs = Pairs.of(view, List.of(), List.of());
        return pairs.all().stream().filter(p -> p.kind() != Pairs.Kind.PERSON_CHARACTER && p.a().name().equals(a)
                && p.b().name().equals(b)).findFirst().map(Pairs.Pair::instances).orElse(List.of());
    }

    private static List<String> values(Pairs.Instance i, String prefix) {
        return i.features().names().stream().filter(n -> n.startsWith(prefix + "=")).map(n -> n.substring(prefix.length() + 1))
                .toList();
    }

    @Test
    void aSentenceIsItsWordsWithEachNameAsItsKindAndQuoteMarksLeftOut() {
        ArticleView view = view("", "Han Seo-jin, Kwon Do-yun and Lim Ha-eun are starring in “Winter Letters”.");
        ArticleView.Row row = view.rows().get(0);

        assertThat(Arrays.asList(row.words())).containsExactly("P", ",", "P", "and", "P", "are", "star", "in", "W", ".");
        assertThat(Lists.span(row, 2)).containsExactly(0, 4);
        assertThat(Lists.span(row, 8)).containsExactly(8, 8);
    }

    @Test
    void everyNameOfAListReadsFromTheListsEdge() {
        ArticleView view = view("", "Han Seo-jin, Kwon Do-yun and Lim Ha-eun are starring in “Winter Letters”.");
        for (String person : List.of("Han Seo-jin", "Kwon Do-yun", "Lim Ha-eun")) {
            List<Pairs.Instance> instances = instances(view, person, "Winter Letters");
            assertThat(instances).hasSize(1);
            assertThat(values(instances.get(0), "s:btw")).containsExactly("ab:are star in");
            assertThat(values(instances.get(0), "aList")).containsExactly("3");
        }
    }

    @Test
    void aWorkInAParenthesisAfterTheNameReadsAsThatParenthesis() {
        ArticleView view = view("", "Kwon Do-yun (“Blue Hour”, “Paper Cranes”) joins the cast.");
        List<Pairs.Instance> instances = instances(view, "Kwon Do-yun", "Paper Cranes");
        assertThat(values(instances.get(0), "s:btw")).containsExactly("ab:(");
    }

    @Test
    void aPronounStandsForThePersonNamedLast() {
        ArticleView view = view("", "Kwon Do-yun returns to television. He is known for “Blue Hour”.");
        List<Pairs.Instance> instances = instances(view, "Kwon Do-yun", "Blue Hour");

        // one through the pronoun; one for the first sentence, which stands under the article's only work
        assertThat(instances).hasSize(2);
        Pairs.Instance i = instances.get(0);
        assertThat(values(i, "pronoun")).containsExactly("he");
        assertThat(values(instances.get(1), "x:links")).containsExactly("main/");
        assertThat(values(i, "s:btw")).containsExactly("he:is known for");
        // evidence: the sentence read, and the one naming the person
        assertThat(i.sentence()).isEqualTo(1);
        assertThat(i.linked()).isEqualTo(0);
    }

    @Test
    void aNameApartFromTheWorkReadsThroughTheWorkNamedLastAndTheMainWork() {
        ArticleView view = view("Casting news", "“Winter Letters”\n\nCast: Han Seo-jin, Kwon Do-yun\n\n“Blue Hour”\n\nCast: Lim Ha-eun");
        List<Pairs.Instance> blueHour = instances(view, "Lim Ha-eun", "Blue Hour");
        List<Pairs.Instance> winterLetters = instances(view, "Lim Ha-eun", "Winter Letters");

        assertThat(blueHour).hasSize(1);
        // Blue Hour is named last and in the sentence before; Winter Letters, named first, is the main work
        assertThat(values(blueHour.get(0), "x:links")).containsExactly("last+prev/main");
        assertThat(winterLetters).hasSize(1);
        assertThat(values(winterLetters.get(0), "x:links")).containsExactly("main/last");
    }
}
