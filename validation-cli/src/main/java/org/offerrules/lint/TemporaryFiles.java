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
 * after which no temporary file is created or moved any more. Thread-safe.
 */
final class TemporaryFiles {

    /** The process's, deleted by its shutdown hook; made by the first file written under a temporary name. */
    static final TemporaryFiles PROCESS = withShutdownHook();

    /** How a temporary file is created and opened, e.g. {@code Files::newOutputStream}. */
    interface Opener<T> {
        T open(Path temporary) throws IOException;
    }

    /** The temporary files not yet moved or deleted; guarded by {@code this}. */
    private final Set<Path> open = new LinkedHashSet<>();
    /** The JVM is ending; guarded by {@code this}. */
    private boolean ending;

    private static TemporaryFiles withShutdownHook() {
        TemporaryFiles files = new TemporaryFiles();
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(files::abandon, "offer-lint: remove temporary files"));
        } catch (IllegalStateException e) {
            files.abandon(); // the JVM is already ending: nothing is to be written any more
        }
        return files;
    }

    /**
     * Creates {@code temporary} with {@code opener}, to be deleted if the JVM ends before it is moved or
     * deleted. Created under the lock the shutdown hook takes, so that no file is made after the hook ran.
     *
     * @throws IOException when the JVM is ending, or {@code opener} fails
     */
    synchronized <T> T create(Path temporary, Opener<T> opener) throws IOException {
        refuseWhenEnding();
        T opened = opener.open(temporary);
        open.add(temporary);
        return opened;
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
    }

    /** Deletes {@code temporary}: its writing failed or was given up. */
    synchronized void delete(Path temporary) throws IOException {
        try {
            Files.deleteIfExists(temporary);
        } finally {
            open.remove(temporary);
        }
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
