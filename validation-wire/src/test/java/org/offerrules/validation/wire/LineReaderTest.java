package org.offerrules.validation.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Lines in bounded memory, over whole and over byte-at-a-time streams (every buffer edge). */
class LineReaderTest {

    @Test
    void splitsAtLfCrlfAndLoneCrAndNumbersTheLinesAsTheParsersDo() throws IOException {
        for (boolean trickle : new boolean[] {false, true}) {
            LineReader r = reader("a\r\n\nbé c\n  \t\r\nlast", trickle, 100);
            assertThat(lines(r)).containsExactly("1:a", "2:", "3:bé c", "4:  \t", "5:last");
            // old Mac line ends; CRLF stays one line end, also when the CR is a buffer's last byte
            assertThat(lines(reader("a\rb\r\rc\r\nd\n\re\r", trickle, 100)))
                    .containsExactly("1:a", "2:b", "3:", "4:c", "5:d", "6:", "7:e");
        }
        assertThat(lines(reader("a\r\n", false, 100))).containsExactly("1:a");
    }

    @Test
    void blankLinesAreOnlyWhiteSpace() throws IOException {
        LineReader r = reader(" \t\r\n x\n\n", false, 100);
        assertThat(r.next()).isTrue();
        assertThat(r.lineBlank()).isTrue();
        assertThat(r.next()).isTrue();
        assertThat(r.lineBlank()).isFalse();
        assertThat(r.next()).isTrue();
        assertThat(r.lineBlank()).isTrue();
        assertThat(r.next()).isFalse();
        assertThat(r.lineLength()).isZero();
    }

    @Test
    void aLeadingByteOrderMarkIsSkipped() throws IOException {
        assertThat(lines(reader("\uFEFF{}\n\uFEFF", false, 100))).containsExactly("1:{}", "2:\uFEFF");
        assertThat(lines(reader("\uFEFF", true, 100))).isEmpty();
        assertThat(lines(reader("ab", false, 100))).containsExactly("1:ab");
    }

    @Test
    void aLineOverTheLimitIsFlaggedNotKeptAndTheNextIsRead() throws IOException {
        for (boolean trickle : new boolean[] {false, true}) {
            LineReader r = reader("12345\n123456\n1234567890123\nok", trickle, 6);
            assertThat(r.next()).isTrue();
            assertThat(r.lineTooLong()).isFalse();
            assertThat(r.next()).isTrue();
            assertThat(r.lineTooLong()).isFalse();
            assertThat(r.lineLength()).isEqualTo(6);
            assertThat(r.next()).isTrue();
            assertThat(r.lineTooLong()).isTrue();
            assertThat(r.lineLength()).isZero();
            assertThat(r.lineBlank()).isFalse();
            assertThat(r.lineStart()).isEqualTo(3);
            assertThat(r.next()).isTrue();
            assertThat(r.lineTooLong()).isFalse();
            assertThat(text(r)).isEqualTo("ok");
            assertThat(r.lineStart()).isEqualTo(4);
        }
    }

    @Test
    void aLineLongerThanTheBufferIsKeptWhole() throws IOException {
        String big = "x".repeat(200_000);
        LineReader r = reader(big + "\nend", false, 300_000);
        assertThat(r.next()).isTrue();
        assertThat(text(r)).isEqualTo(big);
        assertThat(r.next()).isTrue();
        assertThat(text(r)).isEqualTo("end");
    }

    @Test
    void peekFindsTheFirstByteAndKeepsItsLinesIndentation() throws IOException {
        // the input, the line and column of its first byte, that byte's line; CR, LF and CRLF line ends
        String[][] cases = {{"\n \r\n\t  [1]\n", "3:4", "\t  [1]"}, {"\r \r\n\r\t{}", "4:2", "\t{}"}};
        for (String[] c : cases) {
            for (boolean trickle : new boolean[] {false, true}) {
                LineReader r = reader(c[0], trickle, 100);
                assertThat(r.peek()).isEqualTo(c[2].trim().charAt(0));
                assertThat(r.lineNumber() + ":" + r.peekColumn()).isEqualTo(c[1]);
                assertThat(r.next()).isTrue();
                assertThat(text(r)).isEqualTo(c[2]);
                assertThat(r.lineStart() + ":" + r.peekColumn()).isEqualTo(c[1]);
            }
        }
        assertThat(reader(" \n\t\n", false, 100).peek()).isEqualTo(-1);
        assertThat(reader("", false, 100).peek()).isEqualTo(-1);
        assertThat(reader("é", false, 100).peek()).isEqualTo(0xC3);
    }

    @Test
    void peekOverIndentationLongerThanTheBufferKeepsMemoryBounded() throws IOException {
        String indent = " ".repeat(150_000);
        LineReader r = reader("\n" + indent + "{}", false, 1000);
        assertThat(r.peek()).isEqualTo('{');
        assertThat(r.lineNumber()).isEqualTo(2);
        // such a line is longer than the limit anyway: flagged, not kept
        assertThat(r.next()).isTrue();
        assertThat(r.lineTooLong()).isTrue();
        assertThat(r.lineStart()).isEqualTo(2);
        assertThat(r.next()).isFalse();
    }

    @Test
    void theRestAndTheLastLineAreHandedOnUnread() throws IOException {
        LineReader r = reader("first\nsecond\nthird\n", true, 100);
        r.next();
        r.next();
        assertThat(new String(r.lineAndRest().readAllBytes(), UTF_8)).isEqualTo("second\nthird\n");

        LineReader noNewline = reader("only", false, 100);
        noNewline.next();
        assertThat(new String(noNewline.lineAndRest().readAllBytes(), UTF_8)).isEqualTo("only");

        for (boolean trickle : new boolean[] {false, true}) {
            LineReader cr = reader("{\r\n}\r{}", trickle, 100);
            cr.next();
            assertThat(new String(cr.lineAndRest().readAllBytes(), UTF_8)).isEqualTo("{\r\n}\r{}");
        }

        LineReader peeked = reader("\n  [1,\n2]", false, 100);
        peeked.peek();
        assertThat(new String(peeked.rest().readAllBytes(), UTF_8)).isEqualTo("  [1,\n2]");
    }

    private static LineReader reader(String text, boolean trickle, int maxLine) throws IOException {
        InputStream in = new ByteArrayInputStream(text.getBytes(UTF_8));
        return new LineReader(trickle ? new OneByteAtATime(in) : in, maxLine);
    }

    private static List<String> lines(LineReader r) throws IOException {
        List<String> lines = new ArrayList<>();
        while (r.next()) {
            lines.add(r.lineStart() + ":" + text(r));
        }
        return lines;
    }

    private static String text(LineReader r) {
        return new String(r.line(), 0, r.lineLength(), UTF_8);
    }

    /** A stream that hands out one byte per read, as a slow pipe may. */
    static final class OneByteAtATime extends FilterInputStream {
        OneByteAtATime(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1));
        }
    }
}
