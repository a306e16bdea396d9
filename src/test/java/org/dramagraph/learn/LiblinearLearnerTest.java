package org.dramagraph.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiblinearLearnerTest {
    /** "cue" says yes, "noise" says nothing, "rare" is seen once. */
    private static List<Example> examples() {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(new Example(new Features().add("cue").add(i % 2 == 0 ? "noise" : "other"), true));
            out.add(new Example(new Features().add(i % 2 == 0 ? "noise" : "other"), false));
        }
        out.add(new Example(new Features().add("rare"), true));
        return out;
    }

    @Test
    void learnsTheCueAndLeavesOutFeaturesSeenTooRarely() {
        LinearModel m = new LiblinearLearner(1, 2).train(examples());

        assertThat(m.weights()).containsKey("cue").doesNotContainKey("rare");
        assertThat(m.weights().get("cue")).isGreaterThan(1);
        assertThat(m.probability(new Features().add("cue"))).isGreaterThan(0.8);
        assertThat(m.probability(new Features().add("noise"))).isLessThan(0.3);
    }

    @Test
    void theSameExamplesGiveTheSameModel() {
        LinearModel a = new LiblinearLearner(0.3, 2).train(examples());
        LinearModel b = new LiblinearLearner(0.3, 2).train(examples());
        assertThat(a).isEqualTo(b);
    }

    @Test
    void oneAnswerOnlyGivesThePrior() {
        LinearModel m = new LiblinearLearner(1, 1).train(List.of(new Example(new Features().add("x"), false)));
        assertThat(m.weights()).isEmpty();
        assertThat(m.probability(new Features().add("x"))).isLessThan(0.01);
    }

    @Test
    void aModelSetReadsBackAsWritten(@TempDir Path dir) throws Exception {
        LinearModel m = new LiblinearLearner(1, 2).train(examples());
        var settings = JsonNodeFactory.instance.objectNode().put("learner", "test");
        ModelSet set = new ModelSet(Map.of("cue", m),
                Map.of("cue", new Calibration(new double[] {0.2, 0.8}, new double[] {0.1, 0.9})), settings);
        set.write(dir);
        ModelSet back = ModelSet.read(dir);

        Features f = new Features().add("cue").add("noise");
        assertThat(back.model("cue").probability(f)).isCloseTo(m.probability(f), org.assertj.core.api.Assertions.within(1e-4));
        assertThat(back.probabilities(f)[back.index("cue")]).isCloseTo(m.probability(f), org.assertj.core.api.Assertions.within(1e-4));
        assertThat(back.calibration("cue").values()).containsExactly(0.1, 0.9);
        assertThat(back.settings().path("learner").asText()).isEqualTo("test");
    }
}
