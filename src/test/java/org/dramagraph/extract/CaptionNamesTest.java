package org.dramagraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dramagraph.source.Article;
import org.dramagraph.source.Photo;
import org.junit.jupiter.api.Test;

class CaptionNamesTest {
    private static final String TEXT = "Han Seo Yeon plays Yoon Bada in 'Salt and Starlight', which airs on tvN."
            + " The drama is directed by Laura Brennan, who said the harbour scenes were shot in winter."
            + " Park Min-gyu wrote the series. Seo-yeon said she learned to sail for the role.";

    private final Extractor extractor = new Extractor();

    private Extraction extract(Photo... photos) {
        return extractor.extract(new Article("a", "a", null, "A lighthouse drama", null, TEXT, List.of(photos)));
    }

    @Test
    void captionsNameThePeopleOfTheArticleInTheirFullestForm() {
        Photo pair = new Photo("https://img.example/1.jpg", "Han Seo-yeon and Park Min-gyu at the press conference in Seoul.",
                "tvN", null);
        Photo short1 = new Photo("https://img.example/2.jpg", "Seo-yeon on the set of the drama", null, null);
        Photo director = new Photo("https://img.example/3.jpg", "Director Laura Brennan with the crew", null, null);

        Extraction x = extract(pair, short1, director);

        assertThat(x.people(pair)).containsExactly("Han Seo Yeon", "Park Min-gyu");
        assertThat(x.people(short1)).containsExactly("Han Seo Yeon");
        assertThat(x.people(director)).containsExactly("Laura Brennan");
    }

    @Test
    void aFullKoreanNameTheTextDoesNotWriteStillCounts() {
        Photo guest = new Photo("https://img.example/4.jpg", "Kim Tae-hee arrives at the premiere", null, null);

        assertThat(extract(guest).people(guest)).containsExactly("Kim Tae-hee");
    }

    @Test
    void placesShowsAndEmptyCaptionsNameNobody() {
        Photo place = new Photo("https://img.example/5.jpg", "The lighthouse of Salt and Starlight at dawn, in Seoul",
                null, null);
        Photo bare = new Photo("https://img.example/6.jpg", null, "Drama Daily", null);

        Extraction x = extract(place, bare);

        assertThat(x.people(place)).isEmpty();
        assertThat(x.people(bare)).isEmpty();
    }

    @Test
    void theAltTextStandsInForAMissingCaption() {
        Photo alt = new Photo("https://img.example/7.jpg", null, null, "Park Min-gyu at his desk");

        assertThat(extract(alt).people(alt)).containsExactly("Park Min-gyu");
    }
}
