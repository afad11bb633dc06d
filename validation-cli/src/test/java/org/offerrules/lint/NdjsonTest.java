package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Line splitting: line numbers, blank lines, CRLF, and lines that cross the 64 KiB read buffer. */
class NdjsonTest {

    @Test
    void blankLinesAreSkippedButCountedAndCarriageReturnsDropped() throws IOException {
        List<Ndjson.Line> lines = all("{\"a\":1}\r\n\n   \r\n\t\n{\"b\":2}\n\r\n{\"c\":3}");
        assertThat(lines).extracting(l -> new String(l.bytes(), StandardCharsets.UTF_8), Ndjson.Line::lineNumber,
                        Ndjson.Line::document)
                .containsExactly(tuple("{\"a\":1}", 1, 0), tuple("{\"b\":2}", 5, 1), tuple("{\"c\":3}", 7, 2));
    }

    @Test
    void theNewlineIsFoundAtEveryOffsetOfAWordWhateverTheBytesAroundIt() {
        // 0x0B and bytes of 0x80 and above sit next to the newline: a borrow must not mark them
        byte[] filler = {'a', 0x0B, (byte) 0x8A, (byte) 0xFF, 0x09, (byte) (0x0A ^ 0x80)};
        for (int length = 0; length < 40; length++) {
            for (int at = 0; at <= length; at++) {
                byte[] b = new byte[length];
                for (int k = 0; k < length; k++) {
                    b[k] = filler[(k * 5 + length) % filler.length];
                }
                if (at < length) {
                    b[at] = '\n';
                    if (at + 1 < length) {
                        b[at + 1] = '\n';
                    }
                }
                assertThat(Ndjson.newline(b, 0, length)).as("length %d, newline at %d", length, at).isEqualTo(at);
                assertThat(Ndjson.newline(b, Math.min(1, at), length)).isEqualTo(at);
            }
        }
    }

    @Test
    void linesAcrossTheReadBufferKeepEveryByte() throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String line = "{\"n\":\"" + "x".repeat((i * 7919) % 3000) + i + "\"}";
            expected.add(line);
            text.append(line).append(i % 3 == 0 ? "\r\n" : "\n");
            if (i % 50 == 0) {
                text.append("  \n");
            }
        }
        List<Ndjson.Line> lines = all(text.toString());
        assertThat(lines).extracting(l -> new String(l.bytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(lines.get(399).lineNumber()).isEqualTo(400 + 8);
        assertThat(lines).extracting(Ndjson.Line::document).doesNotHaveDuplicates();
    }

    private static List<Ndjson.Line> all(String text) throws IOException {
        Ndjson ndjson = new Ndjson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<Ndjson.Line> lines = new ArrayList<>();
        for (List<Ndjson.Line> batch = ndjson.next(7, 1 << 20); !batch.isEmpty(); batch = ndjson.next(7, 1 << 20)) {
            lines.addAll(batch);
        }
        return lines;
    }
}
