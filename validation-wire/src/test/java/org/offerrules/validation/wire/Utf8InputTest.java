package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class Utf8InputTest {

    /**
     * Pieces the random inputs are made of: line ends, ASCII (runs of every length around a word of
     * eight, which the stream skips a word at a time), 2-, 3- and 4-byte characters, then broken bytes.
     */
    private static final byte[][] PIECES = {
        {'a'}, "{\"name\": \"Summer Sale\"}".getBytes(StandardCharsets.UTF_8), "abcdefg".getBytes(StandardCharsets.UTF_8),
        {'\n'}, {'\r'}, {'\r', '\n'}, "\u00e9".getBytes(StandardCharsets.UTF_8),
        "\u20ac".getBytes(StandardCharsets.UTF_8), "\uD83C\uDF89".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0x80},
    };

    @Test
    void passesTheBytesBeforeTheFirstMalformedOneAndPlacesItWhateverTheReadSizes() throws IOException {
        Random random = new Random(20261207);
        for (int round = 0; round < 3_000; round++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int pieces = random.nextInt(round < 100 ? 40 : 6000);
            for (int i = 0; i < pieces; i++) {
                // mostly well-formed: a broken piece now and then
                byte[] piece = PIECES[random.nextInt(random.nextInt(20) == 0 ? PIECES.length : 9)];
                out.writeBytes(piece);
            }
            byte[] input = out.toByteArray();
            int bad = Utf8.firstMalformed(input, 0, input.length);
            int prefix = bad < 0 ? input.length : bad;
            Utf8Input in = new Utf8Input(new Trickling(input, random));
            ByteArrayOutputStream passed = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 + random.nextInt(10_000)];
            Utf8Input.Malformed thrown = null;
            try {
                int n;
                while ((n = in.read(buffer, 0, 1 + random.nextInt(buffer.length))) >= 0) {
                    passed.write(buffer, 0, n);
                }
            } catch (Utf8Input.Malformed e) {
                thrown = e;
            }
            assertThat(passed.toByteArray()).as("round %d", round).isEqualTo(Arrays.copyOf(input, prefix));
            if (bad < 0) {
                assertThat(thrown).as("round %d", round).isNull();
                assertThat(in.malformed()).isNull();
            } else {
                String before = new String(input, 0, bad, StandardCharsets.UTF_8);
                String[] lines = before.split("\r\n|\r|\n", -1);
                assertThat(thrown).as("round %d", round).isNotNull();
                assertThat(new int[] {thrown.line(), thrown.column()}).as("round %d", round)
                        .containsExactly(lines.length, lines[lines.length - 1].length() + 1);
                assertThat(in.malformed()).isSameAs(thrown);
            }
        }
    }

    @Test
    void readsOneByteAtATimeAndSkips() throws IOException {
        Utf8Input in = new Utf8Input(new ByteArrayInputStream("a\u00e9\nb".getBytes(StandardCharsets.UTF_8)));
        assertThat(in.read()).isEqualTo('a');
        assertThat(in.skip(2)).isEqualTo(2);
        assertThat(in.read()).isEqualTo('\n');
        assertThat(in.read()).isEqualTo('b');
        assertThat(in.read()).isEqualTo(-1);
        Utf8Input broken = new Utf8Input(new ByteArrayInputStream(new byte[] {'\n', 'x', (byte) 0xC3}));
        assertThat(broken.read()).isEqualTo('\n');
        assertThat(broken.read()).isEqualTo('x');
        assertThatThrownBy(broken::read).isInstanceOf(Utf8Input.Malformed.class)
                .hasMessage("Invalid UTF-8 at line 2, column 2");
    }

    /** Hands out the input in pieces of random sizes, as a pipe or a socket would. */
    private static final class Trickling extends InputStream {
        private final byte[] b;
        private final Random random;
        private int pos;

        Trickling(byte[] b, Random random) {
            this.b = b;
            this.random = random;
        }

        @Override
        public int read() {
            return pos < b.length ? b[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int off, int len) {
            if (pos >= b.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, b.length - pos), 1 + random.nextInt(5000));
            System.arraycopy(b, pos, into, off, n);
            pos += n;
            return n;
        }
    }
}
