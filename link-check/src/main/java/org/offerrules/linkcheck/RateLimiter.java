package org.offerrules.linkcheck;

import java.util.ArrayDeque;

/**
 * A sliding-window limiter shared by every thread of a client: at most {@code limit} requests in any
 * window. A request holds its slot from {@link #acquire} until a window after {@link #release} (its
 * answer), so that however long it travels, the server never sees more than the limit in a window.
 * {@link #pause} holds every thread back, e.g. for a {@code Retry-After}.
 */
final class RateLimiter {

    /** How long a thread sleeps at most before looking again while every slot is in flight. */
    private static final long POLL_NANOS = 5_000_000;

    private final int limit;
    private final long window;
    private final Ticker ticker;
    /** The release times of the requests answered within the last window, oldest first. */
    private final ArrayDeque<Long> released = new ArrayDeque<>();
    private int inFlight;
    private long notBefore;
    private boolean paused;

    RateLimiter(RateLimit rate, Ticker ticker) {
        this.limit = rate.requests();
        this.window = rate.window().toNanos();
        this.ticker = ticker;
    }

    /** Waits for a free slot and takes it. */
    void acquire() throws InterruptedException {
        while (true) {
            long wait;
            synchronized (this) {
                long now = ticker.nanos();
                while (!released.isEmpty() && now - released.peekFirst() >= window) {
                    released.removeFirst();
                }
                if (paused && now - notBefore < 0) {
                    wait = notBefore - now;
                } else if (released.size() + inFlight < limit) {
                    inFlight++;
                    return;
                } else if (!released.isEmpty()) {
                    wait = released.peekFirst() + window - now;
                } else {
                    wait = POLL_NANOS; // every slot is in flight: one frees a window after its answer
                }
            }
            ticker.sleep(Math.max(wait, 1));
        }
    }

    /** Gives back a slot taken by {@link #acquire}: it frees a window from now. */
    synchronized void release() {
        inFlight--;
        released.addLast(ticker.nanos());
    }

    /** Holds every thread's next request back for {@code nanos} from now. */
    synchronized void pause(long nanos) {
        long until = ticker.nanos() + nanos;
        if (!paused || until - notBefore > 0) {
            notBefore = until;
        }
        paused = true;
    }

    /** The window, in nanoseconds. */
    long window() {
        return window;
    }
}
