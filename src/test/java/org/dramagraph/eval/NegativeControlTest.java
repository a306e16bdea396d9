package org.dramagraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dramagraph.SharedData;
import org.dramagraph.extract.Extractor;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.source.Article;
import org.junit.jupiter.api.Test;

/** General news (the Wikinews sample) states almost no drama facts: the negative control for precision. */
class NegativeControlTest {
    @Test
    void generalNewsYieldsAlmostNoDramaFacts() throws IOException {
        List<Article> news = SharedData.wikinews();
        Extractor extractor = new Extractor();
        List<String> confirmed = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Article a : news) {
            for (ExtractedFact f : extractor.extract(a).facts()) {
                all.add(a.id() + " " + f.fact());
                if (f.confirmed()) {
                    confirmed.add(a.id() + " " + f.fact());
                }
            }
        }
        assertThat(news).hasSizeGreaterThan(250);
        // what extraction asserts (confirmed facts) at most one in 50 articles; with the unsure ones, one in 25
        assertThat(confirmed).as("confirmed facts read from general news").hasSizeLessThanOrEqualTo(news.size() / 50);
        assertThat(all).as("facts read from general news").hasSizeLessThanOrEqualTo(news.size() / 25);
    }
}
