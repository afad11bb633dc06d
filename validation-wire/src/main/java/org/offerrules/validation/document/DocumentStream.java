package org.offerrules.validation.document;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;

/**
 * The documents of one file, read lazily one at a time so that a file of any size is read in bounded
 * memory. A broken document never hides the ones after it when they can be found (NDJSON lines, array
 * elements and pretty-printed documents after a binding error or broken JSON whose end is certain); when the JSON itself is broken beyond recovery, the last document
 * carries a 6055 violation at the position of the break. Not thread-safe.
 */
public interface DocumentStream extends Iterator<Document>, Closeable {

    /** Closes the underlying input. */
    @Override
    void close() throws IOException;
}
