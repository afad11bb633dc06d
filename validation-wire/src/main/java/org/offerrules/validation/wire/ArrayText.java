package org.offerrules.validation.wire;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;

/**
 * The text of a JSON array file on its way to the parser, kept from the start of the element being
 * read so that, when that element's JSON breaks, its end can be found and the reading resumed after
 * it (docs/decisions/arrays.md). The parser cannot go on after broken JSON; a new one reads on from
 * the next element, given {@code [} and a line end first, so that it reads the rest as an array at
 * the depth the old one was.
 *
 * <p>The end is taken only when it is certain: a scan from the element's opening bracket that tracks
 * strings, escapes and the kind of each bracket reaches the matching closing bracket, within
 * {@link #MAX_ELEMENT} characters and {@link #MAX_DEPTH} levels, no string holding a control
 * character (a line break in a string is most often a string that never ended) and no bracket closing
 * one of the other kind; then white space and {@code ]}, or {@code ,} and the next element. A broken
 * scalar element ({@code tru}), or root value, is skipped from the end of the element before it ({@link #gap}): a string
 * to its closing quote, a token to the white space, comma or bracket after it. Anything else, the end of the input or text that cannot be decoded before that, and the
 * file ends with the broken element, as a parser ends it; {@link #textAfter} then tells whether text was left unread. An element of an array split for the workers
 * ({@link ArraySplitter}) meets all of these, so its elements read alone agree with this reading.
 *
 * <p>Memory is bounded by {@link #MAX_ELEMENT}: the text is read in chunks of {@link #CHUNK}
 * characters, and at most one element and a few chunks are kept. Not thread-safe.
 */
final class ArrayText extends Reader {

    /**
     * The longest element whose end is looked for, in UTF-16 units: an element split for the workers
     * is at most {@link ArraySplitter#MAX_ELEMENT} bytes, so never longer.
     */
    static final int MAX_ELEMENT = ArraySplitter.MAX_ELEMENT;
    /** The deepest nesting the scan follows, the element's own bracket included. */
    static final int MAX_DEPTH = 1024;
    /** Characters read from the input at once, and handed to the parser at most in one read. */
    static final int CHUNK = 1 << 14;
    /**
     * How far the text read may run ahead of an element's start before that start is dropped: the
     * parser holds at most a chunk it has not read, this text at most another, and a chunk is read at
     * a time, so an element of {@link #MAX_ELEMENT} characters is always kept whole.
     */
    private static final long KEEP = MAX_ELEMENT + 4L * CHUNK;
    private static final char[] RESTART = {'[', '\n'};
    private static final char[] NONE = {};

    /** Where a new parser starts: the element or the array's end after a broken element. */
    record Resumption(int line, int column) {
    }

    private final Reader in;
    private char[] kept = new char[2 * CHUNK];
    private long keptStart;         // the offset of kept[0] in the text
    private int keptLength;
    private boolean eof;
    private long served;            // the offset of the next character handed to the parser
    /** What a new parser is given before the text: {@code [} and a line end in an array, nothing between root values. */
    private final char[] prefix;
    /** The text is a stream of root values (a pretty-printed file of documents), not an array. */
    private final boolean values;
    private int restart;            // how much of the prefix has been handed to the current parser
    private long parserBase;        // the offset in the text of the current parser's offset 0

    private long mark = -1;         // the start of the element being read; -1 when not kept
    private int markLine;
    private int markColumn;
    private boolean markIsGap;      // the mark is where the last element (or the array's [) ended
    private boolean markIsRead;     // the mark is a scalar element the parser read whole: its gap follows it
    private boolean gapComma;       // and a comma is due after it
    private boolean passedComma;    // the last blank() passed a comma

    // where the last resumption's scan started, when it found no certain end: textAfter walks from there
    private long scanStart = -1;
    private int scanLine;
    private int scanColumn;

    // the scan's position: line and column of the character at offset at
    private long at;
    private int line;
    private long lineStart;
    private int columnBase;
    private boolean afterCr;

    ArrayText(Reader in) {
        this(in, false);
    }

