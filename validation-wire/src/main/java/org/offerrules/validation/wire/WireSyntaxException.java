package org.offerrules.validation.wire;

import java.io.IOException;

/**
 * Malformed JSON or an exceeded read limit, translated from the parser's own exception by its
 * {@link TokenSource}: the binder reports it as 6055 at its position and ends the document.
 */
public final class WireSyntaxException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final boolean endedEarly;

    /**
     * @param message    the parser's message without its location (its first line is reported)
     * @param line       the parser's line of the problem
     * @param column     the parser's column of the problem
     * @param endedEarly the input ended inside the document
     */
    public WireSyntaxException(String message, int line, int column, boolean endedEarly) {
        super(message);
        this.line = line;
        this.column = column;
        this.endedEarly = endedEarly;
    }

    /**
     * The syntax error {@code e}, thrown by {@code p}, means ({@link TokenSource#failure}); any other
     * failure is rethrown: a reader's one translation of a parser's exception.
     */
    static WireSyntaxException of(TokenSource p, Exception e) throws IOException {
        IOException failure = p.failure(e);
        if (failure instanceof WireSyntaxException syntax) {
            return syntax;
        }
        throw failure;
    }

    /**
     * The token an "Unrecognized token 'X'" message names; null for any other message. Jackson 2.19
     * reports that error after the token (a byte parser even after the delimiter that ended it), 2.20
     * and later at its start: the token's start is found from it, for one answer on every version.
     */
    static String unrecognizedToken(String message) {
        String prefix = "Unrecognized token '";
        int end = message == null || !message.startsWith(prefix) ? -1 : message.indexOf("': was expecting");
        return end < 0 ? null : message.substring(prefix.length(), end);
    }

    /**
     * For a parser of text: the start of the token an "Unrecognized token" message names, from the
     * parser's position {@code after} it; {@code reported} for any other message or a parser of
     * bytes (whose input the binder searches instead: {@code Columns.tokenStart}).
     */
    public static int tokenStart(String message, int reported, int after, boolean bytes) {
        String token = bytes ? null : unrecognizedToken(message);
        int start = token == null ? reported : after - token.length();
        return start >= 1 && start <= reported ? start : reported;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    boolean endedEarly() {
        return endedEarly;
    }
}
