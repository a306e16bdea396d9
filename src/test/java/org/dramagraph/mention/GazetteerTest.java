package org.dramagraph.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    @Test
    void matchesTheLongestKnownNameAtAPosition() {
        Gazetteer known = new Gazetteer();
        known.add(List.of("Salt", "Road"), MentionType.WORK);
        known.add(List.of("Salt", "Road", "Season", "2"), MentionType.WORK);
        assertThat(known.match(List.of("the", "Salt", "Road", "Season", "2", "finale"), 1).words())
                .containsExactly("Salt", "Road", "Season", "2");
        assertThat(known.match(List.of("Salt", "Road", "is", "back"), 0).words()).containsExactly("Salt", "Road");
        assertThat(known.match(List.of("salt", "road"), 0)).isNull();
    }

    @Test
    void tellsWhichFirstWordsChangedSinceAVersion() {
        Gazetteer known = new Gazetteer();
        known.add(List.of("Salt", "Road"), MentionType.WORK);
        int version = known.version();
        known.add(List.of("Salt", "Road"), MentionType.WORK); // the same again: nothing changes
        assertThat(known.firstWordsChangedSince(version)).isEmpty();
        known.add(List.of("Baek", "Min", "Ha"), MentionType.PERSON);
        known.add(List.of("Salt", "Road"), MentionType.CHARACTER);
        assertThat(known.firstWordsChangedSince(version)).containsExactlyInAnyOrder("baek", "salt");
        assertThat(known.firstWordsChangedSince(known.version())).isEmpty();
        assertThat(new Gazetteer(known).firstWordsChangedSince(version)).containsExactlyInAnyOrder("baek", "salt");
    }
}
