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
