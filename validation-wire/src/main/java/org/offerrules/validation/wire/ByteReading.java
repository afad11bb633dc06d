package org.offerrules.validation.wire;

import java.io.IOException;
import java.util.concurrent.atomic.LongAdder;

/**
 * How a reader reads one whole document of UTF-8 bytes (a body, an NDJSON line, an array element): with the
 * {@link ByteSource} tokenizer first, and again with the Jackson module's parser when the tokenizer
 * is not sure ({@link ByteSource.Unsure}), so that the report is the parser's wherever they could
 * differ. Counts the documents read twice. Thread-safe.
 */
final class ByteReading {

    /**
     * What is done with one document's tokens: bind, validate, look for trailing content. What it
     * needs of the document comes as {@code c}, so that a reader keeps one instance, not one per
     * document.
     */
    interface Read<C, T> {
        T apply(TokenSource p, C c) throws IOException;
    }

    /** What is done instead when the tokenizer is off or not sure. */
    interface Fallback<C, T> {
        T get(C c) throws IOException;
    }

    private final TokenSources parsers;
    private final boolean tokenizer;
    private final LongAdder fallbacks = new LongAdder();

    ByteReading(TokenSources parsers, boolean tokenizer) {
        this.parsers = parsers;
        this.tokenizer = tokenizer;
    }

    /**
     * {@code read} applied to the document {@code bytes[offset, offset + length)}, with {@code c}:
     * the Jackson module's parser of its bytes when the tokenizer is off or not sure.
     */
    <C, T> T read(byte[] bytes, int offset, int length, C c, Read<C, T> read) throws IOException {
        return read(bytes, offset, length, c, read, null);
    }

    /**
     * {@code read} applied to the tokens of {@code bytes[offset, offset + length)}, with {@code c};
     * {@code fallback} when the tokenizer is off or not sure (an array element: its parser of text,
     * as the file's), or the parser of the bytes when it is null.
     */
    <C, T> T read(byte[] bytes, int offset, int length, C c, Read<C, T> read, Fallback<C, T> fallback)
            throws IOException {
        if (tokenizer && length < ReadLimits.MAX_DOCUMENT_LENGTH) {
            try {
                return read.apply(new ByteSource(bytes, offset, length), c);
            } catch (ByteSource.Unsure unsure) {
                fallbacks.increment();
            }
        }
        if (fallback != null) {
            return fallback.get(c);
        }
        try (TokenSource p = parsers.document(bytes, offset, length)) {
            return read.apply(p, c);
        }
    }

    /** The documents the tokenizer gave to the parser so far. */
    long fallbacks() {
        return fallbacks.sum();
    }
}
