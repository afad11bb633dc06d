package org.offerrules.validation.jackson.parser;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

import org.offerrules.validation.wire.JsonSink;

/** The shared writer's {@link JsonSink} over a Jackson 2 {@link JsonGenerator}. */
public final class GeneratorSink implements JsonSink {

    private final JsonGenerator g;

    /** A sink writing to {@code g}. */
    public GeneratorSink(JsonGenerator g) {
        this.g = g;
    }

    @Override
    public void startObject() throws IOException {
        g.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
        g.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
        g.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
        g.writeEndArray();
    }

    @Override
    public void name(String name) throws IOException {
        g.writeFieldName(name);
    }

    @Override
    public void string(String value) throws IOException {
        g.writeString(value);
    }

    @Override
    public void number(int value) throws IOException {
        g.writeNumber(value);
    }

    @Override
    public void number(long value) throws IOException {
        g.writeNumber(value);
    }

    @Override
    public void number(double value) throws IOException {
        g.writeNumber(value);
    }

    @Override
    public void nullValue() throws IOException {
        g.writeNull();
    }

    @Override
    public boolean numbersAsText() {
        return g.isEnabled(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS.mappedFeature());
    }
}
