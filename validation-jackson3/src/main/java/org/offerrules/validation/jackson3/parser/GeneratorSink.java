package org.offerrules.validation.jackson3.parser;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.core.json.JsonWriteFeature;

import org.offerrules.validation.wire.JsonSink;

/** The shared writer's {@link JsonSink} over a Jackson 3 {@link JsonGenerator}. */
public final class GeneratorSink implements JsonSink {

    private final JsonGenerator g;

    /** A sink writing to {@code g}. */
    public GeneratorSink(JsonGenerator g) {
        this.g = g;
    }

    @Override
    public void startObject() {
        g.writeStartObject();
    }

    @Override
    public void endObject() {
        g.writeEndObject();
    }

    @Override
    public void startArray() {
        g.writeStartArray();
    }

    @Override
    public void endArray() {
        g.writeEndArray();
    }

    @Override
    public void name(String name) {
        g.writeName(name);
    }

    @Override
    public void string(String value) {
        g.writeString(value);
    }

    @Override
    public void number(int value) {
        g.writeNumber(value);
    }

    @Override
    public void number(long value) {
        g.writeNumber(value);
    }

    @Override
    public void number(double value) {
        g.writeNumber(value);
    }

    @Override
    public void nullValue() {
        g.writeNull();
    }

    /** A generator of JSON text's setting; a buffer's (a tree, {@code convertValue}) writes numbers as numbers. */
    @Override
    public boolean numbersAsText() {
        return g instanceof JsonGeneratorBase json && json.isEnabled(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS);
    }
}
