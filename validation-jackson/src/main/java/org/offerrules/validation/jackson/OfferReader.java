package org.offerrules.validation.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.model.Offer;

/**
 * Reads offer documents in the API's wire format and validates them in one pass, without throwing
 * for anything wrong with the document: type errors, unknown values, malformed compact strings and
 * malformed JSON all become coded violations with line and column. Immutable and thread-safe.
 */
public final class OfferReader {

    private static final JsonFactory DOCUMENT_FACTORY = ReadLimits.documentFactory();

    private final OfferValidator validator;
    private final ValidationMode mode;
    private final boolean strictTypes;
    private final WireSchema schema;

    private OfferReader(Builder builder) {
        this.schema = WireSchema.of(builder.type);
        this.validator = builder.validator;
        this.mode = builder.mode;
        this.strictTypes = builder.strictTypes;
    }

    /** A reader with the default validator, in its mode: create. */
    public static OfferReader create() {
        return builder().build();
    }

    /** A builder for a reader with other options. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and validates one offer document. Never throws for anything wrong with the document:
     * malformed JSON, a document that is not an object, trailing content and exceeded limits are 6055
     * violations with their position.
     */
    public ReadResult read(String json) {
        return read(json, schema);
    }

    /**
     * Reads and validates one document of the request {@code type} ({@code SetAdvertiser.class}, any
     * {@link Request}'s record) as {@link #read(String)} reads offers: the same
     * binding codes and positions. {@link ReadResult#request(Class)} gives the request.
     */
    public ReadResult read(String json, Class<? extends Record> type) {
        return read(json, schemaOf(type));
    }

