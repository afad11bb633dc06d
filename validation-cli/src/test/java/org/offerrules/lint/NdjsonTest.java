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

    @Test
    void aLoneCrEndsALineAndCrlfIsOneLineEndAlsoAcrossTheReadBuffer() throws IOException {
        assertThat(all("{\"a\":1}\r{\"b\":2}\r\r \r\n{\"c\":3}\n\r{\"d\":4}\r")).extracting(
                        l -> new String(l.bytes(), StandardCharsets.UTF_8), Ndjson.Line::lineNumber, Ndjson.Line::document)
                .containsExactly(tuple("{\"a\":1}", 1, 0), tuple("{\"b\":2}", 2, 1), tuple("{\"c\":3}", 5, 2),
                        tuple("{\"d\":4}", 7, 3));
        // the CR of a CRLF as the last byte of the 64 KiB read buffer: its LF comes with the next read
        for (String before : new String[] {"", "{}\n"}) {
            String big = "{\"n\":\"" + "x".repeat(64 * 1024 - before.length() - 9) + "\"}";
            List<Ndjson.Line> lines = all(before + big + "\r\n{\"b\":2}\r\n");
            int n = before.isEmpty() ? 2 : 3;
            assertThat(lines).extracting(Ndjson.Line::lineNumber).hasSize(n).endsWith(n - 1, n);
            assertThat(lines.get(n - 2).bytes()).hasSize(big.length());
            assertThat(new String(lines.get(n - 1).bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"b\":2}");
        }
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
