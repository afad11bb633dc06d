package org.offerrules.validation.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

import org.junit.jupiter.api.Test;

/**
 * The one strict UTF-8 check (the tokenizer, the array splitter, the columns, the form reader and the
 * Jackson modules use it) agrees with the JDK's decoder, byte for byte.
 */
class Utf8Test {

    private final CharsetDecoder jdk = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer out = CharBuffer.allocate(16);

    @Test
    void everyLeadAndSecondByteIsJudgedAsTheJdkDecoderJudgesIt() {
        int[] tails = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
        java.util.List<String> disagreements = new java.util.ArrayList<>();
        int checked = 0;
        for (int lead = 0x80; lead <= 0xFF; lead++) {
            for (int second = 0; second <= 0xFF; second++) {
                for (int third : tails) {
                    for (int fourth : tails) {
                        byte[] b = {'a', (byte) lead, (byte) second, (byte) third, (byte) fourth};
                        for (int length = 2; length <= b.length; length++) {
                            int ours = Utf8.firstMalformed(b, 0, length);
                            int theirs = jdkFirstMalformed(b, length);
                            if (ours != theirs) {
                                disagreements.add(String.format("%02X %02X %02X %02X, %d bytes: %d, the JDK %d",
                                        lead, second, third, fourth, length, ours, theirs));
                            }
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(checked).isEqualTo(128 * 256 * tails.length * tails.length * 4);
    }

    @Test
    void aSequenceIsItsLengthNotUtf8OrCutByTheEnd() {
        byte[] euro = "\u20ac".getBytes(UTF_8);
        assertThat(Utf8.sequence(euro, 0, 3)).isEqualTo(3);
        assertThat(Utf8.sequence(euro, 0, 2)).isZero();
        assertThat(Utf8.sequence("\ud83c\udf89".getBytes(UTF_8), 0, 4)).isEqualTo(4);
        assertThat(Utf8.sequence(new byte[] {(byte) 0xC3, (byte) 0xA9}, 0, 2)).isEqualTo(2);
        assertThat(Utf8.sequence(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, 0, 1)).isZero();
        assertThat(Utf8.sequence(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, 0, 3)).isEqualTo(-1);
        assertThat(Utf8.sequence(new byte[] {(byte) 0xBF}, 0, 1)).isEqualTo(-1);
    }

    @Test
    void theMalformedByteIsFoundAtEveryOffsetOfAWordAfterAsciiAndCharacters() {
        byte[] e = "\u00e9".getBytes(UTF_8);
        for (int length = 1; length < 40; length++) {
            for (int at = 0; at < length; at++) {
                byte[] b = new byte[length];
                for (int k = 0; k < length; k++) {
                    b[k] = (byte) ('a' + k % 26);
                }
                if (at >= 2 && at % 3 == 0) {
                    b[at - 2] = e[0]; // a two-byte character right before it
                    b[at - 1] = e[1];
                }
                b[at] = (byte) 0xC0;
                assertThat(Utf8.firstMalformed(b, 0, length)).as("length %d, at %d", length, at).isEqualTo(at);
                assertThat(Utf8.firstMalformed(b, 0, at)).isEqualTo(-1);
                if (at > 0) {
                    assertThat(Utf8.firstMalformed(b, 1, length - 1)).isEqualTo(at);
                }
            }
        }
    }

    /** Where the JDK's strict decoder finds {@code b[0, length)} malformed, or -1. */
    private int jdkFirstMalformed(byte[] b, int length) {
        ByteBuffer in = ByteBuffer.wrap(b, 0, length);
        jdk.reset();
        while (true) {
            out.clear();
            CoderResult r = jdk.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                out.clear();
                CoderResult flushed = jdk.flush(out);
                return flushed.isError() ? in.position() : -1;
            }
        }
    }
}
