package org.offerrules.validation.jackson3;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.wire.WireReader;

/**
 * Reads and validates offer documents (and other requests' bodies) over Jackson 3 without throwing
 * for anything wrong with them: every problem is a coded violation with line and column, the same
 * as the Jackson 2 module's {@code OfferReader} reports. Immutable and thread-safe.
 */
public final class OfferReader {

    private final WireReader reader;

    private OfferReader(WireReader reader) {
        this.reader = reader;
    }

    /** A reader of offers with the default validator, in create mode. */
    public static OfferReader create() {
        return builder().build();
    }

    /** Options: validator, mode, strict types, request type. */
    public static Builder builder() {
        return new Builder();
    }

    /** One document of this reader's request type; broken JSON and exceeded limits are 6055 violations. */
    public ReadResult read(String json) {
        return ReadResult.of(reader.read(json));
    }

    /** One document of the request {@code type}, the record of an {@code org.offerrules.validation.Request}. */
    public ReadResult read(String json, Class<? extends Record> type) {
        return ReadResult.of(reader.read(json, type));
    }

    /** One document of UTF-8 bytes; columns are UTF-16 code units all the same. */
    public ReadResult read(byte[] json) {
        return ReadResult.of(reader.read(json));
    }

    /** One {@code application/x-www-form-urlencoded} body, with the codes JSON has; see {@link OfferForm}. */
    public ReadResult readForm(String body) {
        return ReadResult.of(reader.readForm(body));
    }

    /** The form bodies of a stream, one per line, read lazily; closing the stream closes {@code in}. */
    public DocumentStream formDocuments(InputStream in) {
        return new Documents(reader.formDocuments(in));
    }

    /** The documents of an object, array or NDJSON stream, read lazily; closing the stream closes {@code in}. */
    public DocumentStream documents(InputStream in) {
        return new Documents(reader.documents(in));
    }

    /** The documents of {@code file}: form bodies when {@link #isForm(Path)}, JSON otherwise. */
    public DocumentStream documents(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return isForm(file) ? formDocuments(in) : documents(in);
    }

    /** Whether {@code file} is named {@code *.form} (any case). */
    public static boolean isForm(Path file) {
        return WireReader.isForm(file);
    }

    /** The request type read: {@code Offer} unless {@link Builder#request(Class)} was set. */
    public Class<?> requestType() {
        return reader.requestType();
    }

    /** The validator run on what was read. */
    public OfferValidator validator() {
        return reader.validator();
    }

    /** The mode validated in. */
    public ValidationMode mode() {
        return reader.mode();
    }

    /** Whether numbers written as JSON strings are reported. */
    public boolean strictTypes() {
        return reader.strictTypes();
    }

    /** Options of an {@link OfferReader}; not thread-safe. */
    public static final class Builder {
        private final WireReader.Options options = new WireReader.Options();

        private Builder() {
        }

        /** The validator (a default one when not set); its mode is the reader's unless {@link #mode} is set. */
        public Builder validator(OfferValidator validator) {
            options.validator(validator);
            return this;
        }

        /** Create or update rules; by default the validator's mode. */
        public Builder mode(ValidationMode mode) {
            options.mode(mode);
            return this;
        }

        /** Report a number written as a JSON string with the field's invalid code; off by default. */
        public Builder strictTypes(boolean strictTypes) {
            options.strictTypes(strictTypes);
            return this;
        }

        /** The request type read; {@code Offer} by default. */
        public Builder request(Class<? extends Record> type) {
            options.request(type);
            return this;
        }

        /** The reader. */
        public OfferReader build() {
            return new OfferReader(options.build(ParserSource.SOURCES));
        }
    }
}
