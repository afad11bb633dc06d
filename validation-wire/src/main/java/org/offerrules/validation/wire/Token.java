package org.offerrules.validation.wire;

/**
 * A JSON token as the binder sees it, whichever Jackson parses: each {@link TokenSource} maps its
 * parser's tokens onto these. The names are Jackson 2's, so that a message naming an unexpected
 * token reads the same under Jackson 3 (whose {@code FIELD_NAME} is {@code PROPERTY_NAME}).
 */
public enum Token {
    NOT_AVAILABLE,
    START_OBJECT,
    END_OBJECT,
    START_ARRAY,
    END_ARRAY,
    FIELD_NAME,
    VALUE_EMBEDDED_OBJECT,
    VALUE_STRING,
    VALUE_NUMBER_INT,
    VALUE_NUMBER_FLOAT,
    VALUE_TRUE,
    VALUE_FALSE,
    VALUE_NULL;

    boolean isStructStart() {
        return this == START_OBJECT || this == START_ARRAY;
    }

    boolean isScalarValue() {
        return ordinal() >= VALUE_EMBEDDED_OBJECT.ordinal();
    }

    /**
     * The token of each constant of a parser's own token enum, by its ordinal, matched by name
     * ({@code PROPERTY_NAME} is {@link #FIELD_NAME}); for a {@link TokenSource}'s look-up table.
     */
    public static Token[] byOrdinal(Enum<?>[] parserTokens) {
        Token[] table = new Token[parserTokens.length];
        for (Enum<?> t : parserTokens) {
            table[t.ordinal()] = t.name().equals("PROPERTY_NAME") ? FIELD_NAME : valueOf(t.name());
        }
        return table;
    }
}
