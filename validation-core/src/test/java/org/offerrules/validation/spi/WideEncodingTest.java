package org.offerrules.validation.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link WideEncoding}, the one detector of UTF-16 and UTF-32 starts (the readers' "the input is
 * UTF-16LE", the data files' decoding, the Jackson modules' parse of such a start from its text): the
 * exact encoding and mark for every start, from a table, from encoded texts, and against the table of
 * its Javadoc over every start of a set of bytes.
 */
class WideEncodingTest {

    private static final String[] WIDE = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"};

    /** The start (hex bytes), what {@link WideEncoding#of} and {@link WideEncoding#guess} say, and the mark. */
    @ParameterizedTest(name = "[{0}]: of {1}, guess {2}, mark {3}")
    @CsvSource(nullValues = "-", value = {
        // too short to tell: 0 to 3 bytes
        "'',                      -,        -,        0",
        "00,                      -,        -,        0",
        "7B,                      -,        -,        0",
        "FE,                      -,        -,        0",
        "FF,                      -,        -,        0",
        "00 00,                   -,        -,        0",
        "00 00 00,                -,        -,        0",
        "00 00 FE,                -,        -,        0",
        // byte order marks, alone, cut, or before text
        "FE FF,                   UTF-16BE, UTF-16BE, 2",
        "FF FE,                   UTF-16LE, UTF-16LE, 2",
        "FF FE 00,                UTF-16LE, UTF-16LE, 2",
        "FE FF 00 7B 00 0A,       UTF-16BE, UTF-16BE, 2",
        "FF FE 7B 00 0A 00,       UTF-16LE, UTF-16LE, 2",
        "FE FF 4E 2D,             UTF-16BE, UTF-16BE, 2",
        "00 00 FE FF,             UTF-32BE, UTF-32BE, 4",
        "FF FE 00 00,             UTF-32LE, UTF-32LE, 4",
        "00 00 FE FF 00 00 00 7B, UTF-32BE, UTF-32BE, 4",
        "FF FE 00 00 7B 00 00 00, UTF-32LE, UTF-32LE, 4",
        // no mark: RFC 4627's zero bytes of two ASCII characters ('{' then a line end)
        "00 00 00 7B,             UTF-32BE, UTF-32BE, 0",
        "7B 00 00 00,             UTF-32LE, UTF-32LE, 0",
        "00 7B 00 0A,             UTF-16BE, UTF-16BE, 0",
        "7B 00 0A 00,             UTF-16LE, UTF-16LE, 0",
        "00 00 00 FF,             UTF-32BE, UTF-32BE, 0",
        // no mark, the first character's zero bytes alone: a guess, not certain
        "00 7B,                   -,        UTF-16BE, 0",
        "7B 00,                   -,        UTF-16LE, 0",
        "00 7B 00,                -,        UTF-16BE, 0",
        "7B 00 0A,                -,        UTF-16LE, 0",
        "7B 00 00,                -,        UTF-16LE, 0",
        "00 7B 4E 2D,             -,        UTF-16BE, 0",
        "7B 00 2D 4E,             -,        UTF-16LE, 0",
        "00 7B 00 00,             -,        UTF-16BE, 0",
        // zero bytes that are no character's of any of them
        "00 00 00 00,             -,        -,        0",
        "00 00 7B 00,             -,        -,        0",
        "00 00 7B 7B,             -,        -,        0",
        // UTF-8: its byte order mark, and zero bytes in its text
        "EF BB BF,                -,        -,        0",
        "EF BB BF 7B 0A,          -,        -,        0",
        "EF BB BF 00 7B 00 0A,    -,        -,        0",
        "7B 22 61 22 3A 00,       -,        -,        0",
        "C3 A9 00 00,             -,        -,        0",
        "7B 0A 00 00 00,          -,        -,        0",
        // a lone zero byte after one character of UTF-8: no JSON text, guessed as Jackson guesses it
        "61 00,                   -,        UTF-16LE, 0",
    })
    void everyStartIsTheEncodingOfTheTable(String hex, String of, String guess, int mark) {
        byte[] start = HexFormat.ofDelimiter(" ").parseHex(hex);
        // inside a larger array: nothing before from or from to on is read
        byte[] b = new byte[start.length + 8];
        java.util.Arrays.fill(b, (byte) 0);
        System.arraycopy(start, 0, b, 3, start.length);
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xFE;

        WideEncoding certain = WideEncoding.of(b, 3, 3 + start.length);
        WideEncoding guessed = WideEncoding.guess(b, 3, 3 + start.length);

        assertThat(describe(certain)).isEqualTo(of == null ? null : of + " " + mark);
        assertThat(describe(guessed)).isEqualTo(guess == null ? null : guess + " " + mark);
    }

    /**
     * Texts whose first two characters are ASCII, in each encoding, with and without a byte order mark:
     * that encoding, and the mark's length. The rest of the text is anything (U+0000 and U+FEFF included).
     */
    @Test
    void aRangeOutsideTheBytesIsRefusedAndAnEncodingPrintsItsName() {
        byte[] b = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
        assertThatThrownBy(() -> WideEncoding.of(b, 2, 5))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> WideEncoding.guess(b, 3, 2))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(WideEncoding.of(b, 0, 4)).hasToString("UTF-16LE (mark)");
        assertThat(WideEncoding.guess(b, 2, 4)).hasToString("UTF-16LE");
    }

    @Test
    void theUtf8MarkIsThreeBytesAndNoWideEncoding() {
        byte[] marked = {'x', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        assertThat(WideEncoding.utf8Mark(marked, 1, 6)).isEqualTo(3);
        assertThat(WideEncoding.of(marked, 1, 6)).isNull();
        assertThat(WideEncoding.utf8Mark(marked, 1, 3)).isZero();   // cut: no mark
        assertThat(WideEncoding.utf8Mark(marked, 0, 6)).isZero();   // not at the start
        assertThat(WideEncoding.utf8Mark(new byte[0], 0, 0)).isZero();
        assertThatThrownBy(() -> WideEncoding.utf8Mark(marked, 4, 7)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aJsonTextInEachEncodingIsThatEncoding() {
        Random random = new Random(20261207);
        for (int round = 0; round < 2_000; round++) {
            String text = ascii(random) + ascii(random) + anything(random, random.nextInt(6));
            for (String name : WIDE) {
                int markLength = name.startsWith("UTF-16") ? 2 : 4;
                for (boolean marked : new boolean[] {false, true}) {
                    byte[] b = ((marked ? "\uFEFF" : "") + text).getBytes(Charset.forName(name));
                    for (int to = 4; to <= b.length; to += 1 + random.nextInt(8)) {
                        String what = name + (marked ? " with mark, " : ", ") + HexFormat.ofDelimiter(" ").formatHex(b, 0, to);
                        WideEncoding found = WideEncoding.of(b, 0, to);
                        assertThat(found).as(what).isNotNull();
                        assertThat(found.name()).as(what).isEqualTo(name);
                        assertThat(found.mark()).as(what).isEqualTo(marked ? markLength : 0);
                        assertThat(describe(WideEncoding.guess(b, 0, to))).as(what).isEqualTo(describe(found));
                    }
                }
            }
        }
    }

    /**
     * A start whose first character alone is U+0001 to U+00FF (a second one anything but U+0000, or
     * none): guessed as its encoding, without a mark.
     */
    @Test
    void aFirstCharacterAloneIsGuessed() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            String second = random.nextBoolean() ? "" : anything(random, 1).replace('\0', 'x');
            String text = (char) (1 + random.nextInt(0xFF)) + second;
            for (String name : WIDE) {
                byte[] b = text.getBytes(Charset.forName(name));
                WideEncoding guessed = WideEncoding.guess(b, 0, b.length);
                assertThat(guessed).as("%s %s", name, HexFormat.ofDelimiter(" ").formatHex(b)).isNotNull();
                assertThat(guessed.name()).as("%s %s", name, HexFormat.ofDelimiter(" ").formatHex(b)).isEqualTo(name);
                assertThat(guessed.mark()).isZero();
            }
        }
    }

    /**
     * UTF-8 text, with or without its byte order mark, whose first two characters are not U+0000 is
     * neither: its zero bytes later on (a U+0000 in a string) are no UTF-16 or UTF-32.
     */
    @Test
    void utf8TextIsNeither() {
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            String text = anything(random, 2).replace('\0', 'a') + anything(random, random.nextInt(6)) + "\0";
            for (String mark : new String[] {"", "\uFEFF"}) {
                byte[] b = (mark + text).getBytes(StandardCharsets.UTF_8);
                for (int to = 0; to <= b.length; to++) {
                    String what = HexFormat.ofDelimiter(" ").formatHex(b, 0, to);
                    assertThat(WideEncoding.of(b, 0, to)).as(what).isNull();
                    assertThat(WideEncoding.guess(b, 0, to)).as(what).isNull();
                }
            }
        }
    }

    /**
     * Every start of up to five bytes from a set (zero, ASCII, the marks' bytes, others) and every slice
     * of it, against the table of the Javadoc read as patterns: {@code xx} a byte that is not zero, the
     * first pattern that the start holds whole wins.
     */
    @Test
    void everyStartOfASetOfBytesFollowsTheDocumentedTable() {
        String[] sure = {
            "00 00 FE FF UTF-32BE 4", "FF FE 00 00 UTF-32LE 4", "FE FF UTF-16BE 2", "FF FE UTF-16LE 2",
            "00 00 00 xx UTF-32BE 0", "xx 00 00 00 UTF-32LE 0", "00 xx 00 xx UTF-16BE 0", "xx 00 xx 00 UTF-16LE 0",
        };
        List<Row> sureRows = Row.of(sure);
        List<Row> guessed = new ArrayList<>(sureRows);
        guessed.addAll(Row.of("00 xx UTF-16BE 0", "xx 00 UTF-16LE 0"));
        int[] set = {0x00, 0x01, 0x0A, 0x7B, 0x80, 0xBB, 0xBF, 0xEF, 0xFE, 0xFF};
        int starts = 0;
        List<String> wrong = new ArrayList<>();
        for (int length = 0; length <= 5; length++) {
            for (int c = 0, all = (int) Math.pow(set.length, length); c < all; c++) {
                byte[] b = new byte[length];
                for (int i = 0, x = c; i < length; i++, x /= set.length) {
                    b[i] = (byte) set[x % set.length];
                }
                for (int from = 0; from <= length; from++) {
                    for (int to = from; to <= length; to++) {
                        if (!java.util.Objects.equals(describe(WideEncoding.of(b, from, to)), table(sureRows, b, from, to))
                                || !java.util.Objects.equals(describe(WideEncoding.guess(b, from, to)), table(guessed, b, from, to))) {
                            wrong.add(HexFormat.ofDelimiter(" ").formatHex(b, from, to));
                        }
                        starts++;
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(starts).isEqualTo(2_260_631); // 10^L starts of each length L, (L + 1)(L + 2) / 2 slices each
    }

    private static String describe(WideEncoding encoding) {
        return encoding == null ? null : encoding.name() + " " + encoding.mark();
    }

    /** The encoding and mark of the first row of {@code rows} whose pattern {@code b[from, to)} starts with. */
    private static String table(List<Row> rows, byte[] b, int from, int to) {
        rows:
        for (Row row : rows) {
            if (to - from < row.pattern().length) {
                continue;
            }
            for (int i = 0; i < row.pattern().length; i++) {
                int value = b[from + i] & 0xFF;
                if (row.pattern()[i] < 0 ? value == 0 : value != row.pattern()[i]) {
                    continue rows;
                }
            }
            return row.encoding();
        }
        return null;
    }

    /** A row of the table: its bytes ({@code xx}: -1, any byte but zero), then its encoding and mark. */
    private record Row(int[] pattern, String encoding) {

        static List<Row> of(String... rows) {
            List<Row> parsed = new ArrayList<>();
            for (String row : rows) {
                String[] cells = row.split(" ");
                int[] pattern = new int[cells.length - 2];
                for (int i = 0; i < pattern.length; i++) {
                    pattern[i] = cells[i].equals("xx") ? -1 : Integer.parseInt(cells[i], 16);
                }
                parsed.add(new Row(pattern, cells[pattern.length] + " " + cells[pattern.length + 1]));
            }
            return parsed;
        }
    }

    /** A printable ASCII character or JSON white space: what a JSON text's first two are. */
    private static String ascii(Random random) {
        return random.nextInt(4) == 0 ? String.valueOf(" \t\r\n".charAt(random.nextInt(4)))
                : String.valueOf((char) (0x20 + random.nextInt(0x5F)));
    }

    /** {@code count} characters of any kind: ASCII, U+0000, Latin-1, CJK, U+FEFF, past U+FFFF. */
    private static String anything(Random random, int count) {
        StringBuilder s = new StringBuilder();
        int[] from = {0x00, 0x20, 0xA0, 0x4E00, 0xFEFF, 0x1F600};
        int[] span = {1, 0x5F, 0x60, 0x100, 1, 0x50};
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(from.length);
            s.appendCodePoint(from[kind] + random.nextInt(span[kind]));
        }
        return s.toString();
    }
}
