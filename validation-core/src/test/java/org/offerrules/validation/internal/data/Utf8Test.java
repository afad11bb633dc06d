package org.offerrules.validation.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** {@link Utf8}: characters re-encoded as UTF-8 whatever the reads split. */
class Utf8Test {

    /**
     * A surrogate pair split between two reads of the reader is one character, never two replacement
     * characters; a high surrogate at the very end is one unmappable character.
     */
    @Test
    void aPairSplitBetweenReadsIsEncodedWhole() throws IOException {
        String text = "{\"email\": \"a\ud83d\ude00b\u00e9\ud83d\ude01\ud83d\ude02@example.com\"}\n".repeat(50);
        for (int chunk = 1; chunk <= 5; chunk++) {
            assertThat(new String(new Utf8(trickle(text, chunk)).readAllBytes(), StandardCharsets.UTF_8))
                    .as("%d characters a read", chunk).isEqualTo(text);
        }
        InputStream lone = new Utf8(trickle("ab\ud83d", 2));
        assertThat(lone.readAllBytes()).isEqualTo("ab?".getBytes(StandardCharsets.UTF_8));
        assertThat(lone.read()).isEqualTo(-1);
    }

    private static Reader trickle(String text, int chunk) {
        return new StringReader(text) {
            @Override
            public int read(char[] into, int offset, int length) throws IOException {
                return super.read(into, offset, Math.min(length, chunk));
            }
        };
    }
}
