package org.offerrules.validation.wire;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Malformed JSON or an exceeded read limit, translated from the parser's own exception by its
 * {@link TokenSource}: the binder reports it as 6055 at its position and ends the document.
 */
public final class WireSyntaxException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * What the parsers word and place each their own way, and the binder reports in the product's words
     * at a place it finds in the input ({@link Binder#invalidJson(WireSyntaxException, int, Columns)}).
     */
    enum Kind {
        /** Reported as worded, at its position (an unrecognized token at the token's start). */
        AS_WORDED,
        /** A lone surrogate escape in a field name: at the escape's backslash. */
        LONE_SURROGATE,
        /** A field name past the length limit: at its opening quote. */
        NAME_TOO_LONG,
        /** A number past the length limit: at its first character. */
        NUMBER_TOO_LONG
    }

    /** How the parsers word a lone surrogate escape in a field name (the input itself being UTF-8). */
    private static final String[] LONE_SURROGATE_WORDS = {"Broken surrogate pair in field name",
            "Unexpected low surrogate in field name", "Invalid UTF-8: Illegal surrogate character"};
    private static final Pattern NAME_TOO_LONG = Pattern.compile("^Name length \\((\\d+)\\) exceeds the maximum allowed");

    private final int line;
    private final int column;
    private final boolean endedEarly;
    private final Kind kind;
    // LONE_SURROGATE: the parser stopped after the escape, not at it; NAME_TOO_LONG: the name's length
    private final int detail;

    /**
     * @param message    the parser's message without its location (its first line is reported)
     * @param line       the parser's line of the problem
     * @param column     the parser's column of the problem
     * @param endedEarly the input ended inside the document
     */
    public WireSyntaxException(String message, int line, int column, boolean endedEarly) {
        this(Worded.of(message), line, column, endedEarly);
    }

    private WireSyntaxException(Worded worded, int line, int column, boolean endedEarly) {
        super(worded.message());
        this.line = line;
        this.column = column;
        this.endedEarly = endedEarly;
        this.kind = worded.kind();
        this.detail = worded.detail();
    }

    /** A parser's message in the product's words, and how the binder places it. */
    private record Worded(String message, Kind kind, int detail) {

        static Worded of(String message) {
            if (message == null) {
                return new Worded(null, Kind.AS_WORDED, 0);
            }
            if (message.equals(Binder.LONE_SURROGATE)) {
                return new Worded(message, Kind.LONE_SURROGATE, 0); // the binder's own, at the escape
            }
            for (String words : LONE_SURROGATE_WORDS) {
                if (message.startsWith(words)) {
                    return new Worded(Binder.LONE_SURROGATE, Kind.LONE_SURROGATE, 1);
                }
            }
            Matcher name = message.startsWith("Name length") ? NAME_TOO_LONG.matcher(message) : null;
            if (name != null && name.find()) {
                // a text parser stops after the whole name and counts it, a byte parser where its buffer
                // ended and counts that far
                return new Worded("field name longer than the maximum allowed (" + ReadLimits.MAX_NAME_LENGTH
                        + " characters)", Kind.NAME_TOO_LONG, Integer.parseInt(name.group(1)));
            }
            if (message.startsWith("Number value length")) {
                // without the count of digits the parser had read when it stopped: it depends on its
                // buffers, so that one file gave two answers (see Columns.numberStart)
                return new Worded("number longer than the maximum allowed (" + ReadLimits.MAX_NUMBER_LENGTH
                        + " characters)", Kind.NUMBER_TOO_LONG, 0);
            }
            return new Worded(message, Kind.AS_WORDED, 0);
        }
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

    Kind kind() {
        return kind;
    }

    /** A lone surrogate escape the parser stopped after, not at. */
    boolean afterEscape() {
        return kind == Kind.LONE_SURROGATE && detail == 1;
    }

    /** The length of a name past the limit, as the parser counted it. */
    int nameLength() {
        return kind == Kind.NAME_TOO_LONG ? detail : 0;
    }
}
