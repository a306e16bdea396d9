package org.dramagraph.extract;

import org.dramagraph.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dramagraph.source.Article;
import org.dramagraph.source.ArticleReader;
import org.dramagraph.source.ArticleSink;
import org.dramagraph.source.InputProblem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RelevanceFilterTest {
    private static final Path SHARED = SharedData.ROOT;
    private final RelevanceFilter filter = new RelevanceFilter();

    @Test
    void koreanNamesAndTradeWordsAreCounted() {
        RelevanceFilter.Evidence e = filter.evidence("Han Seo-yeon and Park Min Gyu lead a new tvN drama",
                "The Korean series airs on Netflix. Yoon-ah Lee plays a doctor in the first episode.");

        assertThat(e.koreanNames()).isEqualTo(3);
        assertThat(e.koreaWords()).isEqualTo(2); // "Korean", and tvN, a Korean broadcaster
        assertThat(e.networks()).isEqualTo(2);
        assertThat(e.tradeWords()).isEqualTo(6); // lead, drama, series, airs, plays, episode
        assertThat(filter.test(Article.of("a", "Han Seo-yeon and Park Min Gyu lead a new tvN drama",
                "The Korean series airs on Netflix."))).isTrue();
    }

    @Test
    void eachKindOfEvidenceAloneIsNotEnough() {
        Article politics = Article.of("p", "Summit in Seoul", "Moon Jae-in met Kim Jong-un; Korean officials said"
                + " talks with Lee Nak-yon and Chung Eui-yong would go on.");
        Article hollywood = Article.of("h", "A new series", "The drama series premiered on Netflix; the actress and"
                + " her co-star spoke about the episode, the cast and the trailer.");
        Article oneName = Article.of("o", "Fan convention", "Paul Sun-Hyung Lee talked about the series and its"
                + " premiere, the cast and the episode to come on the streaming service.");

        assertThat(filter.evidence(politics.title(), politics.text()).score()).isZero();
        assertThat(filter.test(politics)).isFalse();
        assertThat(filter.test(hollywood)).isFalse();
        assertThat(filter.test(oneName)).isFalse();
    }

    @Test
    void aLowerThresholdLetsMoreThrough() {
        Article thin = Article.of("t", "Kim Ji-won", "Kim Ji-won and Lee Min-ho appear in a drama episode.");
        double score = filter.evidence(thin.title(), thin.text()).score();

        assertThat(score).isPositive().isLessThan(RelevanceFilter.DEFAULT_THRESHOLD);
        assertThat(new RelevanceFilter(score).test(thin)).isTrue();
        assertThat(filter.test(thin)).isFalse();
    }

    @Test
    void everyDevArticleAndTheSeedAreAccepted() {
        List<Article> articles = read(folder("eval/dev/articles"), folder("seed"));

        assertThat(articles).hasSizeGreaterThanOrEqualTo(41);
        assertThat(articles).allSatisfy(a -> assertThat(filter.test(a))
                .as("%s: %s", a.id(), filter.evidence(a.title(), a.text())).isTrue());
    }

    @Test
    void nearlyAllGeneralNewsIsRejected() throws IOException {
        List<Article> news = SharedData.wikinews();
        List<String> accepted = news.stream().filter(filter).map(Article::title).toList();

        assertThat(news).hasSizeGreaterThan(250);
        // at most 1 in 100 general articles gets through to full extraction
        assertThat(accepted.size()).as("accepted: %s", accepted).isLessThanOrEqualTo(news.size() / 100);
    }

    private static Path folder(String relative) {
        Path p = SHARED.resolve(relative);
        Assumptions.assumeTrue(Files.isDirectory(p), "shared data not found: " + p);
        return p;
    }

    private static List<Article> read(Path... folders) {
        List<Article> out = new ArrayList<>();
        new ArticleReader().read(Stream.of(folders).map(Path::toString).toList(), new ArticleSink() {
            @Override
            public void article(Article article) {
                out.add(article);
            }

            @Override
            public void problem(InputProblem problem) {
                // gold files and other non-articles of the folders are not articles
            }
        });
        return out;
    }
}
