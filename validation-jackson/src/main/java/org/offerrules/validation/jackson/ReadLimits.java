package org.offerrules.validation.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * Limits sized for offer documents. The longest legitimate value is a 65,535-character
 * {@code description}; a document holds at most a few dozen fields and ten events, nested three
 * levels deep. Anything far beyond is hostile and is reported (6055) rather than read.
 */
final class ReadLimits {

    /** Array of offers, offer, events, event, and a little room for unknown fields' values. */
    static final int MAX_NESTING_DEPTH = 32;
    /** Four times the longest legitimate string, so that 65,536 still reaches the length rule. */
    static final int MAX_STRING_LENGTH = 262_144;
    /** Longer than any id, limit or amount written in digits, even with an exponent. */
    static final int MAX_NUMBER_LENGTH = 100;
    /** No wire name is near this long; an unknown one this long is not a typo. */
    static final int MAX_NAME_LENGTH = 1_024;
    /** One document: twelve 65,535-character texts escaped as \\uXXXX, and then some. */
    static final long MAX_DOCUMENT_LENGTH = 8L << 20;
    /** Violations recorded for one document before the rest is only read, not reported. */
    static final int MAX_VIOLATIONS = 1_000;

    private ReadLimits() {
    }

    /** The constraints above, for a parser reading one document. */
    static StreamReadConstraints constraints(boolean limitDocument) {
        StreamReadConstraints.Builder b = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH);
        if (limitDocument) {
            b.maxDocumentLength(MAX_DOCUMENT_LENGTH);
        }
        return b.build();
    }

    /** A factory for parsers of single documents, every limit on. */
    static JsonFactory documentFactory() {
        return JsonFactory.builder().streamReadConstraints(constraints(true))
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    }

    /**
     * A factory for parsers of whole files (arrays of offers, concatenated documents): no whole-input
     * length limit, the binder limits each document instead.
     */
    static JsonFactory fileFactory() {
        return JsonFactory.builder().streamReadConstraints(constraints(false))
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
    }
}