    /**
     * The text of a stream of root values (a pretty-printed file of documents): a broken value is skipped
     * when its end is certain (one that begins with an opening brace or {@code [} as an array's element, a
     * scalar such as {@code tru} to the white space after it, a string to its closing quote on its line),
     * and white space and the next value's opening brace, or the end of the input, follow; a new parser
     * reads on from there.
     */
    static ArrayText values(Reader in) {
        return new ArrayText(in, true);
    }

    private ArrayText(Reader in, boolean values) {
        this.in = in;
        this.values = values;
        this.prefix = values ? NONE : RESTART;
        this.restart = prefix.length;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int given = 0;
        while (restart < prefix.length && given < len) {
            cbuf[off + given++] = prefix[restart++]; // with the text after it: one buffer of the parser
        }
        if (given > 0 && served == end()) {
            return given; // the text after it comes with the next read
        }
        if (given == len || served == end() && !fill(mark >= 0 ? mark : served - CHUNK)) {
            return given > 0 ? given : -1;
        }
        int n = (int) Math.min(Math.min(len - given, CHUNK), end() - served);
        System.arraycopy(kept, (int) (served - keptStart), cbuf, off + given, n);
        served += n;
        return given + n;
    }

    /** Nothing: the file's stream is closed by its reader, and a parser given up on closes this. */
    @Override
    public void close() {
    }

    /**
     * The current parser has met an element at its {@code offset}, which starts at the file's
     * {@code line} and UTF-16 {@code column}: kept from there on, in case its JSON breaks.
     */
    void element(long offset, int line, int column) {
        mark(offset, line, column, false, false);
    }

    /**
     * The current parser has read an element to its closing bracket, or the array's {@code [}, just
     * before its {@code offset}, the file's {@code line} and UTF-16 {@code column}: kept from there on,
     * in case the next element is a scalar whose JSON breaks before the parser can name its start.
     *
     * @param comma whether a comma is due before the next element (not after the {@code [})
     */
    void gap(long offset, int line, int column, boolean comma) {
        mark(offset, line, column, true, comma);
    }

    /**
     * The element last {@linkplain #element met} is a scalar the parser read whole (not an offer, but no
     * broken JSON), whose end the parser does not tell: an element that breaks after it is skipped from
     * the end of this one, as from a {@linkplain #gap gap} with its comma.
     */
    void elementRead() {
        markIsRead = mark >= 0;
    }

    private void mark(long offset, int line, int column, boolean gap, boolean comma) {
        long start = parserBase + offset;
        mark = start >= keptStart ? start : -1;
        markLine = line;
        markColumn = column;
        markIsGap = gap;
        markIsRead = false;
        gapComma = comma;
    }

    /**
     * After the JSON of the element last {@linkplain #element met} broke: where a new parser of this
     * text is to start, when the element's end is certain (it then reads {@code [}, a line end, and
     * the text from there); null when it is not, and the file ends.
     *
     * @throws IOException when the input cannot be read (text that cannot be decoded is no certain end)
     */
    Resumption resume() throws IOException {
        long start = mark;
        mark = -1;
        scanStart = -1;
        if (start < 0) {
            return null;
        }
        scanStart = start;
        scanLine = markLine;
        scanColumn = markColumn;
        at = start;
        line = markLine;
        lineStart = start;
        columnBase = markColumn;
        afterCr = false;
        try {
            if (markIsRead) {
                // past the scalar read whole; then its gap, whose comma is due
                if (!skipElement(start)) {
                    return null;
                }
                markIsGap = true;
                gapComma = !values; // root values have no comma between them
            }
            if (markIsGap && !skipGap() || !skipElement(start) || !separator()) {
                return null;
            }
        } catch (CharacterCodingException e) {
            return null;
        }
        scanStart = -1;
        served = at;
        restart = 0;
        parserBase = at - prefix.length;
        Resumption resumption = new Resumption(line, columnBase + (int) (at - lineStart));
        if (values) {
            mark = -1; // the next value marks itself
            return resumption;
        }
        // the new parser is given [ first: the next element comes without a comma
        mark = at;
        markLine = resumption.line();
        markColumn = resumption.column();
        markIsGap = true;
        markIsRead = false;
        gapComma = false;
        return resumption;
    }

    /**
     * Moves {@link #at} from the end of the last element (or the array's {@code [}) over white space
     * and the comma due there to the start of the broken element; false when no comma is where one is due.
     */
    private boolean skipGap() throws IOException {
        blank(gapComma);
        return passedComma == gapComma;
    }

