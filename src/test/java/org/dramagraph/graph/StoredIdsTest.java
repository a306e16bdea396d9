package org.dramagraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dramagraph.clean.CleanText;
import org.dramagraph.extract.Extraction;
import org.dramagraph.source.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link GraphStore#storedIds}: what {@link GraphStore#ingest} would leave unchanged, found in batches. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class StoredIdsTest {
    @TempDir
    Path dir;

    @Parameter
    StoreKind kind;

    @Test
    void findsWhatIngestWouldLeaveUnchangedAndUnderWhichId() {
        try (GraphStore graph = GraphStore.open(kind.create(dir))) {
            graph.ingest(extraction(Article.of("b", "Reunion", "Kim Ji-won plays Hong Hae-in.")));
            Article same = Article.of("b", "Reunion", "Kim Ji-won plays Hong Hae-in.");
            Article copy = Article.of("a", "Reunion", "Kim Ji-won plays Hong Hae-in.");
            Article fresh = Article.of("d", "Reunion", "Nothing like it is stored.");
            Article update = Article.of("b", "Reunion", "Kim Ji-won plays someone else.");

            assertThat(graph.storedIds(List.of(same, copy, fresh, update)))
                    .containsExactly(Optional.of("b"), Optional.of("b"), Optional.empty(), Optional.empty());

            // what ingest does with them, the ones that change nothing first
            assertThat(graph.ingest(extraction(same))).extracting(IngestResult::outcome, IngestResult::articleId)
                    .containsExactly(IngestResult.Outcome.UNCHANGED, "b");
            assertThat(graph.ingest(extraction(copy))).extracting(IngestResult::outcome, IngestResult::articleId)
                    .containsExactly(IngestResult.Outcome.UNCHANGED, "b");
            assertThat(graph.ingest(extraction(fresh)).outcome()).isEqualTo(IngestResult.Outcome.NEW);
            assertThat(graph.ingest(extraction(update)).outcome()).isEqualTo(IngestResult.Outcome.UPDATED);
            assertThat(graph.storedIds(List.of(same, copy, update)))
                    .containsExactly(Optional.empty(), Optional.empty(), Optional.of("b"));
        }
    }

    @Test
    void answersForManyArticlesInTheirOrder() {
        try (GraphStore graph = GraphStore.open(kind.create(dir))) {
            List<Article> asked = new ArrayList<>();
            List<Optional<String>> expected = new ArrayList<>();
            for (int i = 0; i < 1_300; i++) {
                Article a = Article.of("file-" + i, "Story " + i, "Kim Ji-won is in story number " + i + ".");
                asked.add(a);
                Article stored = switch (i % 3) {
                    case 0 -> a;
                    case 1 -> Article.of("other-" + i, a.title(), a.text());
                    default -> null;
                };
                if (stored != null) {
                    graph.ingest(extraction(stored));
                }
                expected.add(Optional.ofNullable(stored).map(Article::id));
            }
            assertThat(asked.size()).isGreaterThan(2 * ArticleWriter.LOOKUP_BATCH);

            assertThat(graph.storedIds(asked)).containsExactlyElementsOf(expected);
        }
    }

    private static Extraction extraction(Article a) {
        return new Extraction(a, CleanText.unchanged(a.text()), 0, List.of(), List.of(), Map.of(), List.of(), List.of());
    }
}
