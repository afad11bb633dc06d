package org.offerrules.validation.wire;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The line ends the library's line reader and offer-lint's NDJSON splitter share. */
class LineEndsTest {

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
                assertThat(LineEnds.find(b, 0, length)).as("length %d, newline at %d", length, at).isEqualTo(at);
                assertThat(LineEnds.find(b, Math.min(1, at), length)).isEqualTo(at);
            }
        }
    }

    @Test
    void theCarriageReturnIsFoundAtEveryOffsetOfAWord() {
        for (int length = 1; length < 24; length++) {
            for (int at = 0; at < length; at++) {
                byte[] b = new byte[length];
                java.util.Arrays.fill(b, (byte) 0x0C);
                b[at] = '\r';
                assertThat(LineEnds.find(b, 0, length)).as("length %d, CR at %d", length, at).isEqualTo(at);
                b[at] = '\n';
                if (at > 0) {
                    b[at - 1] = '\r';
                    assertThat(LineEnds.find(b, 0, length)).isEqualTo(at - 1);
                }
            }
        }
    }

    @Test
    void aBlankLineIsOnlySpacesAndTabs() {
        byte[] b = " \t \tx\u000b ".getBytes(UTF_8);
        assertThat(LineEnds.blank(b, 0, 4)).isTrue();
        assertThat(LineEnds.blank(b, 0, 0)).isTrue();
        assertThat(LineEnds.blank(b, 0, 5)).isFalse();
        assertThat(LineEnds.blank(b, 5, 7)).isFalse(); // a vertical tab is no JSON white space
        assertThat(LineEnds.blank(b, 6, 7)).isTrue();
    }
}
