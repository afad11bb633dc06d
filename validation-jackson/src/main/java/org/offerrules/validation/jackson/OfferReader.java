package org.offerrules.validation.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;

/**
 * Reads offer documents in the API's wire format and validates them in one pass, without throwing
 * for anything wrong with the document: type errors, unknown values, malformed compact strings and
 * malformed JSON all become coded violations with line and column. Immutable and thread-safe.
 */
public final class OfferReader {

    private final OfferValidator validator;
    private final ValidationMode mode;

    private OfferReader(Builder builder) {
        this.validator = builder.validator;
        this.mode = builder.mode;
    }

    /** A reader with the default validator, in create mode. */
    public static OfferReader create() {
        return builder().build();
    }

    /** A builder for a reader with other options. */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads and validates one offer document. */
    public ReadResult read(String json) {
        throw new UnsupportedOperationException("not yet implemented (issue 4)");
    }

    /** Reads and validates one offer document of UTF-8 bytes. */
    public ReadResult read(byte[] json) {
        throw new UnsupportedOperationException("not yet implemented (issue 4)");
    }

    /**
     * Reads the documents of a file holding one offer object, an array of offers, or NDJSON, one at a
     * time. The stream closes {@code in} when it is closed.
     */
    public DocumentStream documents(InputStream in) {
        throw new UnsupportedOperationException("not yet implemented (issue 4)");
    }

    /** {@link #documents(InputStream)} of a file. */
    public DocumentStream documents(Path file) throws IOException {
        throw new UnsupportedOperationException("not yet implemented (issue 4)");
    }

    /** Options of an {@link OfferReader}; not thread-safe. */
    public static final class Builder {
        private OfferValidator validator;
        private ValidationMode mode = ValidationMode.CREATE;

        private Builder() {
        }

        /** The validator to run on what was read; a default one when not set. */
        public Builder validator(OfferValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /** Create or update rules; create by default. */
        public Builder mode(ValidationMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** The reader. */
        public OfferReader build() {
            if (validator == null) {
                validator = OfferValidator.create();
            }
            return new OfferReader(this);
        }
    }
}
