package org.offerrules.validation.jackson3.parser;

import java.io.IOException;
import java.io.Writer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

import org.offerrules.validation.wire.ParserProvider;
import org.offerrules.validation.wire.WireWriter;

/**
 * Jackson 3 for the readers and writers of {@code org.offerrules.validation.document}: the service this
 * module provides. Not API: its package is not exported; public for the service loader only.
 */
public final class JacksonParsers extends ParserProvider {

    private static final JsonFactory GENERATORS = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** The service loader's constructor. */
    public JacksonParsers() {
        super(3, ParserSource.SOURCES);
    }

    @Override
    public void writeJson(Object request, Writer out) throws IOException {
        try (JsonGenerator g = GENERATORS.createGenerator(ObjectWriteContext.empty(), out)) {
            WireWriter.write(request, new GeneratorSink(g));
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e); // the writer's own failure
        }
    }
}
