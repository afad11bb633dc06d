package org.offerrules.validation.wire;

/**
 * Numbers written as text, as the API receives every value: plain decimal notation only, an optional
 * minus, digits, and for decimals an optional fraction ({@code 12}, {@code -1}, {@code 150.5}). No
 * sign {@code +}, exponent, white space, hexadecimal, {@code NaN} or {@code Infinity}: the API's own
 * forms, not every spelling a parser would take.
 */
final class WireNumbers {

    private WireNumbers() {
    }

    /**
     * {@code -?[0-9]+}, of any length: a long one is a number out of range, not "no number" (the text
     * is bounded by the reader's string and body limits).
     */
    static boolean isInteger(String s) {
        return digitsEnd(s, sign(s)) == s.length();
    }

    /** {@code -?[0-9]+(\.[0-9]+)?}, of any length. */
    static boolean isDecimal(String s) {
        int n = s.length();
        int i = digitsEnd(s, sign(s));
        if (i < 0 || i == n) {
            return i == n;
        }
        return s.charAt(i) == '.' && digitsEnd(s, i + 1) == n;
    }

    private static int sign(String s) {
        return !s.isEmpty() && s.charAt(0) == '-' ? 1 : 0;
    }

    /** The index after the digits from {@code from}; -1 when there is none. */
    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i == from ? -1 : i;
    }
}
