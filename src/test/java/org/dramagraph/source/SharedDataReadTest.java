package org.dramagraph.source;

import org.dramagraph.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The real articles of ../shared read without a problem (skipped where ../shared is not there). */
class SharedDataReadTest {
    @Test
    void devArticlesAreReadWithTheirOwnIds() throws IOException {
        Path folder = SharedData.folder("eval/dev/articles");
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
        }
        Collected got = new Collected();

        new ArticleReader().read(List.of(folder.toString()), got);

        assertThat(got.problems).isEmpty();
        assertThat(got.ids()).isEqualTo(names).hasSizeGreaterThanOrEqualTo(40);
        assertThat(got.articles).allSatisfy(a -> assertThat(a.text()).isNotBlank());
        assertThat(got.articles).anySatisfy(a -> assertThat(a.published()).isNull())
                .anySatisfy(a -> assertThat(a.published()).isNotNull());
    }

    @Test
    void benchmarkPagesAreReadOrReportedOneLineEach() {
        Path folder = SharedData.folder("bench/article-extraction/html");
        Collected got = new Collected();

        new ArticleReader().read(List.of(folder.toString()), got);

        assertThat(got.articles.size() + got.problems.size()).isGreaterThanOrEqualTo(181);
        assertThat(got.articles.size()).isGreaterThan(150);
        assertThat(got.problems).allSatisfy(p -> assertThat(p.input()).startsWith(folder.toString()).endsWith(".html.gz"));
        assertThat(got.articles).allSatisfy(a -> assertThat(a.id()).matches("[0-9a-f]{64}"));
    }

    @Test
    void seedArticleIsReadAsPlainText() throws IOException {
        Path seed;
        try (Stream<Path> files = Files.list(SharedData.folder("seed"))) {
            seed = files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        Collected got = new Collected();

        new ArticleReader().read(List.of(seed.toString()), got);

        assertThat(got.problems).isEmpty();
        Article a = got.articles.get(0);
        assertThat(a.title()).isEqualTo(Files.readAllLines(seed).get(0).strip());
        assertThat(a.text()).hasSizeGreaterThan(1000);
    }
}
