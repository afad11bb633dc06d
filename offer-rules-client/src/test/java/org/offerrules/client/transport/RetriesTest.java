package org.offerrules.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.failsafe.Failsafe;

class RetriesTest {

    @Test
    void aThrottledAnswerIsSentAgainAtOnceUpToTheRetriesThenGivenBack() {
        AtomicInteger attempts = new AtomicInteger();
        Integer last = Failsafe.with(Retries.<Integer>throttled(status -> status == 429, status -> status, 2)).get(() -> {
            attempts.incrementAndGet();
            return 429;
        });
        assertThat(last).isEqualTo(429);
        assertThat(attempts).hasValue(3);

        attempts.set(0);
        assertThat(Failsafe.with(Retries.<Integer>throttled(status -> status == 429, status -> status, 2)).get(() -> {
            attempts.incrementAndGet();
            return 400;
        })).isEqualTo(400);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aFailingServerIsSentAgainAfterADoublingBackOffAndOnlyTheFailuresNamedAreRetried() {
        List<Long> at = new ArrayList<>();
        Integer answer = Failsafe.with(Retries.<Integer>busy(status -> status >= 500, f -> false, status -> status, 3, Duration.ofMillis(50),
                Duration.ofMillis(400))).get(() -> {
                    at.add(System.nanoTime());
                    return at.size() < 3 ? 503 : 200;
                });
        assertThat(answer).isEqualTo(200);
        assertThat(at).hasSize(3);
        assertThat((at.get(1) - at.get(0)) / 1_000_000).isGreaterThanOrEqualTo(45);
        assertThat((at.get(2) - at.get(1)) / 1_000_000).isGreaterThanOrEqualTo(95);

        AtomicInteger attempts = new AtomicInteger();
        assertThat(Failsafe.with(Retries.<Integer>busy(status -> status >= 500, IllegalStateException.class::isInstance, status -> status, 2,
                Duration.ofMillis(1), Duration.ofMillis(2))).get(() -> {
                    if (attempts.incrementAndGet() < 3) {
                        throw new IllegalStateException("no answer");
                    }
                    return 200;
                })).isEqualTo(200);
        attempts.set(0);
        assertThatThrownBy(() -> Failsafe.with(Retries.<Integer>busy(status -> status >= 500,
                IllegalStateException.class::isInstance, status -> status, 2, Duration.ofMillis(1), Duration.ofMillis(2))).get(() -> {
                    attempts.incrementAndGet();
                    throw new IllegalArgumentException("not retried");
                })).isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }
}
