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
}
