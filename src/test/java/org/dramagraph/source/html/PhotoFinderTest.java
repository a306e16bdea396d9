package org.dramagraph.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhotoFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The cast at the premiere. (Photo: Studio Wave)            | The cast at the premiere.            | Studio Wave",
        "The cast at the premiere. Photo by Kim Jae-hoon           | The cast at the premiere.            | Kim Jae-hoon",
        "The cast at the premiere. © Studio Wave                   | The cast at the premiere.            | Studio Wave",
        "The cast at the premiere [File: Studio Wave]              | The cast at the premiere             | Studio Wave",
        "The cast at the premiere (AP Photo/Kim Jae-hoon)          | The cast at the premiere             | AP Photo/Kim Jae-hoon",
        "The cast at the premiere. (AFP)                           | The cast at the premiere.            | AFP",
        "Traders on the floor, New York. REUTERS/Kim Jae-hoon      | Traders on the floor, New York.      | REUTERS/Kim Jae-hoon",
        "배우들이 제작발표회에 참석했다. (사진=스튜디오웨이브 제공) | 배우들이 제작발표회에 참석했다.      | 스튜디오웨이브 제공",
        "The cast at the premiere in Seoul (left to right)         | The cast at the premiere in Seoul (left to right) | ",
    })
    void splitsCreditsOffCaptions(String caption, String expectedCaption, String expectedCredit) {
        String[] split = PhotoFinder.splitCredit(caption);
        assertThat(split[0]).isEqualTo(expectedCaption);
        assertThat(split[1]).isEqualTo(expectedCredit);
    }
}