    /**
     * Moves {@link #at} over white space, and over one comma among it when {@code comma} (then
     * {@link #passedComma} tells whether there was one); the character there, -1 at the end of the input.
     */
    private int blank(boolean comma) throws IOException {
        passedComma = false;
        while (true) {
            int c = peek(at);
            if (c == '\n' || c == '\r') {
                at++;
                lineBreak(c);
                continue;
            }
            if (c == ',' && comma && !passedComma) {
                passedComma = true;
            } else if (c != ' ' && c != '\t') {
                return c;
            }
            afterCr = false;
            at++;
        }
    }

    /** Moves {@link #at} past the element starting at {@code start}; false when its end is not certain. */
    private boolean skipElement(long start) throws IOException {
        long[] arrays = new long[MAX_DEPTH / 64]; // bit d: the bracket at depth d is an array's
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        long last = start + MAX_ELEMENT;
        int first = peek(start);
        if (first != '{' && first != '[') {
            return skipScalar(start, last);
        }
        while (at < last) {
            int c = peek(start);
            if (c < 0) {
                return false; // the input ends inside the element
            }
            at++;
            if (inString) {
                if (c < 0x20) {
                    return false; // a control character in a string: most often a string that never ended
                } else if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                lineBreak(c);
                continue;
            }
            afterCr = false;
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (depth == MAX_DEPTH) {
                    return false;
                }
                long bit = 1L << (depth & 63);
                arrays[depth >> 6] = c == '[' ? arrays[depth >> 6] | bit : arrays[depth >> 6] & ~bit;
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (((arrays[depth >> 6] & 1L << (depth & 63)) != 0) != (c == ']')) {
                    return false; // a bracket closing one of the other kind
                }
                if (depth == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Moves {@link #at} past a scalar element: a string to its closing quote (escapes followed, no
     * control character), or a bare token ({@code tru}, {@code 1.2.3}) to the white space, {@code ,} or
     * {@code ]} after it; false when it holds a bracket, quote, colon or control character, or runs
     * past {@code last} or the input: then its end would be a guess.
     */
    private boolean skipScalar(long start, long last) throws IOException {
        afterCr = false;
        if (peek(start) == '"') {
            at++;
            boolean escaped = false;
            while (at < last) {
                int c = peek(start);
                if (c < 0x20) {
                    return false; // the end of the input (-1), or a control character
                }
                at++;
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    return true;
                }
            }
            return false;
        }
        long from = at;
        while (at < last) {
            int c = peek(start);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ']') {
                return at > from;
            }
            if (c < 0x20 || c == '{' || c == '}' || c == '[' || c == '"' || c == ':') {
                return false; // the end of the input (-1), a control character, or not one token
            }
            at++;
        }
        return false;
    }

    /**
     * After a {@linkplain #resume resumption} that found no certain end: whether more follows the place
     * where the parser broke, the file's {@code line} and UTF-16 {@code column} (past the character there
     * and the rest of a bare token such as {@code tru}) — in an array anything but white space, commas and
     * closing brackets; between root values a line that starts a document ({@link #documentAfter}). That
     * is what the reading then never gets to, which the broken document's finding says. Reads on only to
     * the first such character. Without the broken element's start (one longer than {@link #MAX_ELEMENT})
     * it looks after the text the parser was given.
     *
     * @throws IOException when the input cannot be read (text that cannot be decoded counts as text)
     */
    boolean textAfter(int line, int column) throws IOException {
        boolean lineEnd = false; // the parser broke at a line break: the next character starts a line
        try {
            if (scanStart < 0 || scanStart < keptStart) {
                at = Math.max(served, keptStart);
            } else {
                at = scanStart;
                this.line = scanLine;
                lineStart = scanStart;
                columnBase = scanColumn;
                afterCr = false;
                while (this.line < line || this.line == line && columnBase + (at - lineStart) < column) {
                    int c = peek(at);
                    if (c < 0) {
                        return false;
                    }
                    at++;
                    if (c == '\n' || c == '\r') {
                        lineBreak(c);
                    } else {
                        afterCr = false;
                    }
                }
                int c = peek(at);
                if (c >= 0) {
                    at++; // the character the parser broke at
                    lineEnd = c == '\n' || c == '\r';
                }
                while (token(peek(at))) {
                    at++;
                }
            }
            return values ? documentAfter(lineEnd) : textAfter();
        } catch (CharacterCodingException e) {
            return true;
        } finally {
            scanStart = -1;
        }
    }

