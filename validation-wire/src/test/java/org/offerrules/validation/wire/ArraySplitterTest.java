package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The scan's elements, positions and give-ups, at the edges of its buffer and limits. */
class ArraySplitterTest {

    @Test
    void positionsCountCrLfAndUtf16UnitsAsTheParserDoes() throws IOException {
        String json = "\n  [{\"a\": \"é🎉\"}, {\"b\": 1},\r\n\t{\"c\": [\"}\"]},\r{}]\n";
        List<ArraySplitter.Element> elements = scan(json, true);
        assertThat(elements).extracting(ArraySplitter.Element::index, ArraySplitter.Element::line,
                ArraySplitter.Element::column).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 2, 4),
                        org.assertj.core.groups.Tuple.tuple(1, 2, 4 + "{\"a\": \"é🎉\"}, ".length()),
                        org.assertj.core.groups.Tuple.tuple(2, 3, 2),
                        org.assertj.core.groups.Tuple.tuple(3, 4, 1));
        assertThat(new String(elements.get(2).bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"c\": [\"}\"]}");
    }

    @Test
    void charactersCutByTheEndOfTheBufferAreWhole() throws IOException {
        // a 4-byte character at every offset around the 64 KiB buffer's end, in one element that spans it
        for (int shift = 0; shift < 8; shift++) {
            String pad = "x".repeat((1 << 16) - 12 + shift);
            String json = "[{\"a\": \"" + pad + "🎉é\"},\n {}]";
            List<ArraySplitter.Element> elements = scan(json, true);
            assertThat(elements).hasSize(2);
            assertThat(new String(elements.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\": \"" + pad + "🎉é\"}");
            assertThat(elements.get(1).line()).isEqualTo(2);
            assertThat(elements.get(1).column()).isEqualTo(2);
        }
    }

    @Test
    void splitsAMinifiedArrayWithElementsFarRightOnTheirLine() throws IOException {
        // one line; past column 65,536 and with characters of 2, 3 and 4 bytes (2 UTF-16 units) before
        String first = "{\"a\": \"" + "z".repeat(70_000) + "é€🎉\"}";
        List<ArraySplitter.Element> elements = scan("[" + first + "," + first + ",{}]", true);
        int second = 2 + first.length() + 1; // a String counts UTF-16 units, as the scan must
        assertThat(elements).extracting(ArraySplitter.Element::line, ArraySplitter.Element::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 2),
                org.assertj.core.groups.Tuple.tuple(1, second),
                org.assertj.core.groups.Tuple.tuple(1, second + first.length() + 1));
        assertThat(second).isGreaterThan(70_000);
        assertThat(new String(elements.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo(first);
    }

    @Test
    void findsTheSameElementsAtEveryOffsetOfItsBlocks() throws IOException {
        // brackets, quotes, escapes and characters beyond ASCII on either side of every 64-byte block's edge
        List<String> elements = List.of(
                "{\"a\":[1,[2,{\"b\":\"]}[{\"}],{}],\"c\":\"" + "q".repeat(70) + "\"}",
                "{\"e\":\"x\\\"}y\\\\\",\"f\":[\"{\",\"[\"],\"g\":\"é€🎉 _Yy\",\"h\":{\"i\":{\"j\":[[]]}}}",
                "{" + "\"k\":\"v\",".repeat(20) + "\"z\":null}",
                "{\"w\":[Y_y,1]}", // not JSON: read alone, the parser reports it as in the whole file
                "{}");
        for (int shift = 0; shift < 64; shift++) {
            String json = " ".repeat(shift) + "[" + String.join(",", elements) + "]";
            List<ArraySplitter.Element> found = scan(json, true);
            assertThat(found).extracting(e -> new String(e.bytes(), StandardCharsets.UTF_8)).as("shift %d", shift)
                    .containsExactlyElementsOf(elements);
            int column = shift + 2;
            for (int k = 0; k < elements.size(); k++) {
                assertThat(found.get(k).column()).as("shift %d, element %d", shift, k).isEqualTo(column);
                column += elements.get(k).length() + 1; // a String counts UTF-16 units, as the scan must
            }
        }
    }

    @Test
    void givesUpOnWhatItIsNotSureOf() throws IOException {
        for (String json : List.of("", "{}", "[", "[{}", "[{},]", "[{}] x", "[{}, 1]", "[{\"a\": ]}]", "\uFEFF[{}]",
                "\r\n[{}]", "[{\"a\": \"\u0001\"}]", "[{\"a\": \"\\é\"}]", "[{\"a\":[" + "1,".repeat(40) + "1}]}]", "[" + "{\"a\": ".repeat(16) + "1" + "}".repeat(16) + "]")) {
            assertThat(scan(json, false)).as(json).isEmpty();
        }
        byte[] notUtf8 = {'[', '{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0x80, '"', '}', ']'};
        ArraySplitter splitter = new ArraySplitter(new ByteArrayInputStream(notUtf8));
        assertThat(splitter.next(10, 1 << 20)).isEmpty();
        assertThat(splitter.gaveUp()).isTrue();
    }

    @Test
    void elementsAreHandedOutOnlyFarBehindTheScan() throws IOException {
        String element = "{\"a\": \"" + "y".repeat(1000) + "\"}";
        int count = 3 * ArraySplitter.LOOKAHEAD / element.length();
        String json = "[" + String.join(",\n", java.util.Collections.nCopies(count, element)) + "] trailing";
        ArraySplitter splitter = new ArraySplitter(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        int handedOut = 0;
        List<ArraySplitter.Element> batch;
        while (!(batch = splitter.next(100, 1 << 20)).isEmpty()) {
            handedOut += batch.size();
        }
        assertThat(splitter.gaveUp()).isTrue();
        assertThat(splitter.handedOut()).isEqualTo(handedOut);
        // the trailing content is found at the end: everything within LOOKAHEAD of it was held back
        long lastHandedOutEnd = 1 + (long) handedOut * (element.length() + 2) - 2;
        assertThat(handedOut).isPositive().isLessThan(count);
        assertThat(json.length() - "trailing".length() - lastHandedOutEnd).isGreaterThanOrEqualTo(ArraySplitter.LOOKAHEAD);
        assertThat(json.length() - "trailing".length() - lastHandedOutEnd)
                .isLessThan(ArraySplitter.LOOKAHEAD + (1 << 16) + element.length() + 2); // the scan goes a buffer at a time
    }

    private static List<ArraySplitter.Element> scan(String json, boolean whole) throws IOException {
        ArraySplitter splitter = new ArraySplitter(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        List<ArraySplitter.Element> all = new ArrayList<>();
        List<ArraySplitter.Element> batch;
        while (!(batch = splitter.next(3, 1 << 20)).isEmpty()) {
            all.addAll(batch);
        }
        assertThat(splitter.gaveUp()).as(json).isEqualTo(!whole);
        return all;
    }
}
