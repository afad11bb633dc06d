package org.offerrules.lint;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Files written under a temporary name beside the one they are for, then moved onto it whole: a report
 * to {@code --output} ({@link ReportOutput}) and a list of {@code data pull}. However the writing ends
 * short, the temporary file goes: a failure deletes it ({@link #delete}), and the JVM ending under it
 * (Ctrl-C, {@code kill}), where no {@code finally} runs but shutdown hooks do, runs {@link #abandon()},
 * after which no temporary file is created or moved any more. The shutdown hook is registered only
 * while a temporary file exists, one at most, and removed with the last one: in a JVM that outlives the
 * run (the Maven plugin, a build daemon, tests) nothing of a finished run stays behind, neither a path
 * nor a hook holding its class loader. Thread-safe.
 */
final class TemporaryFiles {

    /** How a temporary file is created and opened, e.g. {@code Files::newOutputStream}. */
    interface Opener<T> {
        T open(Path temporary) throws IOException;
    }

    /** The temporary files not yet moved or deleted; guarded by {@code this}. */
    private final Set<Path> open = new LinkedHashSet<>();
    /** The JVM is ending; guarded by {@code this}. */
    private boolean ending;
    /** The registered shutdown hook, while {@link #open} is not empty; guarded by {@code this}. */
    private Thread hook;
    private final Hooks hooks;

    /** Where the shutdown hook is registered: the JVM's, or a test's. */
    interface Hooks {
        /** @throws IllegalStateException when the JVM is already ending */
        void add(Thread hook);

        /** @throws IllegalStateException when the JVM is already ending */
        void remove(Thread hook);
    }

    private static final Hooks RUNTIME = new Hooks() {
        @Override
        public void add(Thread hook) {
            Runtime.getRuntime().addShutdownHook(hook);
        }

        @Override
        public void remove(Thread hook) {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    };

    /** The process's: the files of every run in this JVM (after {@link #RUNTIME}, which it registers with). */
    static final TemporaryFiles PROCESS = new TemporaryFiles();

    TemporaryFiles() {
        this(RUNTIME);
    }

    TemporaryFiles(Hooks hooks) {
        this.hooks = hooks;
    }

    /**
     * Creates {@code temporary} with {@code opener}, to be deleted if the JVM ends before it is moved or
     * deleted. Created under the lock the shutdown hook takes, so that no file is made after the hook ran.
     *
     * @throws IOException when the JVM is ending, or {@code opener} fails
     */
    synchronized <T> T create(Path temporary, Opener<T> opener) throws IOException {
        refuseWhenEnding();
        if (hook == null) {
            // before the file exists, so that there is no moment it could outlive the JVM unseen
            Thread registered = new Thread(this::abandon, "offer-lint: remove temporary files");
            try {
                hooks.add(registered);
            } catch (IllegalStateException e) {
                ending = true; // the JVM is already ending: nothing is to be written any more
                refuseWhenEnding();
            }
            hook = registered;
        }
        try {
            T opened = opener.open(temporary);
            open.add(temporary);
            return opened;
        } finally {
            releaseHookWhenNoneOpen();
        }
    }

    /** Moves {@code temporary}, written to the end, onto {@code target}, atomically where the file system can. */
    synchronized void moveOnto(Path temporary, Path target) throws IOException {
        refuseWhenEnding();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        open.remove(temporary);
        releaseHookWhenNoneOpen();
    }

    /** Deletes {@code temporary}: its writing failed or was given up. */
    synchronized void delete(Path temporary) throws IOException {
        try {
            Files.deleteIfExists(temporary);
        } finally {
            open.remove(temporary);
            releaseHookWhenNoneOpen();
        }
    }

    private void releaseHookWhenNoneOpen() {
        if (hook == null || !open.isEmpty() || ending) {
            return;
        }
        try {
            hooks.remove(hook);
        } catch (IllegalStateException e) {
            // the JVM is ending: the hook runs anyway, and finds nothing to delete
        }
        hook = null;
    }

    /** The shutdown hook: every temporary file goes, and the run, still going until the JVM halts, makes no other. */
    synchronized void abandon() {
        ending = true;
        for (Path temporary : new ArrayList<>(open)) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // the process is ending: a leftover under a temporary name is all that can be done
            }
        }
        open.clear();
    }

    private void refuseWhenEnding() throws IOException {
        if (ending) {
            throw new IOException("the JVM is ending");
        }
    }
}
