package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    static final long LONG_AGO = System.nanoTime() - 60_000_000_000L;

    @Test
    void drawsFilesArticlesAndRateOnOneLineOnceARunIsLong() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true, 4, LONG_AGO);

        bar.article("in/a.jsonl:1");
        bar.article("in/a.jsonl:2");

        assertThat(err.toString()).startsWith("\r[#######-----------------------] 1/4 files, 1 articles, ");
        assertThat(bar.render(LONG_AGO + 2_000_000_000L))
                .isEqualTo("[#######-----------------------] 1/4 files, 2 articles, 1.0/s");
    }

    @Test
    void linesPrintedDuringTheRunClearTheBarFirstAndCloseLeavesAnEmptyLine() {
        StringWriter err = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(err), true, 2, LONG_AGO)) {
            bar.article("a.txt");
            bar.println("dramagraph: b.json: broken");
        }
        String[] parts = err.toString().split("\r", -1);
        assertThat(parts[2]).isBlank();
        assertThat(parts[3]).isEqualTo("dramagraph: b.json: broken\n");
    }

    @Test
    void drawsNothingWhenDisabledOrInTheFirstSecond() {
        StringWriter disabled = new StringWriter();
        new ProgressBar(new PrintWriter(disabled), false, 2, LONG_AGO).article("a.txt");
        StringWriter quick = new StringWriter();
        new ProgressBar(new PrintWriter(quick), true, 2).article("a.txt");

        assertThat(disabled.toString()).isEmpty();
        assertThat(quick.toString()).isEmpty();
    }
}
