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

    /** What is done with one document's tokens: bind, validate, look for trailing content. */
    interface Read<T> {
        T apply(TokenSource p) throws IOException;
    }

    private final TokenSources parsers;
    private final boolean tokenizer;
    private final LongAdder fallbacks = new LongAdder();

    ByteReading(TokenSources parsers, boolean tokenizer) {
        this.parsers = parsers;
        this.tokenizer = tokenizer;
    }

    /** What is done instead when the tokenizer is off or not sure. */
    interface Fallback<T> {
        T get() throws IOException;
    }

    /** {@code read} applied to the document {@code bytes[offset, offset + length)}. */
    <T> T read(byte[] bytes, int offset, int length, Read<T> read) throws IOException {
        return read(bytes, offset, length, read, () -> {
            try (TokenSource p = parsers.document(bytes, offset, length)) {
                return read.apply(p);
            }
        });
    }

    /**
     * {@code read} applied to the tokens of {@code bytes[offset, offset + length)}; {@code fallback}
     * when the tokenizer is off or not sure (an array element: its parser of text, as the file's).
     */
    <T> T read(byte[] bytes, int offset, int length, Read<T> read, Fallback<T> fallback) throws IOException {
        if (tokenizer && length < ReadLimits.MAX_DOCUMENT_LENGTH) {
            try {
                return read.apply(new ByteSource(bytes, offset, length));
            } catch (ByteSource.Unsure unsure) {
                fallbacks.increment();
            }
        }
        return fallback.get();
    }

    /** The documents the tokenizer gave to the parser so far. */
    long fallbacks() {
        return fallbacks.sum();
    }
}
