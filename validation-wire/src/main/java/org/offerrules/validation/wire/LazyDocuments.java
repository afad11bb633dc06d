package org.offerrules.validation.wire;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The documents of a file (each module's {@code DocumentStream} hands them out) that finds its documents one at a time, when asked: the iteration shared by
 * the JSON and the form-body readers of a file. An I/O failure ends the stream (and is thrown once, as
 * an {@link UncheckedIOException}); so does closing it. Not thread-safe.
 */
public abstract class LazyDocuments implements Iterator<WireDocument>, Closeable {

    private WireDocument pending;
    private boolean ended;

    /** The next document, or null when there is none. */
    abstract WireDocument advance() throws IOException;

    /** Closes what the stream reads from. */
    abstract void closeInput() throws IOException;

    @Override
    public final boolean hasNext() {
        if (pending == null && !ended) {
            try {
                pending = advance();
            } catch (IOException e) {
                ended = true;
                throw new UncheckedIOException(e);
            }
            ended = pending == null;
        }
        return pending != null;
    }

    @Override
    public final WireDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        WireDocument d = pending;
        pending = null;
        return d;
    }

    @Override
    public final void close() throws IOException {
        ended = true;
        pending = null;
        closeInput();
    }
}