    private ReadResult read(String json, WireSchema schema) {
        Objects.requireNonNull(json, "json");
        try (JsonParser p = DOCUMENT_FACTORY.createParser(json)) {
            return readSingle(p, Columns.CHARS, schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String cannot fail to be read
        }
    }

    /** Reads and validates one offer document of UTF-8 bytes (a leading byte order mark is skipped). */
    public ReadResult read(byte[] json) {
        Objects.requireNonNull(json, "json");
        try (JsonParser p = DOCUMENT_FACTORY.createParser(json)) {
            return readSingle(p, Columns.utf8(json, 0, json.length, 0), schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and validates one {@code application/x-www-form-urlencoded} body, as the API takes it
     * (what {@link OfferForm#write} writes). The same codes as JSON: a text that is no number where a
     * number belongs is the field's invalid code, a list index gap or repeat and a repeated parameter
     * are the field's invalid code, an unknown parameter a 6820 warning, a broken percent-encoding is
     * reported; each on line 1 at the column of its parameter's value in the raw body (UTF-16 code
     * units, 1-based), a missing field at column 1. A trailing line end is ignored. Never throws for
     * anything wrong with the body.
     */
    public ReadResult readForm(String body) {
        Objects.requireNonNull(body, "body");
        String line = body.endsWith("\r\n") ? body.substring(0, body.length() - 2)
                : body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
        if (line.length() > ReadLimits.MAX_DOCUMENT_LENGTH) {
            return broken(FormBinder.tooLong(1));
        }
        return Results.finish(FormBinder.bind(line, 1, schema), validator, mode, true);
    }

    /**
     * Reads the form bodies of a stream, one per line (blank lines skipped, a trailing CR dropped), one
     * at a time; positions are lines of the stream. The stream closes {@code in} when it is closed.
     */
    public DocumentStream formDocuments(InputStream in) {
        return new FormDocuments(Objects.requireNonNull(in, "in"), validator, mode, schema);
    }

    /** The request type this reader reads: {@code Offer} unless {@link Builder#request(Class)} was set. */
    public Class<?> requestType() {
        return schema.groups[0].type;
    }

    private static WireSchema schemaOf(Class<? extends Record> type) {
        return WireSchema.of(Request.of(type).type());
    }

    /** The validator this reader runs. */
    public OfferValidator validator() {
        return validator;
    }

    /** The mode this reader validates in. */
    public ValidationMode mode() {
        return mode;
    }

    /** Whether numbers written as JSON strings are reported; see {@link Builder#strictTypes(boolean)}. */
    public boolean strictTypes() {
        return strictTypes;
    }

    private ReadResult readSingle(JsonParser p, Columns columns, WireSchema schema) throws IOException {
        JsonToken first;
        try {
            first = p.nextToken();
        } catch (JsonProcessingException e) {
            return broken(Binder.invalidJson(e, p, 0, columns));
        }
        if (first == null) {
            JsonLocation end = p.currentLocation();
            return broken(Binder.invalidJson("no JSON value in the input", end.getLineNr(),
                    columns.column(end.getLineNr(), end.getColumnNr())));
        }
        Bound bound = Binder.bind(p, 0, ReadLimits.MAX_DOCUMENT_LENGTH, columns, strictTypes, schema);
        ReadResult result = Results.finish(bound, validator, mode, true);
        if (bound.offer() == null) {
            return result;
        }
        Violation trailing = trailing(p, 0, columns);
        return trailing == null ? result
                : new ReadResult(result.request(), result.report().merge(ValidationReport.of(List.of(trailing))));
    }

    /** 6055 when anything but white space follows the document; null otherwise. */
    static Violation trailing(JsonParser p, int lineBase, Columns columns) throws IOException {
        try {
            JsonToken next = p.nextToken();
            if (next == null) {
                return null;
            }
            JsonLocation at = p.currentTokenLocation();
            int line = at.getLineNr() + lineBase;
            return Binder.invalidJson("trailing content after the offer: " + Binder.describe(next),
                    line, columns.column(line, at.getColumnNr()));
        } catch (JsonProcessingException e) {
            return Binder.invalidJson(e, p, lineBase, columns);
        }
    }

    private static ReadResult broken(Violation v) {
        return new ReadResult(null, ValidationReport.of(List.of(v)));
    }

    /**
     * Reads the documents of a file holding one offer object, an array of offers, or NDJSON, one at a
     * time. The stream closes {@code in} when it is closed.
     */
    public DocumentStream documents(InputStream in) {
        return new FileDocuments(Objects.requireNonNull(in, "in"), validator, mode, strictTypes, schema);
    }

    /**
     * The documents of a file: {@link #formDocuments(InputStream)} for a file named {@code *.form}
     * (any case), {@link #documents(InputStream)} for any other.
     */
    public DocumentStream documents(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return isForm(file) ? formDocuments(in) : documents(in);
    }

    /** Whether {@code file} is named {@code *.form} (any case): one form body per line. */
    public static boolean isForm(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".form");
    }

    /** Options of an {@link OfferReader}; not thread-safe. */
    public static final class Builder {
        private OfferValidator validator;
        // null until set: then the validator's mode, so that an update validator is not run in create mode
        private ValidationMode mode;
        private boolean strictTypes;
        private Class<? extends Record> type = Offer.class;

        private Builder() {
        }

        /**
         * The validator to run on what was read; a default one when not set. Its
         * {@linkplain OfferValidator#mode() mode} is the reader's unless {@link #mode(ValidationMode)} is set.
         */
        public Builder validator(OfferValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /** Create or update rules; by default the validator's mode (create for the default validator). */
        public Builder mode(ValidationMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Report a number written as a JSON string ({@code "advertiser_id": "12"}) with the field's
         * invalid code. Off by default: the API receives every value as text, so on the wire such a
         * document is the same request as one with the number, and the API accepts it. Teams that
         * want typed files turn it on.
         */
        public Builder strictTypes(boolean strictTypes) {
            this.strictTypes = strictTypes;
            return this;
        }

        /**
         * The request type {@link OfferReader#read(String)}, {@code readForm} and {@code documents} read:
         * the record of a {@link Request}; {@code Offer} by default.
         */
        public Builder request(Class<? extends Record> type) {
            schemaOf(Objects.requireNonNull(type, "type"));
            this.type = type;
            return this;
        }

        /** The reader. */
        public OfferReader build() {
            if (validator == null) {
                validator = OfferValidator.create();
            }
            if (mode == null) {
                mode = validator.mode();
            }
            return new OfferReader(this);
        }
    }
}
