package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

/**
 * Where an array's reading resumes after a broken element, read as a parser reads it: a chunk at a time,
 * the element marked at its start. The reports around it are tested with both Jacksons
 * (validation-jackson3's BrokenElementsTest) and in offer-lint (ArraySplitTest).
 */
class ArrayTextTest {

    @Test
    void resumesAtTheNextElementWithItsLineAndUtf16Column() throws IOException {
        ArrayText text = brokenFirst("[{\"a\": \"é🎉\" x},\r\n\t {\"b\": 1}]");
        assertThat(text.resume()).isEqualTo(new ArrayText.Resumption(2, 3));
        // the new parser reads [ and a line end, then the text from the element on
        assertThat(read(text, 100)).isEqualTo("[\n{\"b\": 1}]");
    }

    @Test
    void resumesAtTheArraysEnd() throws IOException {
        ArrayText text = brokenFirst("[{\"a\": [1 2]}\r\r ] x");
        assertThat(text.resume()).isEqualTo(new ArrayText.Resumption(3, 2));
        assertThat(read(text, 100)).isEqualTo("[\n] x");
    }

    @Test
    void resumesOnlyWhereTheEndIsCertain() throws IOException {
        for (String json : new String[] {
            "[{\"a\": x}", "[{\"a\": x},", "[{\"a\": x}, ]", "[{\"a\": x},, {}]", "[{\"a\": x}, :1]", "[{\"a\": x} {}]",
            "[{\"a\": \"x}, {}]", "[{\"a\": \"x\ny\"}, {}]", "[{\"a\": [x}, {}]", "[{\"a\": {x]}, {}]", "[{\"a\": x, {}]",
            "[{\"a\": \"\\\u0001\"}, {}]", "[{" + "[".repeat(ArrayText.MAX_DEPTH) + "]".repeat(ArrayText.MAX_DEPTH) + "}, {}]"}) {
            assertThat(brokenFirst(json).resume()).as(json).isNull();
        }
        // a string's escaped quote and brackets are no end
        assertThat(brokenFirst("[{\"a\": \"\\\"}]{\" x}, {}]").resume()).isEqualTo(new ArrayText.Resumption(1, 20));
        // the next element may be anything: a scalar is read, or found broken, on its own
        ArrayText scalar = brokenFirst("[{\"a\": x}, 1]");
        assertThat(scalar.resume()).isEqualTo(new ArrayText.Resumption(1, 12));
        assertThat(read(scalar, 100)).isEqualTo("[\n1]");
    }

    @Test
    void aBrokenScalarEndsAtTheCommaOrBracketAfterIt() throws IOException {
        for (String[] json : new String[][] {{"[tru, {}]", "1:7"}, {"[\"a\\q\\\"\" ,\n {}]", "2:2"}, {"[1.2.3]", "1:7"}}) {
            ArrayText text = brokenFirst(json[0]);
            ArrayText.Resumption at = text.resume();
            assertThat(at).as(json[0]).isNotNull();
            assertThat(at.line() + ":" + at.column()).as(json[0]).isEqualTo(json[1]);
        }
        for (String json : new String[] {"[tru", "[tru{}]", "[tru\"x\", {}]", "[\"a\nb\", {}]", "[\"a, {}]", "[tru:1]"}) {
            assertThat(brokenFirst(json).resume()).as(json).isNull();
        }
    }

    @Test
    void aLongGapAfterTheElementKeepsMemoryBounded() throws IOException {
        String gap = " ".repeat(4 * ArrayText.MAX_ELEMENT);
        ArrayText text = brokenFirst("[{\"a\": x}" + gap + "," + gap + "\n{}]");
        assertThat(text.resume()).isEqualTo(new ArrayText.Resumption(2, 1));
        assertThat(text.capacity()).isLessThanOrEqualTo(4 * ArrayText.CHUNK);
        assertThat(read(text, 100)).isEqualTo("[\n{}]");
    }

    @Test
    void anElementLongerThanTheScanLooksAtIsNotKept() throws IOException {
        String name = "n".repeat(2 * ArrayText.MAX_ELEMENT);
        ArrayText text = new ArrayText(new StringReader("[{\"a\": \"" + name + "\", x}, {}]"));
        read(text, 2);
        text.element(1, 1, 2);
        read(text, name.length()); // the parser reads on through the element
        assertThat(text.resume()).isNull();
        assertThat(text.capacity()).isLessThanOrEqualTo(ArrayText.MAX_ELEMENT + 5 * ArrayText.CHUNK);
        // one just short of it is looked at whole, after the parser read up to its break
        String shorter = "n".repeat(ArrayText.MAX_ELEMENT - 20);
        text = new ArrayText(new StringReader("[{\"a\": \"" + shorter + "\", x}, {}]"));
        read(text, 2);
        text.element(1, 1, 2);
        read(text, shorter.length() + 10);
        assertThat(text.resume()).isEqualTo(new ArrayText.Resumption(1, shorter.length() + 16));
    }

    /** The text of {@code json} with its first element marked, as a parser that met it there marks it. */
    private static ArrayText brokenFirst(String json) throws IOException {
        ArrayText text = new ArrayText(new StringReader(json));
        read(text, 2);
        text.element(1, 1, 2);
        return text;
    }

    /** Up to {@code n} characters, read as a parser does, in reads of at most 4,000. */
    private static String read(Reader text, int n) throws IOException {
        StringBuilder s = new StringBuilder();
        char[] buf = new char[4000];
        while (s.length() < n) {
            int got = text.read(buf, 0, Math.min(buf.length, n - s.length()));
            if (got < 0) {
                break;
            }
            s.append(buf, 0, got);
        }
        return s.toString();
    }
}
