package org.dramagraph.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutletsTest {
    @Test
    void theOutletIsTheIdUpToItsFirstHyphen() {
        assertThat(Outlets.of("dramabeans-w-table-read")).isEqualTo("dramabeans");
        assertThat(Outlets.of("standalone")).isEqualTo("standalone");
    }

    @Test
    void noOutletIsInTwoFoldsAndFoldsAreBalanced() {
        List<String> ids = List.of("a-1", "a-2", "a-3", "b-1", "b-2", "c-1", "d-1", "e-1");
        Map<String, Integer> folds = Outlets.folds(ids, 3);

        // the biggest outlet first to the emptiest fold: a (3) to 0, b (2) to 1, c to 2, d to 2, e to 1
        assertThat(folds).containsExactlyInAnyOrderEntriesOf(Map.of(
                "a-1", 0, "a-2", 0, "a-3", 0, "b-1", 1, "b-2", 1, "c-1", 2, "d-1", 2, "e-1", 1));
    }
}
