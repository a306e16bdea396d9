package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginBackoffTest {
    private final MovableClock clock = new MovableClock();
    private final LoginBackoff backoff = new LoginBackoff(clock);
    private int clients;

    /** An attempt from a client not seen before, so that only the name's tally can refuse it. */
    private Optional<LoginBackoff.Refusal> fromAnyClient(String name) {
        return backoff.attempt("10.0.0." + clients++, name);
    }

    @Test
    void theWaitDoublesAfterTheFreeFailuresUpToFifteenMinutes() {
        assertThat(LoginBackoff.delayAfter(0)).isZero();
        assertThat(LoginBackoff.delayAfter(4)).isZero();
        assertThat(LoginBackoff.delayAfter(5)).hasSeconds(1);
        assertThat(LoginBackoff.delayAfter(6)).hasSeconds(2);
        assertThat(LoginBackoff.delayAfter(7)).hasSeconds(4);
        assertThat(LoginBackoff.delayAfter(14)).hasSeconds(512);
        assertThat(LoginBackoff.delayAfter(15)).hasMinutes(15);
        assertThat(LoginBackoff.delayAfter(1_000)).hasMinutes(15);
    }

    @Test
    void aNameWaitsAfterFiveFailuresFromAnyClientAndTwiceAsLongAfterEachMore() {
        for (int i = 0; i < 5; i++) {
            assertThat(fromAnyClient("somebody")).as("failure %d is free", i + 1).isEmpty();
        }
        assertThat(fromAnyClient("somebody")).contains(refusal(LoginBackoff.Reason.NAME, 1000));
        assertThat(fromAnyClient("somebody else")).as("other names are not held up").isEmpty();
        clock.advance(Duration.ofMillis(999));
        LoginBackoff.Refusal last = fromAnyClient("somebody").orElseThrow();
        assertThat(last.delay()).hasMillis(1);
        assertThat(last.retryAfterSeconds()).as("rounded up").isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(fromAnyClient("somebody")).as("the sixth failure").isEmpty();
        assertThat(fromAnyClient("somebody")).contains(refusal(LoginBackoff.Reason.NAME, 2000));
        clock.advance(Duration.ofSeconds(2));
        assertThat(fromAnyClient("somebody")).isEmpty();
        LoginBackoff.Refusal third = fromAnyClient("somebody").orElseThrow();
        assertThat(third.delay()).hasSeconds(4);
        assertThat(third.retryAfterSeconds()).isEqualTo(4);
    }

    @Test
    void aRefusedAttemptDoesNotLengthenTheWait() {
        for (int i = 0; i < 5; i++) {
            fromAnyClient("somebody");
        }
        for (int i = 0; i < 20; i++) {
            assertThat(fromAnyClient("somebody")).isPresent();
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(fromAnyClient("somebody")).isEmpty();
    }

    @Test
    void aSuccessClearsTheNamesFailures() {
        for (int i = 0; i < 5; i++) {
            fromAnyClient("somebody");
        }
        clock.advance(Duration.ofSeconds(1));
        assertThat(fromAnyClient("somebody")).isEmpty();
        backoff.succeeded("somebody");
        for (int i = 0; i < 5; i++) {
            assertThat(fromAnyClient("somebody")).as("free again: %d", i + 1).isEmpty();
        }
        assertThat(fromAnyClient("somebody")).contains(refusal(LoginBackoff.Reason.NAME, 1000));
    }

    @Test
    void aClientMakesTenAttemptsAMinuteWhateverTheNames() {
        for (int i = 0; i < 10; i++) {
            assertThat(backoff.attempt("192.0.2.1", "name " + i)).isEmpty();
        }
        assertThat(backoff.attempt("192.0.2.1", "name 10")).contains(refusal(LoginBackoff.Reason.CLIENT, 60_000));
        assertThat(backoff.attempt("192.0.2.2", "name 10")).as("another client").isEmpty();
        clock.advance(Duration.ofSeconds(45));
        assertThat(backoff.attempt("192.0.2.1", "name 11")).contains(refusal(LoginBackoff.Reason.CLIENT, 15_000));
        clock.advance(Duration.ofSeconds(15));
        assertThat(backoff.attempt("192.0.2.1", "name 11")).isEmpty();
    }

    @Test
    void anAttemptRefusedForItsClientIsNotCountedAgainstTheName() {
        for (int i = 0; i < 10; i++) {
            backoff.attempt("192.0.2.1", "name " + i);
        }
        for (int i = 0; i < 10; i++) {
            assertThat(backoff.attempt("192.0.2.1", "somebody")).contains(refusal(LoginBackoff.Reason.CLIENT, 60_000));
        }
        for (int i = 0; i < 5; i++) {
            assertThat(fromAnyClient("somebody")).as("failure %d is free", i + 1).isEmpty();
        }
    }

    @Test
    void manyNamesAndClientsTakeBoundedMemoryAndAreForgotten() {
        LoginBackoff small = new LoginBackoff(clock, 10_000); // weight 64 + 2 per character: fewer than 157 entries each
        for (int i = 0; i < 100_000; i++) {
            small.attempt("client " + i, "name " + i);
        }
        assertThat(small.tracked()).isPositive().isLessThanOrEqualTo(2 * 157);
        clock.advance(LoginBackoff.FORGET);
        assertThat(small.tracked()).isZero();
    }

    private static LoginBackoff.Refusal refusal(LoginBackoff.Reason reason, long millis) {
        return new LoginBackoff.Refusal(reason, Duration.ofMillis(millis));
    }
}
