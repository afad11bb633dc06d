package org.offerrules.validation.jackson3;

import org.offerrules.validation.wire.LazyDocuments;
import org.offerrules.validation.wire.MappedDocuments;
import org.offerrules.validation.wire.WireDocument;

/** The shared reader's documents of a file, handed out as this module's {@link Document}s. */
final class Documents extends MappedDocuments<Document> implements DocumentStream {

    Documents(LazyDocuments documents) {
        super(documents);
    }

    @Override
    protected Document map(WireDocument document) {
        return Document.of(document);
    }
}
