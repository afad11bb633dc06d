package org.offerrules.lint;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The progress line: files done of all, the share of their bytes read, documents done, documents per
 * second and elapsed time, redrawn on standard error. Drawn only on an interactive terminal, never with
 * {@code --no-progress}, and only once a run has taken more than a second.
 */
final class Progress {

    private static final Progress NONE = new Progress(null, null, null, 0);

    private final ScheduledExecutorService timer;
    private final PrintWriter err;
    private final LintRun run;
    private final long started;
    private volatile boolean drawn;

    private Progress(ScheduledExecutorService timer, PrintWriter err, LintRun run, long started) {
        this.timer = timer;
        this.err = err;
        this.run = run;
        this.started = started;
    }

    static Progress start(LintRun run, boolean disabled, PrintWriter err) {
        if (disabled || !interactive()) {
            return NONE;
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "offer-lint-progress");
            t.setDaemon(true);
            return t;
        });
        Progress progress = new Progress(timer, err, run, System.nanoTime());
        timer.scheduleAtFixedRate(progress::draw, 1000, 250, TimeUnit.MILLISECONDS);
        return progress;
    }

    /** A terminal on both ends, and not a CI job. Java 22+ tells whether the console is a terminal. */
    static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null || System.getenv("CI") != null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22 a non-null console is a terminal
        }
    }

    private void draw() {
        double seconds = (System.nanoTime() - started) / 1e9;
        err.print("\r" + line(run.filesDone(), run.filesTotal(), run.bytesDone(), run.bytesTotal(), run.documentsDone(),
                seconds) + " ");
        err.flush();
        drawn = true;
    }

    /**
     * {@code 3 of 30 files, 41%, 1,234 documents, 5,000 documents/s, 2.1 s}: the share is of the files'
     * bytes, so that one large file moves too; without a known total (standard input) there is none.
     */
    static String line(long filesDone, int filesTotal, long bytesDone, long bytesTotal, long documents,
            double seconds) {
        StringBuilder line = new StringBuilder();
        line.append(String.format(Locale.ROOT, "%,d of %,d files, ", filesDone, filesTotal));
        if (bytesTotal > 0) {
            line.append(String.format(Locale.ROOT, "%d%%, ", Math.min(100, bytesDone * 100 / bytesTotal)));
        }
        line.append(String.format(Locale.ROOT, "%,d documents, %,.0f documents/s, %.1f s", documents,
                documents / Math.max(seconds, 1e-3), seconds));
        return line.toString();
    }

    void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
