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
        NUMBER_TOO_LONG,
        /**
         * A name the object already has, which a mapper's parser refuses ({@code STRICT_DUPLICATE_DETECTION}):
         * the binder's own duplicate-key finding, at the name's opening quote and the key's pointer.
         */
        DUPLICATE_NAME
    }

    /** How the parsers word a lone surrogate escape in a field name (the input itself being UTF-8). */
    private static final String[] LONE_SURROGATE_WORDS = {"Broken surrogate pair in field name",
            "Unexpected low surrogate in field name", "Invalid UTF-8: Illegal surrogate character"};
    /** Jackson 2's words for a duplicate name (the Jackson 3 module words Jackson 3's so). */
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'$", Pattern.DOTALL);
    private static final Pattern NAME_TOO_LONG = Pattern.compile("^Name length \\((\\d+)\\) exceeds the maximum allowed(?: \\((\\d+))?");
    /** The limit a number broke, as Jackson words it: a mapper's own, or the readers' {@link ReadLimits}. */
    private static final Pattern NUMBER_TOO_LONG = Pattern.compile("^Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    /** Where the input ends after a number's sign; the text parsers' words. */
    static final String NO_DIGIT_AFTER_SIGN = "no digit following sign";
    /** Where the input ends after a number's exponent indicator; the text parsers' words. */
    static final String NO_EXPONENT_DIGIT = "expected a digit for number exponent";

    /** What a text parser says of a character where a value must start; the byte parsers say less. */
    static final String VALID_VALUE = "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' "
            + "or 'false')";

    /**
     * One wording of a problem that the parsers word each their own way: what a text parser and a byte
     * parser (of Jackson 2, of Jackson 3) say of the same input, as a pattern, and the one wording every
     * way of reading reports (the text parsers', which name what was expected). Rows, not branches: a
     * parser's new wording is a new row, held by the agreement tests.
     */
    private record Rewording(Pattern words, String replacement) {
        static Rewording of(String regex, String replacement) {
            return new Rewording(Pattern.compile(regex), replacement);
        }
    }

    private static final Rewording[] REWORDINGS = {
        // the byte parsers, where a value must start: "expected a value"
        Rewording.of("^(Unexpected character \\(.*\\)\\)): expected a value$", "$1: " + Matcher.quoteReplacement(VALID_VALUE)),
        // the byte parsers, inside a string value / a name
        Rewording.of("^Unexpected end-of-input in VALUE_STRING$",
                "Unexpected end-of-input: was expecting closing quote for a string value"),
        Rewording.of("^Unexpected end-of-input: was expecting closing '\"' for name$", "Unexpected end-of-input in field name"),
        // the text parsers, where the input ends inside a number (their words run together)
        Rewording.of("^Unexpected end-of-input(No digit following sign|expected a digit for number exponent)$",
                "Unexpected end-of-input: $1"),
        Rewording.of("^Unexpected end-of-input: No digit following sign$", "Unexpected end-of-input: " + Matcher.quoteReplacement(
                NO_DIGIT_AFTER_SIGN)),
        // where an object or array started, without the source's description, which says only that the
        // parser keeps no copy of the input ("Source: REDACTED (`StreamReadFeature...` disabled)") or
        // quotes the input itself (a mapper's factory that includes it)
        Rewording.of("(?s)\\[Source: .*?; (line: \\d+, column: \\d+\\])", "[$1"),
    };

    private final int line;
    private final int column;
    private final boolean endedEarly;
    private final Kind kind;
    // LONE_SURROGATE: the parser stopped after the escape, not at it; NAME_TOO_LONG: the name's length;
    // NUMBER_TOO_LONG: how many of the number's characters the parser read (it stopped right after them)
    private final int detail;
    // DUPLICATE_NAME: the name, and the pointer of the object holding it (null until the binder tells)
    private final String name;
    private final String object;

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
        this(worded, line, column, endedEarly, null);
    }

    private WireSyntaxException(Worded worded, int line, int column, boolean endedEarly, String object) {
        super(worded.message());
        this.line = line;
        this.column = column;
        this.endedEarly = endedEarly;
        this.kind = worded.kind();
        this.detail = worded.detail();
        this.name = worded.name();
        this.object = object;
    }

    /**
     * This exception, thrown reading the object at {@code pointer}: a duplicate name is then the key's
     * finding ({@link #duplicatePointer()}); any other is itself.
     */
    WireSyntaxException inObject(String pointer) {
        return kind != Kind.DUPLICATE_NAME || object != null ? this
                : new WireSyntaxException(new Worded(getMessage(), kind, detail, name), line, column, endedEarly, pointer);
    }

    /** The duplicated name ({@link Kind#DUPLICATE_NAME}), else null. */
    String duplicateName() {
        return name;
    }

    /** The pointer of the duplicated key, when the binder told which object holds it; else null. */
    String duplicatePointer() {
        return object == null ? null : object + '/' + org.offerrules.validation.spi.JsonPointers.escape(name);
    }

    /** A parser's message in the product's words, and how the binder places it. */
    private record Worded(String message, Kind kind, int detail, String name) {

        Worded(String message, Kind kind, int detail) {
            this(message, kind, detail, null);
        }

        static Worded of(String message) {
            if (message == null) {
                return new Worded(null, Kind.AS_WORDED, 0);
            }
            Matcher duplicate = message.startsWith("Duplicate field") ? DUPLICATE.matcher(message) : null;
            if (duplicate != null && duplicate.matches()) {
                String name = duplicate.group(1);
                return new Worded(Binder.duplicateKey(name), Kind.DUPLICATE_NAME, name.length(), name);
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
                // a text parser stops after the whole name and counts it (inside a name of some thousands of
                // characters, where its buffer ended), a byte parser where its buffer ended and counts that far.
                // The limit is the one the parser applied: the readers' (ReadLimits), or a mapper's own
                // constraints, whose default (50,000) was reported as the readers' 1,024
                String limit = name.group(2) == null ? String.valueOf(ReadLimits.MAX_NAME_LENGTH) : name.group(2);
                return new Worded("field name longer than the maximum allowed (" + limit + " characters)",
                        Kind.NAME_TOO_LONG, Integer.parseInt(name.group(1)));
            }
            if (message.startsWith("Number value length")) {
                // without the count of digits the parser had read when it stopped: it depends on its
                // buffers, so that one file gave two answers (see Columns.numberStart); with the limit
                // applied, as for a name
                Matcher number = NUMBER_TOO_LONG.matcher(message);
                boolean found = number.find();
                return new Worded("number longer than the maximum allowed ("
                        + (found ? number.group(2) : String.valueOf(ReadLimits.MAX_NUMBER_LENGTH))
                        + " characters)", Kind.NUMBER_TOO_LONG, found ? Integer.parseInt(number.group(1)) : 0);
            }
            return new Worded(reworded(message), Kind.AS_WORDED, 0);
        }
    }

    /**
     * A character as the parsers name the one they did not expect: {@code 'é' (code 233)},
     * {@code '中' (code 20013 / 0x4e2d)}, {@code '🎉' (code 127881 / 0x1f389)}, {@code (CTRL-CHAR, code 1)}.
     */
    public static String named(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return "(CTRL-CHAR, code " + codePoint + ")";
        }
        return "'" + Character.toString(codePoint) + "' (code " + codePoint
                + (codePoint > 0xFF ? " / 0x" + Integer.toHexString(codePoint) : "") + ")";
    }

    private static final Pattern HIGH_SURROGATE_NAMED =
            Pattern.compile("Unexpected character \\('[\\uD800-\\uDBFF]' \\(code (\\d+) / 0x[0-9a-f]+\\)\\)");

    /**
     * {@code message} of a parser of text that met a character past U+FFFF and named its high surrogate
     * ({@code '\uD83C' (code 55356 / 0xd83c)}, half a character in the report), naming the character,
     * as the byte parsers do; {@code next} is the character the parser would have read next, its low
     * surrogate. Unchanged for any other message.
     */
    public static String codePointNamed(String message, char next) {
        Matcher m = message == null || !Character.isLowSurrogate(next) ? null : HIGH_SURROGATE_NAMED.matcher(message);
        if (m == null || !m.find()) {
            return message;
        }
        int codePoint = Character.toCodePoint((char) Integer.parseInt(m.group(1)), next);
        return message.substring(0, m.start()) + "Unexpected character (" + named(codePoint) + ")" + message.substring(m.end());
    }

    /** Whether {@code message} names a high surrogate as the character a parser of text did not expect. */
    public static boolean namesHighSurrogate(String message) {
        return message != null && HIGH_SURROGATE_NAMED.matcher(message).find();
    }

    /** {@code message} in the one wording of {@link #REWORDINGS} that every parser's words for it get. */
    static String reworded(String message) {
        String worded = message;
        for (Rewording r : REWORDINGS) {
            Matcher m = r.words().matcher(worded);
            if (m.find()) {
                worded = m.replaceAll(r.replacement());
            }
        }
        return worded;
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

    private static final Pattern UNEXPECTED_ASCII = Pattern.compile("^Unexpected character \\('.' \\(code (\\d{2,3})\\)\\)");

    /**
     * Whether this names an unexpected ASCII letter at {@code line}:{@code column} (the parser's): read
     * after a number, one that ends there, it is no separator but part of a broken token ({@code 0x1F},
     * {@code 12abc}), which the Jackson modules' sources refuse as that token. ASCII only: a parser of
     * bytes names the first byte of any other character, not the character, so that every parser judges
     * alike (the binder names the character: {@code Columns.characterNamed}).
     */
    public boolean namesLetterAt(int line, int column) {
        Matcher m = UNEXPECTED_ASCII.matcher(getMessage());
        if (!m.find() || this.line != line || this.column != column) {
            return false;
        }
        int c = Integer.parseInt(m.group(1));
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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

    /**
     * How many characters of a number past the limit the parser read, stopping right after them, as it
     * counted them (Jackson 2 and 3, text and bytes); 0 when not known.
     */
    int numberLength() {
        return kind == Kind.NUMBER_TOO_LONG ? detail : 0;
    }

    /** The length of a name past the limit, as the parser counted it, or of a duplicate name. */
    int nameLength() {
        return kind == Kind.NAME_TOO_LONG || kind == Kind.DUPLICATE_NAME ? detail : 0;
    }
}
