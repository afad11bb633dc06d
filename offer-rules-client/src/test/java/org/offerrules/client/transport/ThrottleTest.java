package org.offerrules.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    /** link-check's settings: a window of 30 s without Retry-After, at most 10 minutes. */
    private static Throttle affiliTest() {
        return Throttle.of(50, Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofMinutes(10));
    }

    private static Duration hold(String header) {
        return affiliTest().slowDown(Throttle.retryAfter(header, NOW));
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        assertThat(Throttle.retryAfter(" 3 ", NOW)).contains(Duration.ofSeconds(3));
        assertThat(Throttle.retryAfter("Sun, 01 Mar 2026 12:00:42 GMT", NOW)).contains(Duration.ofSeconds(42));
        assertThat(Throttle.retryAfter("Thu, 01 Jan 1970 00:00:00 GMT", NOW)).contains(Duration.ZERO);
        // the header is digits only: a sign, a fraction or a word is no Retry-After
        for (String bad : new String[] {"-5", "+5", "1.5", "soon", ""}) {
            assertThat(Throttle.retryAfter(bad, NOW)).as(bad).isEmpty();
        }
    }

    /**
     * RFC 9110 (5.6.7): a recipient reads the two obsolete forms of an HTTP date too. An hour ahead in
     * one of them was no date at all, and a 429 that asked for it was waited out for the fallback only
     * (then asked again, and throttled again) or, in link-check, waited for instead of refused as
     * longer than the timeout.
     */
    @Test
    void retryAfterReadsEveryFormOfAnHttpDate() {
        assertThat(Throttle.retryAfter("Sunday, 01-Mar-26 12:00:42 GMT", NOW)).contains(Duration.ofSeconds(42));
        assertThat(Throttle.retryAfter("SUNDAY, 01-MAR-26 13:00:00 GMT", NOW)).contains(Duration.ofHours(1));
        assertThat(Throttle.retryAfter("Sun Mar  1 12:00:42 2026", NOW)).contains(Duration.ofSeconds(42));
        assertThat(Throttle.retryAfter("Sun Mar 1 12:00:42 2026", NOW)).contains(Duration.ofSeconds(42));
        assertThat(Throttle.retryAfter("Sun Mar  1 12:00:00 1994", NOW)).contains(Duration.ZERO);
        // a two-digit year is the latest one not more than 50 years ahead: 76 is 2076, 77 is 1977
        assertThat(Throttle.retryAfter("Sunday, 01-Mar-76 12:00:00 GMT", NOW))
                .contains(Duration.between(NOW, Instant.parse("2076-03-01T12:00:00Z")));
        assertThat(Throttle.retryAfter("Tuesday, 01-Mar-77 12:00:00 GMT", NOW)).contains(Duration.ZERO);
        // a leading zero does not make a number of seconds long
        assertThat(Throttle.retryAfter("0000000000000000000", NOW)).contains(Duration.ZERO);
        assertThat(Throttle.retryAfter("0000000000000000007", NOW)).contains(Duration.ofSeconds(7));
        for (String bad : new String[] {"Sunday, 32-Mar-26 12:00:00 GMT", "Sunday, 01-Mar-26 12:00:00 PST",
                "Sun Mar 32 12:00:00 2026", "Sun, 01 Mar 26", "Sunday,", ",", " "}) {
            assertThat(Throttle.retryAfter(bad, NOW)).as(bad).isEmpty();
        }
    }

    @Test
    void aHoldIsKeptToASaneRange() {
        assertThat(hold("-5")).isEqualTo(hold("-9223372036854775808")).isEqualTo(hold("soon")).isEqualTo(Duration.ofSeconds(30));
        assertThat(hold("0")).isEqualTo(Duration.ofSeconds(1));
        assertThat(hold("3")).isEqualTo(Duration.ofSeconds(3));
        assertThat(hold("9223372036854775807")).isEqualTo(hold("99999999999999999999999")).isEqualTo(Duration.ofMinutes(10));
        assertThat(hold("Thu, 01 Jan 1970 00:00:00 GMT")).isEqualTo(Duration.ofSeconds(1));
        assertThat(hold("Fri, 31 Dec 9999 23:59:59 GMT")).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aHoldKeepsTheNextTurnBackAndAShorterOneDoesNotShortenIt() throws InterruptedException {
        Throttle throttle = Throttle.of(100, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(5));
        throttle.take();
        long start = System.nanoTime();
        throttle.slowDown(Optional.of(Duration.ofMillis(1400)));
        throttle.slowDown(Optional.of(Duration.ofMillis(1010)));
        throttle.take();
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(1400);
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aCallerWithAShorterLimitDoesNotWaitForALongHold() throws InterruptedException {
        Throttle throttle = affiliTest();
        assertThat(throttle.held()).isZero();
        assertThat(throttle.take(Duration.ofSeconds(2))).isTrue();
        throttle.slowDown(Throttle.retryAfter("3600", NOW));
        // held for the longest hold, 10 minutes; a caller allowed 2 s gives up at once, without a turn
        assertThat(throttle.held()).isGreaterThan(Duration.ofMinutes(9)).isLessThanOrEqualTo(Duration.ofMinutes(10));
        assertThat(throttle.take(Duration.ofSeconds(2))).isFalse();
        assertThat(throttle.take(Duration.ofNanos(-1))).isFalse();
    }

    @Test
    void turnsAreAWholeIntervalApartEvenAfterAQuietSpell() throws InterruptedException {
        // 10 per second: turns 100 ms apart. A quiet spell ending late in an interval (190 ms after the
        // first turn) must not let two turns go out 10 ms apart across the interval's end
        Throttle throttle = Throttle.of(10, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(5));
        throttle.take();
        Thread.sleep(190);
        throttle.take();
        long first = System.nanoTime();
        throttle.take();
        assertThat((System.nanoTime() - first) / 1_000_000).isGreaterThanOrEqualTo(90);
    }

    @Test
    void theLongestHoldMayNotBeShorterThanTheShortest() {
        assertThatThrownBy(() -> Throttle.of(1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofMillis(999))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the longest wait after a throttled answer is shorter than the shortest, 1 s: PT0.999S");
        assertThat(Throttle.of(1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(1), Duration.ofSeconds(5))
                .slowDown(Optional.empty())).isEqualTo(Throttle.MIN_HOLD);
    }
}
