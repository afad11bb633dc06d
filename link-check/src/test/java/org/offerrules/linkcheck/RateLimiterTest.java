package org.offerrules.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The limiter on a virtual clock: sleeping advances time, nothing really waits. */
class RateLimiterTest {

    /** A clock that only moves when someone sleeps, or when told. */
    static final class VirtualTicker implements Ticker {
        long now;

        @Override
        public synchronized long nanos() {
            return now;
        }

        @Override
        public synchronized void sleep(long nanos) {
            now += nanos;
        }

        synchronized void advance(long nanos) {
            now += nanos;
        }
    }

    private static final long MS = 1_000_000;

    @Test
    void neverMoreThanTheLimitInAnyWindow() throws InterruptedException {
        VirtualTicker clock = new VirtualTicker();
        RateLimiter limiter = new RateLimiter(new RateLimit(5, Duration.ofSeconds(1)), clock);
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            limiter.acquire();
            sent.add(clock.nanos());
            clock.advance(7 * MS); // the request travels
            limiter.release();
        }
        for (int i = 5; i < sent.size(); i++) {
            // the sixth request after any request is sent at least a window after the answer of the first
            assertThat(sent.get(i) - sent.get(i - 5)).isGreaterThanOrEqualTo(1000 * MS + 7 * MS);
        }
        // and no slower than needed: the sixth goes out exactly when the first one's window ends
        assertThat(sent.get(5)).isEqualTo(sent.get(0) + 7 * MS + 1000 * MS);
    }

    @Test
    void theFirstRequestsGoAtOnce() throws InterruptedException {
        VirtualTicker clock = new VirtualTicker();
        RateLimiter limiter = new RateLimiter(new RateLimit(50, Duration.ofSeconds(30)), clock);
        for (int i = 0; i < 50; i++) {
            limiter.acquire();
            limiter.release();
        }
        assertThat(clock.nanos()).isZero();
        limiter.acquire();
        assertThat(clock.nanos()).isEqualTo(Duration.ofSeconds(30).toNanos());
    }

    @Test
    void aPauseHoldsBackTheNextRequest() throws InterruptedException {
        VirtualTicker clock = new VirtualTicker();
        RateLimiter limiter = new RateLimiter(new RateLimit(5, Duration.ofSeconds(1)), clock);
        limiter.acquire();
        limiter.release();
        limiter.pause(Duration.ofSeconds(3).toNanos());
        limiter.pause(Duration.ofSeconds(1).toNanos()); // a shorter pause does not shorten the first
        limiter.acquire();
        assertThat(clock.nanos()).isEqualTo(Duration.ofSeconds(3).toNanos());
    }

    @Test
    void rateText() {
        assertThat(RateLimit.parse("50/30s")).isEqualTo(RateLimit.AFFILITEST);
        assertThat(RateLimit.parse("5/200ms")).isEqualTo(new RateLimit(5, Duration.ofMillis(200)));
        assertThat(RateLimit.parse("1/2m").toString()).isEqualTo("1/120s");
        for (String bad : new String[] {"50", "0/1s", "5/0s", "a/1s", "5/1h", "-5/1s"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> RateLimit.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
