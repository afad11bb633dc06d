package org.offerrules.linkcheck;

/** Time for the limiter and the retries: the system's, or a virtual one in tests. */
interface Ticker {

    /** The system's monotonic clock and {@link Thread#sleep}. */
    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        }
    };

    /** A monotonic time in nanoseconds. */
    long nanos();

    /** Waits about {@code nanos}. */
    void sleep(long nanos) throws InterruptedException;
}
