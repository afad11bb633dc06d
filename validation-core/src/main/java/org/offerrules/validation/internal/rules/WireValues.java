package org.offerrules.validation.internal.rules;

import org.offerrules.validation.model.ApiValue;

/**
 * A set of wire values written as text in an annotation ({@code in = {"1"}}, {@code {"CPS", "CPA+CPS"}})
 * that a field's value is compared with: strings as every named value is ({@link ApiValue#matches}, letter case
 * aside), integers by number. Parsed once.
 */
final class WireValues {

    private final String[] texts;
    private final long[] numbers;
    /** Bit {@code k} set: a text is {@code k} characters long (bit 63: 63 or more), to reject most strings at once. */
    private final long lengths;

    WireValues(String[] texts) {
        this.texts = texts.clone();
        this.numbers = new long[texts.length];
        long lengths = 0;
        for (String text : texts) {
            lengths |= 1L << Math.min(text.length(), 63);
        }
        this.lengths = lengths;
        for (int i = 0; i < texts.length; i++) {
            try {
                numbers[i] = Long.parseLong(texts[i]);
            } catch (NumberFormatException e) {
                numbers[i] = Long.MIN_VALUE;   // matches no integer field value
            }
        }
    }

    /** Whether {@code value}, a string or integer field value, is one of the set. */
    boolean contains(Object value) {
        if (value instanceof String s) {
            if ((lengths & 1L << Math.min(s.length(), 63)) == 0) {
                return false;
            }
            for (String text : texts) {
                if (text == s) {
                    return true; // the reader hands out the spelling itself: no comparison of characters
                }
            }
            for (String text : texts) {
                if (ApiValue.matches(text, s)) {
                    return true;
                }
            }
        } else if (value instanceof Integer || value instanceof Long) {
            long v = ((Number) value).longValue();
            for (long number : numbers) {
                if (number == v) {
                    return true;
                }
            }
        }
        return false;
    }
}
