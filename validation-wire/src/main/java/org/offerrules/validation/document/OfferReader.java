package org.offerrules.validation.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.wire.ParserProvider;
import org.offerrules.validation.wire.WireReader;

/**
 * Reads offer documents in the API's wire format and validates them in one pass, without throwing
 * for anything wrong with the document: type errors, unknown values, malformed compact strings and
 * malformed JSON all become coded violations with line and column. Immutable and thread-safe.
 *
 * <p>It parses with the Jackson of the offer-rules Jackson module present: {@code validation-jackson}
 * (Jackson 2) or {@code validation-jackson3} (Jackson 3), found as a service; when both are present,
 * Jackson 3, unless {@link Builder#jackson(int)} chooses. Both give the same answers.
 */
public final class OfferReader {

    static {
        // offer-lint reads NDJSON lines, parts of a file, with the reader this one wraps (WireReader.readPart)
        WireReader.wrappedBy(OfferReader::wire);
    }

    private final WireReader reader;
    private final int jacksonVersion;

    private OfferReader(WireReader reader, int jacksonVersion) {
        this.reader = reader;
        this.jacksonVersion = jacksonVersion;
    }

    /** The shared reader this one wraps. */
    WireReader wire() {
        return reader;
    }

    /**
     * A reader with the default validator, in its mode: create.
     *
     * @throws IllegalStateException if neither Jackson module is present
     */
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
     * violations with their position. A leading U+FEFF (a byte order mark decoded into the text) is
     * skipped, as {@link #read(byte[])} skips the mark's bytes; neither counts it in the first line's
     * columns, as editors show none (the columns of offer-lint's files).
     */
    public ReadResult read(String json) {
        return ReadResult.of(reader.read(json));
    }

    /**
     * Reads and validates one document of the request {@code type} ({@code SetAdvertiser.class}, any
     * {@link Request}'s record) as {@link #read(String)} reads offers: the same
     * binding codes and positions. {@link ReadResult#request(Class)} gives the request.
     */
    public ReadResult read(String json, Class<? extends Record> type) {
        return ReadResult.of(reader.read(json, type));
    }

    /**
     * Reads and validates one offer document of UTF-8 bytes (a leading byte order mark is skipped): the
     * whole input, a request body. Bytes in UTF-16 or UTF-32, told by a byte order mark or by the zero bytes
     * of the first two characters (RFC 4627), are one 6055 at 1:1 that names their encoding ("the input is
     * UTF-16LE, not UTF-8: save it as UTF-8"), as {@link #documents(InputStream)} and {@code offer-lint}
     * answer for a file of them: JSON between systems is UTF-8 (RFC 8259, 8.1).
     */
    public ReadResult read(byte[] json) {
        return ReadResult.of(reader.read(json));
    }

    /**
     * Reads and validates one {@code application/x-www-form-urlencoded} body, as the API takes it
     * (what {@link OfferForm#write} writes). The same codes as JSON: a text that is no number where a
     * number belongs is the field's invalid code, a list index gap or repeat and a repeated parameter
     * are the field's invalid code, an unknown parameter a 6820 warning, a broken percent-encoding is
     * reported; each on line 1 at the column of its parameter (the first character of its name, the
     * unit of a form body) in the raw body (UTF-16 code units, 1-based), a missing field at column 1. A trailing line end is ignored, and so is a
     * byte order mark before the body, as in a file of form bodies (columns count from after it). Never
     * throws for anything wrong with the body.
     */
    public ReadResult readForm(String body) {
        return ReadResult.of(reader.readForm(body));
    }

    /**
     * Reads and validates one form body of UTF-8 bytes as {@link #readForm(String)} reads its text. A raw
     * byte that is not UTF-8 (a body should percent-encode every byte that is not ASCII) is reported on
     * the field it is in, with its column, as {@code offer-lint} reports it in a file of form bodies; a
     * decoder would have made it a replacement character and the value would have passed. Bytes in UTF-16
     * or UTF-32 are one 6820 at 1:1 that names their encoding, as {@link #formDocuments(InputStream)} and
     * {@code offer-lint} answer for a file of such bodies.
     */
    public ReadResult readForm(byte[] body) {
        return ReadResult.of(reader.readForm(body));
    }

    /**
     * Reads and validates one form body of bytes in {@code charset}, the charset its request declared
     * ({@code Content-Type: application/x-www-form-urlencoded; charset=ISO-8859-1}), as
     * {@link #readForm(byte[])} reads UTF-8: percent-encoded bytes are read in the charset too
     * ({@code name=Caf%E9} is {@code Café} in ISO-8859-1 and windows-1252), as a servlet container decodes
     * the parameters, and bytes that are not in the charset, raw or percent-encoded, are reported on their
     * field. The Spring Boot starter reads form bodies with it. Never throws for anything wrong with the body.
     */
    public ReadResult readForm(byte[] body, java.nio.charset.Charset charset) {
        return ReadResult.of(reader.readForm(body, charset));
    }

    /**
     * Reads the form bodies of a stream, one per line (blank lines skipped, a trailing CR dropped), one
     * at a time; positions are lines of the stream. The stream closes {@code in} when it is closed.
     */
    public DocumentStream formDocuments(InputStream in) {
        return new Documents(reader.formDocuments(in));
    }

    /** The major version of the Jackson this reader parses with: 2 or 3. */
    public int jacksonVersion() {
        return jacksonVersion;
    }

    /** The request type this reader reads: {@code Offer} unless {@link Builder#request(Class)} was set. */
    public Class<?> requestType() {
        return reader.requestType();
    }

    /** The validator this reader runs. */
    public OfferValidator validator() {
        return reader.validator();
    }

    /** The mode this reader validates in. */
    public ValidationMode mode() {
        return reader.mode();
    }

    /** Whether numbers written as JSON strings are reported; see {@link Builder#strictTypes(boolean)}. */
    public boolean strictTypes() {
        return reader.strictTypes();
    }

    /**
     * Reads the documents of a file holding one offer object, an array of offers, or NDJSON, one at a
     * time. A broken NDJSON line hides no other line; broken JSON in an array's element hides no
     * element after it when the element's end is certain (its brackets balance, its strings end, then
     * {@code ,} and the next element, or {@code ]}; a broken scalar element such as {@code tru} ends at the
     * comma or bracket after it), and ends the file otherwise; so does broken JSON in a pretty-printed
     * document, whose end is certain when its brackets balance and the next document's opening brace follows. The
     * stream closes {@code in} when it is closed.
     */
    public DocumentStream documents(InputStream in) {
        return new Documents(reader.documents(in));
    }

    /**
     * The documents of a file: {@link #formDocuments(InputStream)} for a file named {@code *.form} or {@code *.query}
     * (any case), {@link #documents(InputStream)} for any other.
     */
    public DocumentStream documents(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return isForm(file) ? formDocuments(in) : documents(in);
    }

    /** Whether {@code file} is named {@code *.form} or {@code *.query} (any case): one form body per line. */
    public static boolean isForm(Path file) {
        return WireReader.isForm(file);
    }

    /** Options of an {@link OfferReader}; not thread-safe. */
    public static final class Builder {
        private final WireReader.Options options = new WireReader.Options();
        private int jackson;

        private Builder() {
        }

        /**
         * The validator to run on what was read; a default one when not set. Its
         * {@linkplain OfferValidator#mode() mode} is the reader's unless {@link #mode(ValidationMode)} is set.
         */
        public Builder validator(OfferValidator validator) {
            options.validator(validator);
            return this;
        }

        /** Create or update rules; by default the validator's mode (create for the default validator). */
        public Builder mode(ValidationMode mode) {
            options.mode(mode);
            return this;
        }

        /**
         * Report a number written as a JSON string ({@code "advertiser_id": "12"}) with the field's
         * invalid code. Off by default: the API receives every value as text, so on the wire such a
         * document is the same request as one with the number, and the API accepts it. Teams that
         * want typed files turn it on.
         */
        public Builder strictTypes(boolean strictTypes) {
            options.strictTypes(strictTypes);
            return this;
        }

        /**
         * The request type {@link OfferReader#read(String)}, {@code readForm} and {@code documents} read:
         * the record of a {@link Request}; {@code Offer} by default.
         */
        public Builder request(Class<? extends Record> type) {
            options.request(type);
            return this;
        }

        /**
         * The major version of the Jackson to parse with, 2 or 3, when both Jackson modules are present;
         * by default the newest present. The figures of a read are the same with either.
         *
         * @throws IllegalArgumentException if {@code version} is neither 2 nor 3
         */
        public Builder jackson(int version) {
            if (version != 2 && version != 3) {
                throw new IllegalArgumentException("Jackson 2 or 3, not " + version);
            }
            this.jackson = version;
            return this;
        }

        /**
         * The reader.
         *
         * @throws IllegalStateException if the Jackson module asked for ({@link #jackson(int)}), or any, is absent
         */
        public OfferReader build() {
            ParserProvider parser = ParserProvider.find(jackson);
            return new OfferReader(options.build(parser.sources()), parser.jacksonVersion());
        }
    }
}
