package org.offerrules.validation.wire;

import java.io.IOException;

/** The JSON generator {@link WireWriter} writes to: each Jackson module implements it over its own. */
public interface JsonSink {

    void startObject() throws IOException;

    void endObject() throws IOException;

    void startArray() throws IOException;

    void endArray() throws IOException;

    void name(String name) throws IOException;

    void string(String value) throws IOException;

    void number(int value) throws IOException;

    void number(long value) throws IOException;

    void number(double value) throws IOException;

    void nullValue() throws IOException;

    /**
     * Whether the generator writes every number as a JSON string (Jackson's {@code WRITE_NUMBERS_AS_STRINGS},
     * a mapper's setting): a fraction is then written as the text the readers take, in plain decimal
     * notation, not as Java spells a double ({@code "1.0E-7"}, which no reader takes back).
     */
    default boolean numbersAsText() {
        return false;
    }
}
