package org.offerrules.lint;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The hidden file a {@code data pull} writes a list into ({@code .NAME.ndjson.part}) before it is
 * moved onto {@code NAME.ndjson}, removed however the pull ends short: a failure ({@link #discard()}
 * in a {@code finally}) or the JVM ending under it (Ctrl-C, {@code kill}), where no {@code finally}
 * runs but shutdown hooks do. One at a time; open, then {@link #complete} or {@link #discard}, then
 * {@link #close()}, which takes the hook away again.
 */
final class PartFile implements AutoCloseable {

    private final Thread hook = new Thread(this::abandon, "offer-lint: remove the part file");
    /** The part file being written; guarded by {@code this}. */
    private Path current;
    /** The JVM is ending: no part file is opened or moved any more; guarded by {@code this}. */
    private boolean ending;

    PartFile() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Creates (or empties) {@code part} and opens it for writing. */
    synchronized Writer open(Path part) throws IOException {
        if (ending) {
            throw new IOException("the JVM is ending");
        }
        current = part;
        return Files.newBufferedWriter(part, StandardCharsets.UTF_8);
    }

    /** Moves the part file, written to the end, onto {@code target}, atomically where the file system can. */
    synchronized void complete(Path target) throws IOException {
        if (ending) {
            throw new IOException("the JVM is ending");
        }
        try {
            Files.move(current, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(current, target, StandardCopyOption.REPLACE_EXISTING);
        }
        current = null;
    }

    /** Removes the part file, if one is open; quietly, as it is called on the way out of a failure. */
    synchronized void discard() {
        if (current != null) {
            try {
                Files.deleteIfExists(current);
            } catch (IOException e) {
                // left behind under a name --data does not read
            }
            current = null;
        }
    }

    /** The shutdown hook: the part file goes, and the pull, still running until the JVM halts, opens no other. */
    synchronized void abandon() {
        ending = true;
        discard();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is ending: the hook runs (or ran) anyway
        }
    }
}
