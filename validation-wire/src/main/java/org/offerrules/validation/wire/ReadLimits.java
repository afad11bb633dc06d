package org.offerrules.validation.wire;

/**
 * Limits sized for offer documents. The longest legitimate value is a 65,535-character
 * {@code description}; a document holds at most a few dozen fields and ten events, nested three
 * levels deep. Anything far beyond is hostile and is reported (6055) rather than read. Each Jackson
 * module gives its parsers these as its own {@code StreamReadConstraints}.
 */
public final class ReadLimits {

    /** Array of offers, offer, events, event, and a little room for unknown fields' values. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Four times the longest legitimate string, so that 65,536 still reaches the length rule. */
    public static final int MAX_STRING_LENGTH = 262_144;
    /** Longer than any id, limit or amount written in digits, even with an exponent. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** No wire name is near this long; an unknown one this long is not a typo. */
    public static final int MAX_NAME_LENGTH = 1_024;
    /** One document: twelve 65,535-character texts escaped as \\uXXXX, and then some. */
    public static final long MAX_DOCUMENT_LENGTH = 8L << 20;
    /** Violations recorded for one document before the rest is only read, not reported. */
    public static final int MAX_VIOLATIONS = 1_000;

    private ReadLimits() {
    }

}
