package org.dramagraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dramagraph.source.Photo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditFilterTest {
    private final List<Photo> credits = new ArrayList<>();
    private final CreditFilter filter = new CreditFilter(credits::add);

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Photo: Example Agency; Example Agency",
            "(Photo credit: Studio North); Studio North",
            "Image source: Example Site; Example Site",
            "[Photo = Example News]; Example News",
            "Photos by Jane Doe/Example Wire; Jane Doe/Example Wire",
            "Courtesy of the production company.; the production company",
            "cr: Example TV; Example TV",
            "Photo: 'ABC' production company official account; 'ABC' production company official account"})
    void bareCreditLinesAreRemovedAndKept(String line, String credit) {
        assertThat(filter.keep(line)).isZero();
        assertThat(credits).containsExactly(new Photo(null, null, credit, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Jane Doe as the lawyer | Photo: Example TV; Jane Doe as the lawyer; Example TV",
            "The two leads on set Photo: Example TV; The two leads on set; Example TV",
            "A Love Story poster cr: Example TV; A Love Story poster; Example TV",
            "The cast at the press event (Image courtesy: Example Agency); The cast at the press event; Example Agency"})
    void captionsLoseTheirCreditTail(String line, String caption, String credit) {
        int keep = filter.keep(line);

        assertThat(line.substring(0, keep)).isEqualTo(caption);
        assertThat(credits).containsExactly(new Photo(null, caption, credit, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Photo: the actor poses with his co-star at the premiere",
            "Photo: Jane Doe is seen walking into the studio",
            "He took a photo: a selfie with the whole cast.",
            "The photo shoot was a success.",
            "Image: a long description of a scene that goes on and on with many more words than a credit",
            "Source: Example News"})
    void sentencesAreNotCredits(String line) {
        assertThat(filter.keep(line)).isEqualTo(line.length());
        assertThat(credits).isEmpty();
    }
}
