package org.offerrules.validation.jackson.parser;

import java.io.IOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import org.offerrules.validation.wire.ParserProvider;
import org.offerrules.validation.wire.WireWriter;

/**
 * Jackson 2 for the readers and writers of {@code org.offerrules.validation.document}: the service this
 * module provides. Not API: its package is not exported; public for the service loader only.
 */
public final class JacksonParsers extends ParserProvider {

    private static final JsonFactory GENERATORS = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** The service loader's constructor. */
    public JacksonParsers() {
        super(2, ParserSource.SOURCES);
    }

    @Override
    public void writeJson(Object request, Writer out) throws IOException {
        try (JsonGenerator g = GENERATORS.createGenerator(out)) {
            WireWriter.write(request, new GeneratorSink(g));
        }
    }
}
