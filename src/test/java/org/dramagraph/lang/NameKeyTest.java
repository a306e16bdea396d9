package org.dramagraph.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void exactKeyFoldsCaseAccentsSpacesAndHyphens() {
        assertThat(NameKey.exact("Kim Ji-won")).isEqualTo(NameKey.exact("KIM JI WON")).isEqualTo("kimjiwon");
        assertThat(NameKey.exact("Sébastien Roché")).isEqualTo("sebastienroche");
    }

    @Test
    void looseKeyFoldsCommonSpellingsOfOneSyllable() {
        assertThat(NameKey.loose("Song Joong-ki")).isEqualTo(NameKey.loose("Song Jung Ki"));
        assertThat(NameKey.loose("Lee Do-hyun")).isEqualTo(NameKey.loose("Yi Do Hyeon"));
        assertThat(NameKey.loose("Kim Seok-jin")).isEqualTo(NameKey.loose("Kim Suk Jin"));
        assertThat(NameKey.loose("Park Gi-woong")).isEqualTo(NameKey.loose("Pak Ki Woong"));
        assertThat(NameKey.loose("Kim Sejeong")).isEqualTo(NameKey.loose("Kim Se Jeong"));
    }

    @Test
    void looseKeyStillTellsDifferentNamesApart() {
        assertThat(NameKey.loose("Song Joong-ki")).isNotEqualTo(NameKey.loose("Song Hye-kyo"));
        assertThat(NameKey.loose("Kim Ji-won")).isNotEqualTo(NameKey.loose("Kim Ji-woo"));
    }
}
