package org.offerrules.lint;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.offerrules.validation.Violation;

/**
 * One JSON object: {@code tool}, {@code version}, {@code violations} (streamed, in file, document,
 * line and column order), then {@code files}, {@code documents} and {@code summary}, which are only
 * known at the end. JSON object members have no order, so streaming keeps memory flat.
 */
final class JsonReport implements ReportWriter {

    private final JsonGenerator json;
    private final String version;

    JsonReport(JsonGenerator json, String version) {
        this.json = json;
        this.version = version;
    }

    @Override
    public void begin() throws IOException {
        json.writeStartObject();
        json.writeStringField("tool", "offer-lint");
        json.writeStringField("version", version);
        json.writeArrayFieldStart("violations");
    }

    @Override
    public void beginFile(String file) {
    }

    @Override
    public void document(String file, int document, List<Violation> violations) throws IOException {
        for (Violation v : violations) {
            json.writeStartObject();
            json.writeStringField("file", file);
            json.writeNumberField("document", document);
            json.writeStringField("pointer", v.pointer());
            json.writeNumberField("line", v.line());
            json.writeNumberField("column", v.column());
            json.writeNumberField("code", v.code().number());
            json.writeStringField("severity", v.severity().name().toLowerCase(Locale.ROOT));
            json.writeStringField("message", v.message());
            json.writeEndObject();
        }
    }

    @Override
    public void endFile(String file) throws IOException {
        json.flush();
    }

    @Override
    public void finish(Summary summary) throws IOException {
        json.writeEndArray();
        json.writeNumberField("files", summary.files());
        json.writeNumberField("documents", summary.documents());
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", summary.files());
        json.writeNumberField("documents", summary.documents());
        json.writeNumberField("valid", summary.valid());
        json.writeNumberField("withErrors", summary.withErrors());
        json.writeNumberField("withWarnings", summary.withWarnings());
        json.writeNumberField("errors", summary.errors());
        json.writeNumberField("warnings", summary.warnings());
        if (summary.notListed() > 0) {
            json.writeNumberField("notListed", summary.notListed());
        }
        if (summary.baselineGiven()) {
            json.writeObjectFieldStart("baseline");
            json.writeNumberField("baselined", summary.baselined());
            json.writeNumberField("fixed", summary.fixed());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("mostFrequentCodes");
        for (Map.Entry<Integer, Long> entry : summary.mostFrequent(10)) {
            json.writeStartObject();
            json.writeNumberField("code", entry.getKey());
            json.writeNumberField("count", entry.getValue());
            json.writeStringField("message", summary.message(entry.getKey()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
