package org.dramagraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineStageTest {
    @Test
    void droppedLinesTakeTheirLineBreakAndParagraphsStay() {
        LineStage dropX = new LineStage(line -> line.equals("X") ? 0 : line.length());

        MappedText out = new BlankLines().apply(dropX.apply(MappedText.of("A\nX\nB\n\nX\n\nC\nX")));

        assertThat(out.text()).isEqualTo("A\nB\n\nC");
        assertThat(out.origin(out.text().indexOf('C'))).isEqualTo(10);
    }

    @Test
    void aCutLineKeepsItsHeadWithoutTrailingSpace() {
        LineStage cut = new LineStage(line -> line.indexOf('|') < 0 ? line.length() : line.indexOf('|'));

        assertThat(cut.apply(MappedText.of("caption | credit\nnext")).text()).isEqualTo("caption\nnext");
    }

    @Test
    void blankLinesShrinkToOneAndLeaveTheEnds() {
        assertThat(new BlankLines().apply(MappedText.of("\n\nA\n\n\n\nB\nC\n\n")).text()).isEqualTo("A\n\nB\nC");
    }
}
