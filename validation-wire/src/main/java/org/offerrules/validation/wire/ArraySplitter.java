package org.offerrules.validation.wire;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the elements of a JSON array of objects by scanning its bytes, without parsing them: strings,
 * escapes and nesting are tracked, nothing else. Each element is handed out with its bytes and the
 * line and UTF-16 column where it starts, as the parser of the whole file would count them, so that it
 * can be read on its own ({@link WireReader#readElement}) with the results of the sequential reading.
 *
 * <p>The scan is conservative: whatever it is not sure of (a byte order mark, a line break other than
 * LF before the array, a value that is not an object, a control byte, bytes that are not UTF-8,
 * unbalanced or mismatched brackets, a trailing comma or trailing content, an element nested or sized
 * beyond {@link #MAX_DEPTH} or {@link #MAX_ELEMENT}, or starting right of {@link #MAX_COLUMN}) makes
 * it give up. An element is handed out only
 * once the scan has gone {@link #LOOKAHEAD} bytes past it (or has checked the whole file): the
 * sequential reader decodes its input a few kilobytes ahead, so a problem that close to an element can
 * change what it reports about the element. When the scan gives up, the {@link #handedOut()} elements
 * read alone are what the sequential reading gives for its first documents; the rest must be read
 * sequentially. Memory is bounded by the buffer, {@link #LOOKAHEAD} and {@link #MAX_ELEMENT}. Not
 * thread-safe.
 */
public final class ArraySplitter {

    /**
     * One element of the array.
     *
     * @param bytes  its UTF-8 bytes, from its opening to its closing brace
     * @param index  its 0-based document index in the file
     * @param line   the 1-based line where it starts
     * @param column the 1-based UTF-16 column where it starts
     */
    public record Element(byte[] bytes, int index, int line, int column) {
    }

    /**
     * The deepest nesting scanned, the array included: far below {@link ReadLimits#MAX_NESTING_DEPTH},
     * which counts the array in the whole file but not when an element is read alone.
     */
    static final int MAX_DEPTH = 16;
    /** The longest element scanned: far below {@link ReadLimits#MAX_DOCUMENT_LENGTH}; offers are a few KB. */
    static final int MAX_ELEMENT = 1 << 20;
    /** How far the scan must be past an element before it is handed out. */
    static final int LOOKAHEAD = 1 << 20;
    /**
     * The rightmost column an element may start at. Elements are read alone, their first line's
     * columns shifted to where they start, so a minified array (every element on one line) is split
     * too; only a line of more than a billion characters, whose columns would overflow an int in the
     * element or the parser, is left to the sequential reading.
     */
    static final int MAX_COLUMN = 1 << 30;

    private enum State { START, FIRST, NEXT, AFTER_ELEMENT, AFTER_ARRAY, DONE, GAVE_UP }

    /** {@link #element}: the scan must give up. */
    private static final int GIVE_UP = -1;
    /** {@link #element}: {@code CUT - i}, the buffer ends inside the character at {@code i}. */
    private static final int CUT = -2;
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private record Found(Element element, long end) {
    }

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private long consumed;          // file offset of buf[0]
    private boolean atEof;
    private State state = State.START;

    private int line = 1;
    private long lineStart;         // file offset of the current line's first byte
    private int lineExtra;          // bytes on the current line that add no UTF-16 unit of their own
    private boolean afterCr;

    private int depth;              // nesting inside the current element; 0 between elements
    private int arrays;             // bit d - 1 set: the bracket at depth d is an array
    private boolean inString;
    private boolean escaped;
    private byte[] element = new byte[8192];
    private int elementLength;
    private int segmentStart;       // where the current element's bytes in buf begin
    private int elementLine;
    private int elementColumn;

    private final ArrayDeque<Found> found = new ArrayDeque<>();
    private int elements;
    private int handedOut;

    /** A scan of {@code in}, which the caller closes. */
    public ArraySplitter(InputStream in) {
        this.in = in;
    }

    /**
     * The next elements, at most {@code maxElements} of them and about {@code maxBytes}; empty at
     * the end of the array, or when the scan gave up ({@link #gaveUp()}).
     */
    public List<Element> next(int maxElements, int maxBytes) throws IOException {
        List<Element> batch = new ArrayList<>();
        long bytes = 0;
        while (batch.size() < maxElements && bytes < maxBytes) {
            Found head = found.peek();
            if (head != null && (state == State.DONE || head.end() + LOOKAHEAD <= consumed + pos)) {
                found.poll();
                batch.add(head.element());
                bytes += head.element().bytes().length;
                handedOut++;
            } else if (state == State.DONE) {
                break;
            } else if (state == State.GAVE_UP) {
                found.clear();
                break;
            } else {
                scan();
            }
        }
        return batch;
    }

    /** Whether the scan met something it is not sure of: the file must be read sequentially. */
    public boolean gaveUp() {
        return state == State.GAVE_UP;
    }

    /** How many elements {@link #next} has handed out: the documents the sequential reading must skip. */
    public int handedOut() {
        return handedOut;
    }

    /** Scans what the buffer holds, or reads more. */
    private void scan() throws IOException {
        if (pos == end) {
            refill();
            return;
        }
        int i = pos;
        int n = end;
        byte[] b = buf;
        while (i < n) {
            if (depth > 0) {
                // the bulk of the file: inside an element
                int at = element(b, i, n);
                if (at == GIVE_UP) {
                    giveUp();
                    return;
                }
                if (at < 0) {
                    pos = CUT - at; // a character cut by the end of the buffer: read on
                    refill();
                    return;
                }
                i = at;
                continue;
            }
            int c = b[i];
            if (c == ' ' || c == '\t') {
                afterCr = false;
                i++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' && state == State.START) {
                    giveUp(); // the sequential reader counts lines before the array by LF only
                    return;
                }
                lineBreak(c, i);
                i++;
                continue;
            }
            afterCr = false;
            switch (state) {
                case START:
                    if (c != '[') {
                        giveUp();
                        return;
                    }
                    state = State.FIRST;
                    break;
                case FIRST:
                case NEXT:
                    if (c == ']' && state == State.FIRST) {
                        state = State.AFTER_ARRAY;
                    } else if (c != '{' || !startElement(i)) {
                        giveUp();
                        return;
                    }
                    break;
                case AFTER_ELEMENT:
                    if (c == ',') {
                        state = State.NEXT;
                    } else if (c == ']') {
                        state = State.AFTER_ARRAY;
                    } else {
                        giveUp();
                        return;
                    }
                    break;
                default:
                    giveUp(); // trailing content
                    return;
            }
            i++;
        }
        pos = i;
    }

    /**
     * Scans inside an element from {@code i}, its nesting and string state in locals: returns where it
     * stopped (the end of the buffer, or just past the element's closing brace), or {@link #GIVE_UP},
     * or {@code CUT - i} when the buffer ends inside the character at {@code i}. It takes 64 bytes at a
     * time as bit masks of their quotes and brackets when they hold nothing else to look at (no
     * backslash, control byte, line break or character beyond ASCII): the quotes' running parity says
     * which bytes are in strings, and only the brackets outside them are visited, in order. Any other
     * block is taken a byte at a time, its plain string bytes eight at a time ({@link #plain}).
     */
    private int element(byte[] b, int i, int n) {
        int depth = this.depth;
        int arrays = this.arrays;
        boolean inString = this.inString;
        boolean escaped = this.escaped;
        boolean afterCr = this.afterCr;
        int bytewise = 0;       // below this, the bytes are taken one at a time: their block holds a special byte
        int result = GIVE_UP;
        scan:
        while (true) {
            if (i >= n) {
                result = i;
                break;
            }
            if (!escaped && i >= bytewise && i <= n - BLOCK) {
                // 64 bytes at once, as bit masks: where the quotes put strings, the brackets outside them
                long quotes = 0;
                long brackets = 0;      // and 'Y', 'y', '_' and DEL, which the loop below passes over
                long special = 0;       // high bits, where they are set is of no matter
                for (int k = 0; k < BLOCK; k += 8) {
                    long w = (long) LONGS.get(b, i + k);
                    long low = w & ~HIGH_BITS;
                    quotes |= gather(equal(w, 0x2222222222222222L)) << k;
                    // '[' ']' '{' '}' (and 'Y' 'y' '_' DEL) are the bytes that read 0x59 with bits 0x26 cleared
                    brackets |= gather(equal(w & 0xD9D9D9D9D9D9D9D9L, 0x5959595959595959L)) << k;
                    // a backslash, a byte below 0x20 (a line break among them), DEL or beyond ASCII
                    special |= (equal(w, 0x5C5C5C5C5C5C5C5CL) | ~(low + 0x6060606060606060L | w)
                            | low + 0x0101010101010101L | w) & HIGH_BITS;
                }
                if (special == 0) {
                    // no escape, control byte, line break or character beyond ASCII: a string is what lies
                    // between two quotes, the quote that opens it included
                    long inside = quotes;
                    inside ^= inside << 1;
                    inside ^= inside << 2;
                    inside ^= inside << 4;
                    inside ^= inside << 8;
                    inside ^= inside << 16;
                    inside ^= inside << 32;
                    if (inString) {
                        inside = ~inside;
                    }
                    int d = depth;
                    int a = arrays;
                    boolean sure = true;
                    for (brackets &= ~inside; brackets != 0; brackets &= brackets - 1) {
                        int k = Long.numberOfTrailingZeros(brackets);
                        int c = b[i + k];
                        if ((c | 0x20) != '{' && (c | 0x20) != '}') {
                            continue;
                        }
                        boolean array = c == '[' || c == ']';
                        if (c == '{' || c == '[') {
                            if (d + 1 >= MAX_DEPTH) {
                                sure = false;
                                break;
                            }
                            a = array ? a | 1 << d : a & ~(1 << d);
                            d++;
                        } else if (((a & 1 << d - 1) != 0) != array) {
                            sure = false;
                            break;
                        } else if (--d == 0) {
                            this.depth = 0;
                            this.inString = false;
                            this.escaped = false;
                            this.afterCr = false;
                            return endElement(i + k + 1) ? i + k + 1 : GIVE_UP;
                        }
                    }
                    if (sure) {
                        depth = d;
                        arrays = a;
                        inString = inside < 0;
                        afterCr = false;
                        i += BLOCK;
                        continue;
                    }
                }
                bytewise = i + BLOCK; // the byte at a time path gives up where it must
            }
            int c = b[i];
            if (inString) {
                if (escaped) {
                    if (c < 0x20 || c > 0x7E) {
                        break;
                    }
                    escaped = false;
                    i++;
                    continue;
                }
                i = plain(b, i, n);
                if (i == n) {
                    result = i;
                    break;
                }
                c = b[i];
                if (c == '"') {
                    inString = false;
                    i++;
                } else if (c == '\\') {
                    escaped = true;
                    i++;
                } else if (c < 0) {
                    int length = Utf8.sequence(b, i, n);
                    if (length == 0) {
                        result = CUT - i;
                        break;
                    }
                    if (length < 0) {
                        break;
                    }
                    lineExtra += length == 4 ? 2 : length - 1;
                    i += length;
                } else {
                    break; // a control character in a string
                }
                continue;
            }
            switch (c) {
                case '"':
                    inString = true;
                    afterCr = false;
                    break;
                case ' ':
                case '\t':
                    afterCr = false;
                    break;
                case '\n':
                case '\r':
                    this.afterCr = afterCr;
                    lineBreak(c, i);
                    afterCr = this.afterCr;
                    break;
                case '{':
                case '[':
                    if (depth + 1 >= MAX_DEPTH) {
                        break scan;
                    }
                    arrays = c == '[' ? arrays | 1 << depth : arrays & ~(1 << depth);
                    depth++;
                    afterCr = false;
                    break;
                case '}':
                case ']':
                    if (((arrays & 1 << depth - 1) != 0) != (c == ']')) {
                        break scan;
                    }
                    afterCr = false;
                    if (--depth == 0) {
                        this.depth = 0;
                        this.inString = false;
                        this.escaped = false;
                        this.afterCr = false;
                        return endElement(i + 1) ? i + 1 : GIVE_UP;
                    }
                    break;
                default:
                    if (c <= 0x20 || c >= 0x7F) {
                        break scan; // anything else the parser reports in the element itself
                    }
                    afterCr = false;
            }
            i++;
        }
        this.depth = depth;
        this.arrays = arrays;
        this.inString = inString;
        this.escaped = escaped;
        this.afterCr = afterCr;
        return result;
    }

    /** A line break {@code c} (CR or LF) at {@code i}: CR, LF and CR LF each end a line, as the parser counts them. */
    private void lineBreak(int c, int i) {
        if (c == '\r' || !afterCr) {
            line++;
        }
        afterCr = c == '\r';
        lineStart = consumed + i + 1;
        lineExtra = 0;
    }

    /** The bytes {@link #element} takes at once. */
    private static final int BLOCK = 64;

    /** The high bit of each byte of {@code w} that equals the byte of {@code pattern} (all bytes alike). */
    private static long equal(long w, long pattern) {
        long t = w ^ pattern;
        return ~((t & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL | t) & HIGH_BITS;
    }

    /** The high bits of the 8 bytes of {@code marks} (nothing else set) as the 8 low bits, the first byte's lowest. */
    private static long gather(long marks) {
        return (marks >>> 7) * 0x0102040810204080L >>> 56;
    }

    /**
     * The first byte from {@code i} that is no plain string byte (a quote, a backslash, a control byte,
     * the first byte of a character beyond ASCII), or {@code n}: eight bytes a step, each step testing
     * for a byte equal to or below a value with the usual bit tricks (a borrow can mark a byte above a
     * marked one, never below, so the lowest mark is exact). {@link ByteSource} scans strings with it too.
     */
    static int plain(byte[] b, int i, int n) {
        for (; i <= n - 8; i += 8) {
            long w = (long) LONGS.get(b, i);
            long quote = w ^ 0x2222222222222222L;
            long backslash = w ^ 0x5C5C5C5C5C5C5C5CL;
            long marks = ((quote - ONES) & ~quote | (backslash - ONES) & ~backslash
                    | (w - 0x20 * ONES) & ~w | w) & HIGH_BITS;
            if (marks != 0) {
                return i + (Long.numberOfTrailingZeros(marks) >>> 3);
            }
        }
        for (; i < n; i++) {
            int c = b[i];
            if (c < 0x20 || c == '"' || c == '\\') {
                return i;
            }
        }
        return n;
    }

    private boolean startElement(int i) {
        elementColumn = (int) Math.min(Integer.MAX_VALUE, consumed + i - lineStart - lineExtra + 1);
        if (elementColumn > MAX_COLUMN) {
            return false;
        }
        depth = 1;
        arrays = 0;
        elementLength = 0;
        segmentStart = i;
        elementLine = line;
        return true;
    }

    private boolean endElement(int to) {
        byte[] bytes;
        if (elementLength == 0) {
            bytes = Arrays.copyOfRange(buf, segmentStart, to); // the usual case: all of it in the buffer, one copy
        } else if (keep(to)) {
            bytes = Arrays.copyOf(element, elementLength);
        } else {
            return false;
        }
        found.add(new Found(new Element(bytes, elements++, elementLine, elementColumn), consumed + to));
        state = State.AFTER_ELEMENT;
        return true;
    }

    /** Keeps the current element's bytes of the buffer up to {@code to}; false when it is too long. */
    private boolean keep(int to) {
        int length = to - segmentStart;
        if (elementLength + length > MAX_ELEMENT) {
            return false;
        }
        if (elementLength + length > element.length) {
            element = Arrays.copyOf(element, Math.max(elementLength + length, element.length * 2));
        }
        System.arraycopy(buf, segmentStart, element, elementLength, length);
        elementLength += length;
        segmentStart = to;
        return true;
    }

    /** Moves the unscanned bytes to the front of the buffer and reads more after them. */
    private void refill() throws IOException {
        if (depth > 0 && !keep(pos)) {
            giveUp();
            return;
        }
        int rest = end - pos;
        System.arraycopy(buf, pos, buf, 0, rest);
        consumed += pos;
        segmentStart = 0;
        pos = 0;
        end = rest;
        int read = atEof ? -1 : in.read(buf, end, buf.length - end);
        if (read < 0) {
            atEof = true;
            if (rest > 0 || state != State.AFTER_ARRAY) {
                giveUp(); // the file ends inside the array, or inside a character
            } else {
                state = State.DONE;
            }
            return;
        }
        end += read;
    }

    private void giveUp() {
        state = State.GAVE_UP;
        found.clear();
    }
}
