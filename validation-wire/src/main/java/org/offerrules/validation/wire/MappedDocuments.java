package org.offerrules.validation.wire;

import java.io.IOException;
import java.util.Iterator;

/**
 * The shared documents of a file handed out as a module's own public document type: each module's
 * {@code DocumentStream} is this with its {@code Document} factory. Not thread-safe.
 *
 * @param <D> the module's document type
 */
public abstract class MappedDocuments<D> implements Iterator<D> {

    private final LazyDocuments documents;

    protected MappedDocuments(LazyDocuments documents) {
        this.documents = documents;
    }

    /** The module's document for {@code document}. */
    protected abstract D map(WireDocument document);

    @Override
    public final boolean hasNext() {
        return documents.hasNext();
    }

    @Override
    public final D next() {
        return map(documents.next());
    }

    /** Closes the input. */
    public final void close() throws IOException {
        documents.close();
    }
}
