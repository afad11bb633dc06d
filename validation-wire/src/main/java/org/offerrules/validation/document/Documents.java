package org.offerrules.validation.document;

import java.io.IOException;

import org.offerrules.validation.wire.LazyDocuments;

/** The binder's documents of a file, handed out as {@link Document}s. */
final class Documents implements DocumentStream {

    private final LazyDocuments documents;

    Documents(LazyDocuments documents) {
        this.documents = documents;
    }

    @Override
    public boolean hasNext() {
        return documents.hasNext();
    }

    @Override
    public Document next() {
        return Document.of(documents.next());
    }

    @Override
    public void close() throws IOException {
        documents.close();
    }
}
