package org.offerrules.validation.internal.rules;

import java.util.Arrays;

import org.offerrules.validation.constraints.JsonArrayOfObjects;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;

/**
 * {@link JsonArrayOfObjects}: JSON text, an array of objects. The core has no JSON library, so this is a
 * strict RFC 8259 recognizer; it keeps its nesting on a growable stack instead of recursing, so no input
 * can overflow the call stack, and it reads each character once.
 */
public final class JsonArrayOfObjectsValidator extends RuleValidator<JsonArrayOfObjects, String> {

    static final int OK = 0;
    static final int MALFORMED = 1;
    static final int SHAPE = 2;

    private static final int VALUE = 0;   // a value is expected (after '[' also the array's end)
    private static final int KEY = 1;     // a member's name is expected (after '{' also the object's end)
    private static final int AFTER = 2;   // a value ended: ',', the container's end, or the text's end

    private int malformed;
    private int shape;

    @Override
    public void initialize(JsonArrayOfObjects annotation) {
        malformed = annotation.malformedCode();
        shape = annotation.shapeCode();
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value == null) {
            return;
        }
        int verdict = verdict(value);
        if (verdict == MALFORMED) {
            reporter.report(malformed, value);
        } else if (verdict == SHAPE) {
            reporter.report(shape, value);
        }
    }

    /** {@link #OK}, {@link #MALFORMED} (not JSON text) or {@link #SHAPE} (JSON, but no array of objects). */
    static int verdict(String s) {
        int n = s.length();
        char[] stack = new char[16];
        int depth = 0;
        boolean shaped = true;
        boolean justOpened = false;
        int mode = VALUE;
        int i = 0;
        while (true) {
            i = blanks(s, i);
            if (mode == AFTER) {
                if (depth == 0) {
                    return i < n ? MALFORMED : shaped ? OK : SHAPE;
                }
                if (i == n) {
                    return MALFORMED;
                }
                char c = s.charAt(i++);
                char open = stack[depth - 1];
                if (c == ',') {
                    mode = open == '{' ? KEY : VALUE;
                    justOpened = false;
                } else if (c != (open == '{' ? '}' : ']')) {
                    return MALFORMED;
                } else {
                    depth--;
                }
                continue;
            }
            if (i == n) {
                return MALFORMED;
            }
            char c = s.charAt(i);
            if (justOpened && c == (mode == KEY ? '}' : ']')) {
                depth--;
                i++;
                justOpened = false;
                mode = AFTER;
                continue;
            }
            justOpened = false;
            if (mode == KEY) {
                i = string(s, i);
                i = i < 0 ? -1 : blanks(s, i);
                if (i < 0 || i == n || s.charAt(i) != ':') {
                    return MALFORMED;
                }
                i++;
                mode = VALUE;
                continue;
            }
            // a value: the top level must be an array, and its elements objects
            shaped &= depth == 0 ? c == '[' : depth > 1 || c == '{';
            if (c == '[' || c == '{') {
                if (depth == stack.length) {
                    stack = Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = c;
                i++;
                justOpened = true;
                mode = c == '{' ? KEY : VALUE;
                continue;
            }
            i = c == '"' ? string(s, i) : c == '-' || (c >= '0' && c <= '9') ? number(s, i) : literal(s, i);
            if (i < 0) {
                return MALFORMED;
            }
            mode = AFTER;
        }
    }

    private static int blanks(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n'
                || s.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    /** The index after the string starting at {@code i}, or -1. */
    private static int string(String s, int i) {
        if (i >= s.length() || s.charAt(i) != '"') {
            return -1;
        }
        for (i++; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c < 0x20) {
                return -1;
            }
            if (c == '\\') {
                if (++i >= s.length()) {
                    return -1;
                }
                char e = s.charAt(i);
                if (e == 'u') {
                    for (int k = 0; k < 4; k++) {
                        if (++i >= s.length() || Character.digit(s.charAt(i), 16) < 0) {
                            return -1;
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** The index after the number starting at {@code i}, or -1. */
    private static int number(String s, int i) {
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            i++;
        } else {
            int start = i;
            i = digits(s, i);
            if (i == start) {
                return -1;
            }
        }
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            i = digits(s, i);
            if (i == start) {
                return -1;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            i = digits(s, i);
            if (i == start) {
                return -1;
            }
        }
        return i;
    }

    private static int digits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The index after {@code true}, {@code false} or {@code null} at {@code i}, or -1. */
    private static int literal(String s, int i) {
        for (String word : new String[] {"true", "false", "null"}) {
            if (s.startsWith(word, i)) {
                return i + word.length();
            }
        }
        return -1;
    }
}
