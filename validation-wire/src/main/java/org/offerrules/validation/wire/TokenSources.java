package org.offerrules.validation.wire;

import java.io.IOException;
import java.io.Reader;

/**
 * Makes a Jackson module's {@link TokenSource}s over parsers with the {@link ReadLimits}: the
 * readers' one way to a parser, so that everything above it is shared.
 */
public interface TokenSources {

    /** A parser of one document of text, every limit on. */
    TokenSource document(String json) throws IOException;

    /** A parser of one document of UTF-8 bytes, every limit on. */
    TokenSource document(byte[] json, int offset, int length) throws IOException;

    /**
     * A parser of a whole file's text (an array of offers, concatenated documents): no whole-input
     * length limit, the binder limits each document instead.
     */
    TokenSource file(Reader text) throws IOException;
}