    /** Whether anything but white space, commas and closing brackets is at or after {@link #at}: an element. */
    private boolean textAfter() throws IOException {
        while (true) {
            int c = peek(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ',' && c != ']' && c != '}') {
                return c >= 0; // closing brackets and commas alone hold no document
            }
            at++;
        }
    }

    /**
     * Whether a line at or after {@link #at}, past the broken value's own, starts a document: its first
     * character an opening brace, then white space and a quote, a closing brace or the line's end. The
     * rest of the broken value itself is not counted (a file of one document read whole is that document
     * read alone, findings included), nor a brace inside it that no document starts with ({@code {TID}}
     * on the line after a string broken by a line break).
     */
    private boolean documentAfter(boolean lineStart) throws IOException {
        while (true) {
            int c = peek(at);
            if (c < 0) {
                return false;
            }
            at++;
            if (c == '\n' || c == '\r') {
                lineStart = true;
                continue;
            }
            if (lineStart && c == '{') {
                int next = peek(at);
                while (next == ' ' || next == '\t') {
                    at++;
                    next = peek(at);
                }
                if (next == '"' || next == '}' || next == '\n' || next == '\r' || next < 0) {
                    return true;
                }
            }
            lineStart = false;
        }
    }

    /** A character of a bare token ({@code tru}, {@code -1.5e3}): the rest of one the parser broke at. */
    private static boolean token(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '+' || c == '-'
                || c == '_';
    }

    /**
     * Moves {@link #at} over white space to the array's {@code ]}, or over {@code ,} and white space
     * to the next element's first character; false when anything else comes first.
     */
    private boolean separator() throws IOException {
        int c = blank(!values);
        if (values) {
            return c == '{' || c < 0; // the next document, or the end of the input
        }
        // after the comma the next element, whatever it is (a scalar one is read, or found broken, on its
        // own); not the end of the input, a second comma, a closing bracket or a colon
        return passedComma ? c >= 0x20 && c != ',' && c != ']' && c != '}' && c != ':' : c == ']';
    }

    /** A line break {@code c} at {@code at - 1} (CR, LF or the LF of CR LF), counted as the parser counts it. */
    private void lineBreak(int c) {
        if (c == '\r' || !afterCr) {
            line++;
        }
        afterCr = c == '\r';
        lineStart = at;
        columnBase = 1;
    }

    /** The character at {@link #at}, reading on (keeping the text from {@code hold}); -1 at the end. */
    private int peek(long hold) throws IOException {
        if (at == end() && !fill(hold)) {
            return -1;
        }
        return kept[(int) (at - keptStart)];
    }

    /** The characters this text can hold now: its memory. */
    int capacity() {
        return kept.length;
    }

    private long end() {
        return keptStart + keptLength;
    }

    /**
     * Reads a chunk after the kept text, dropping what is before {@code hold}; the element's start
     * ({@link #mark}) is dropped too when the text would run more than {@link #KEEP} past it. False
     * at the end of the input.
     */
    private boolean fill(long hold) throws IOException {
        if (eof) {
            return false;
        }
        if (mark >= 0 && end() + CHUNK - mark > KEEP) {
            mark = -1; // an element too long to look for its end: only what the parser may need is kept
            hold = Math.min(hold, served) - CHUNK;
        }
        if (keptLength + CHUNK > kept.length) {
            int drop = (int) Math.max(0, Math.min(keptLength, hold - keptStart));
            System.arraycopy(kept, drop, kept, 0, keptLength - drop);
            keptStart += drop;
            keptLength -= drop;
            if (keptLength + CHUNK > kept.length) {
                kept = Arrays.copyOf(kept, (int) Math.max(keptLength + CHUNK, Math.min(2L * kept.length, KEEP + CHUNK)));
            }
        }
        int n = in.read(kept, keptLength, CHUNK);
        if (n < 0) {
            eof = true;
            return false;
        }
        keptLength += n;
        return true;
    }
}
