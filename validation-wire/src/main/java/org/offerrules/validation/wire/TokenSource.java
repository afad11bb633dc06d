package org.offerrules.validation.wire;

import java.io.Closeable;
import java.io.IOException;

/**
 * The streaming parser the binder reads through: each Jackson module implements it over its own
 * {@code JsonParser}, and {@link ByteSource} over a whole document of UTF-8 bytes, so that the binding
 * logic exists once. Its methods throw what the parser throws;
 * the readers catch it once, where a read starts, and have {@link #failure} tell what it means:
 * {@link WireSyntaxException} for malformed JSON and exceeded read limits, any other
 * {@link IOException} for a failure of the input itself. Positions are the parser's: lines 1-based,
 * columns 1-based in the parser's units (bytes of UTF-8 input, UTF-16 units of text). One JVM
 * reads with one or two implementations (its Jackson's and the byte tokenizer), so the calls stay
 * at most bimorphic and inline.
 */
public interface TokenSource extends Closeable {

    /** Advances to the next token; null at the end of the input. */
    Token next() throws IOException;

    /** The current token; null before the first and after the last. */
    Token current();

    /**
     * Advances to the next token and tells whether it is a field name equal to {@code field}'s wire
     * name: Jackson matches the raw bytes of a pre-encoded name ({@link WireSchema.WireField#encoded}).
     */
    boolean nextNameIs(WireSchema.WireField field) throws IOException;

    /** Advances to the next token and returns it when it is a field name; null otherwise. */
    String nextName() throws IOException;

    /** The current field name (interned by the parser when it interns names). */
    String currentName() throws IOException;

    /** The current scalar token's text. */
    String text() throws IOException;

    /** The current string's characters: {@link #textLength()} of them from {@link #textOffset()}. */
    char[] textCharacters() throws IOException;

    int textOffset() throws IOException;

    /** The current string's character {@code index} (below {@link #textLength()}). */
    default char textChar(int index) throws IOException {
        return textCharacters()[textOffset() + index];
    }

    int textLength() throws IOException;

    /**
     * The current string's text: the one of {@code spellings} it spells (shared by every document, its
     * hash code computed), else a new String. Matched on the parser's characters, so a hit makes no String.
     */
    default String text(String[] spellings) throws IOException {
        int length = textLength();
        candidates:
        for (String s : spellings) {
            if (s.length() != length) {
                continue;
            }
            for (int i = 0; i < length; i++) {
                if (s.charAt(i) != textChar(i)) {
                    continue candidates;
                }
            }
            return s;
        }
        return text();
    }

    /** The size of the current integer: {@code 0} fits an int, {@code 1} a long, {@code 2} neither. */
    int integerSize() throws IOException;

    int intValue() throws IOException;

    long longValue() throws IOException;

    double doubleValue() throws IOException;

    /** Line of the current token's start (for a report: it reads {@link #tokenPosition()}). */
    default int tokenLine() {
        return Locations.line(tokenPosition());
    }

    /** Column of the current token's start (for a report: it reads {@link #tokenPosition()}). */
    default int tokenColumn() {
        return Locations.column(tokenPosition());
    }

    /**
     * The current token's start as {@code line << 32 | column} ({@link #pack}), read from one location
     * object, which also gives {@link #tokenOffset()}: the binder asks for both at every value.
     */
    long tokenPosition();

    /**
     * The offset of the token of the last {@link #tokenPosition()}, in bytes or characters, whichever
     * the parser counts.
     */
    long tokenOffset();

    /**
     * How many units (bytes or characters, as {@link #tokenOffset()} counts) the input holds from the
     * current token's start to its end, when the source knows; -1 when it does not (a stream). A
     * document that cannot be longer than the reader's limit needs no check of its length at every token.
     */
    default long remaining() {
        return -1;
    }

    /** A position packed as {@link #tokenPosition()} returns it. */
    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffff_ffffL);
    }

    /** Line of the parser's position (after the current token), for the end of the input. */
    int line();

    /** Column of the parser's position. */
    int column();

    /** Skips the children of the current START_OBJECT or START_ARRAY; nothing on any other token. */
    void skipChildren() throws IOException;

    /**
     * What {@code e}, thrown by one of this source's methods, means: a {@link WireSyntaxException} at
     * its position for malformed JSON or an exceeded limit, the input's own {@link IOException} for a
     * failure of the input. Called right after the throw, before any other call on this source (the
     * position may be read from the parser); {@code e} is rethrown when it is not the parser's. The
     * default serves a source that throws {@link WireSyntaxException} itself.
     */
    default IOException failure(Exception e) {
        if (e instanceof IOException io) {
            return io;
        }
        throw (RuntimeException) e;
    }

    /** A 6055 exception at the current token, for a limit the binder enforces itself. */
    default WireSyntaxException error(String message) {
        return new WireSyntaxException(message, tokenLine(), tokenColumn(), false);
    }
}
