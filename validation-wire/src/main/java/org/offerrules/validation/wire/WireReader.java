package org.offerrules.validation.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.spi.WideEncoding;

/**
 * What each module's public {@code OfferReader} does, over that module's {@link TokenSources}: reads
 * and validates documents without throwing for anything wrong with them. Immutable and thread-safe.
 */
public final class WireReader {

    /** Empty or white-space-only input, in the same words for one document and for a file of them. */
    static final String NO_DOCUMENT = "no JSON document in the input";

    private final TokenSources sources;
    private final OfferValidator validator;
    private final ValidationMode mode;
    private final boolean strictTypes;
    private final WireSchema schema;
    private final ByteReading bytes;
    // the reads of bytes, made once: a lambda per document would be an allocation per document
    private final ByteReading.Read<byte[], Outcome> readBytes;
    private final ByteReading.Read<ArraySplitter.Element, WireDocument> readElement;
    private final ByteReading.Fallback<ArraySplitter.Element, WireDocument> readElementText = this::readElementText;

    private WireReader(TokenSources sources, Options options) {
        this.sources = sources;
        this.bytes = new ByteReading(sources, options.byteTokenizer);
        this.validator = options.validator;
        this.mode = options.mode;
        this.strictTypes = options.strictTypes;
        this.schema = WireSchema.of(options.type);
        this.readBytes = (p, json) -> readSingle(p, Columns.utf8(json, 0, json.length, 0), schema);
        this.readElement = (p, element) ->
                readElement(element, p, Columns.utf8From(element.bytes(), element.line(), element.column()));
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** How {@link #of} finds the reader a public {@code OfferReader} wraps: given once, by that class. */
    private static volatile Function<OfferReader, WireReader> wrapped;

    /**
     * The reader {@code reader} wraps, for offer-lint (of the applications, this package is exported to it
     * alone), which reads the parts of a larger input with it ({@link #readPart}): the public reader's
     * entry points of bytes take them for whole inputs, and a part is not one.
     */
    public static WireReader of(OfferReader reader) {
        Objects.requireNonNull(reader, "reader");
        return wrapped.apply(reader); // set: OfferReader's class was initialized to make reader
    }

    /**
     * How to find the reader an {@code OfferReader} wraps; called once, by that class when it is
     * initialized, since its accessor is package-private (it is no public API). Public only because the
     * two classes are in two packages: a call from any other class is refused, so that nothing on a plain
     * class path can give it first and make {@code OfferReader}'s initialization fail.
     *
     * @throws IllegalStateException when it was given already, or when the caller is not {@code OfferReader}
     */
    public static synchronized void wrappedBy(Function<OfferReader, WireReader> unwrap) {
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        if (caller != OfferReader.class) {
            throw new IllegalStateException("given by OfferReader only, not by " + caller.getName());
        }
        if (wrapped != null) {
            throw new IllegalStateException("given already");
        }
        wrapped = Objects.requireNonNull(unwrap, "unwrap");
    }

    /** One document of text, of this reader's request type. */
    public Outcome read(String json) {
        return read(json, schema);
    }

    /** One document of text, of the request {@code type}. */
    public Outcome read(String json, Class<? extends Record> type) {
        return read(json, schemaOf(type));
    }

    private Outcome read(String json, WireSchema schema) {
        Objects.requireNonNull(json, "json");
        // a byte order mark decoded into the text: skipped as read(byte[]) skips its bytes, and, as
        // there, not counted in the first line's columns
        boolean marked = !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK;
        String text = marked ? json.substring(1) : json;
        try (TokenSource p = sources.document(text)) {
            return readSingle(p, Columns.text(text), schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String cannot fail to be read
        }
    }

    /**
     * One document of UTF-8 bytes, the whole input (a request body): bytes in UTF-16 or UTF-32
     * ({@link WideEncoding#of}) are one 6055 that says so, at 1:1, as a file of them is ({@link FileDocuments}).
     * A part of a larger input is {@link #readPart}'s.
     */
    public Outcome read(byte[] json) {
        WideEncoding wide = WideEncoding.of(Objects.requireNonNull(json, "json"), 0, json.length);
        return wide != null ? Outcome.broken(Binder.notUtf8(wide.name())) : readPart(json);
    }

    /**
     * One document of UTF-8 bytes that is a part of a larger input, whose encoding was told from the
     * input's start (offer-lint's NDJSON lines): read as UTF-8 whatever its first bytes, so that a line
     * starting FF FE in a UTF-8 file is broken UTF-8 there, not "the input is UTF-16LE". Not on the public
     * {@code OfferReader}, whose bytes are a whole input; offer-lint finds it with {@link #of}.
     */
    public Outcome readPart(byte[] json) {
        Objects.requireNonNull(json, "json");
        try {
            return bytes.read(json, 0, json.length, json, readBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One element of a JSON array file, found by {@link ArraySplitter}, read as {@link #documents}
     * reads it in the whole file: every line and UTF-16 column is the one the parser counts in the
     * file, however far right the element starts (a minified array). Read by the byte tokenizer, its
     * byte columns converted from the element's bytes and, on its first line, moved right to the
     * element's column ({@link Columns#utf8From}); whatever the tokenizer is not sure of is read as
     * before it, by a parser of the element's text, its first line's columns moved the same way. Broken
     * JSON in it is its 6055, and the file goes on after it, as in {@link #documents}: the split
     * elements are those whose end is certain ({@link ArrayText}).
     */
    public WireDocument readElement(ArraySplitter.Element element) {
        byte[] b = element.bytes();
        try {
            return bytes.read(b, 0, b.length, element, readElement, readElementText);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory cannot fail to be read
        }
    }

    /** An element's text, by a parser of text as the file's: what the tokenizer is not sure of. */
    private WireDocument readElementText(ArraySplitter.Element element) throws IOException {
        String text = new String(element.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        try (TokenSource p = sources.file(new java.io.StringReader(text))) {
            return readElement(element, p, Columns.charsFrom(element.line(), element.column()));
        }
    }

    private WireDocument readElement(ArraySplitter.Element element, TokenSource p, Columns columns) throws IOException {
        int lineBase = element.line() - 1;
        try {
            p.next();
        } catch (IOException | RuntimeException e) {
            Violation v = Binder.invalidJson(WireSyntaxException.of(p, e), lineBase, columns);
            return new WireDocument(element.index(), v.line(), Outcome.broken(v));
        }
        int line = p.tokenLine() + lineBase;
        Bound bound = Binder.bind(p, lineBase, ReadLimits.MAX_DOCUMENT_LENGTH, columns, strictTypes, schema);
        return new WireDocument(element.index(), line, Results.finish(bound, validator, mode, true));
    }

    /** One form body; a trailing line end, and a byte order mark before it, are ignored. */
    public Outcome readForm(String body) {
        Objects.requireNonNull(body, "body");
        if (!body.isEmpty() && body.charAt(0) == BYTE_ORDER_MARK) {
            body = body.substring(1); // as the form bodies of a file skip it (LineReader)
        }
        String line = body.endsWith("\r\n") ? body.substring(0, body.length() - 2)
                : body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
        if (line.length() > ReadLimits.MAX_DOCUMENT_LENGTH) {
            return Outcome.broken(FormBinder.tooLong(1));
        }
        return Results.finish(FormBinder.bind(line, 1, schema), validator, mode, true);
    }

    /**
     * One form body of UTF-8 bytes; a trailing line end, and a byte order mark before it, are ignored. A
     * raw byte that is not UTF-8 is reported on its field, as the form bodies of a file are
     * ({@link FormDocuments}); bytes in UTF-16 or UTF-32 are one 6820 at 1:1 that says so, as such a file is.
     */
    public Outcome readForm(byte[] body) {
        WideEncoding wide = WideEncoding.of(Objects.requireNonNull(body, "body"), 0, body.length);
        if (wide != null) { // a whole body: what a file of these bytes gives (FormDocuments)
            return Outcome.broken(FormBinder.notUtf8(wide.name()));
        }
        // a byte order mark: skipped, as LineReader skips it in a file
        int from = WideEncoding.utf8Mark(body, 0, body.length);
        int to = body.length;
        if (to > from && body[to - 1] == '\n') {
            to -= to - 1 > from && body[to - 2] == '\r' ? 2 : 1;
        }
        if (to - from > ReadLimits.MAX_DOCUMENT_LENGTH) {
            return Outcome.broken(FormBinder.tooLong(1));
        }
        return Results.finish(FormBinder.bind(body, from, to, 1, schema), validator, mode, true);
    }

    /**
     * One form body of bytes in {@code charset}, the charset a request declared: raw bytes and
     * percent-encoded ones are both read in it ({@code caf%E9} is {@code café} in ISO-8859-1), as a servlet
     * container decodes a form's parameters, and bytes that are not in it are reported on their field as
     * bytes that are not UTF-8 are. UTF-8 is {@link #readForm(byte[])}. A trailing line end, and a byte order
     * mark before the body, are ignored. Decisions: docs/decisions/form.md, "Charsets".
     */
    public Outcome readForm(byte[] body, java.nio.charset.Charset charset) {
        Objects.requireNonNull(body, "body");
        if (Objects.requireNonNull(charset, "charset").equals(java.nio.charset.StandardCharsets.UTF_8)) {
            return readForm(body);
        }
        // the limit is of bytes, as for UTF-8, and checked before decoding: a byte order mark and a line end
        // take at most 12 of them (UTF-32); the text's own check below holds a charset of one byte each exactly
        if (body.length > ReadLimits.MAX_DOCUMENT_LENGTH + 12) {
            return Outcome.broken(FormBinder.tooLong(1));
        }
        FormBinder.Decoded decoded = FormBinder.decode(body, charset);
        String text = decoded.text();
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            decoded = decoded.from(1); // kept by the decoders of UTF-16BE and UTF-16LE
            text = decoded.text();
        }
        int end = text.endsWith("\r\n") ? text.length() - 2 : text.endsWith("\n") ? text.length() - 1 : text.length();
        if (end > ReadLimits.MAX_DOCUMENT_LENGTH) {
            return Outcome.broken(FormBinder.tooLong(1));
        }
        FormBinder.Decoded line = new FormBinder.Decoded(text.substring(0, end), decoded.notDecoded());
        return Results.finish(FormBinder.bind(line, 1, schema, charset), validator, mode, true);
    }

    /** The form bodies of a stream, one per line; closing the documents closes {@code in}. */
    public LazyDocuments formDocuments(InputStream in) {
        return new FormDocuments(Objects.requireNonNull(in, "in"), validator, mode, schema);
    }

    /** The JSON documents of a stream (object, array or NDJSON); closing the documents closes {@code in}. */
    public LazyDocuments documents(InputStream in) {
        return new FileDocuments(sources, bytes, Objects.requireNonNull(in, "in"), validator, mode, strictTypes, schema);
    }

    /**
     * How many whole documents of bytes (bodies, NDJSON lines, split array elements) this reader's
     * byte tokenizer gave back to the parser, which read them again: malformed or unusual documents;
     * 0 when the tokenizer is off.
     */
    public long tokenizerFallbacks() {
        return bytes.fallbacks();
    }

    public Class<?> requestType() {
        return schema.groups[0].type;
    }

    public OfferValidator validator() {
        return validator;
    }

    public ValidationMode mode() {
        return mode;
    }

    public boolean strictTypes() {
        return strictTypes;
    }

    private Outcome readSingle(TokenSource p, Columns columns, WireSchema schema) throws IOException {
        Token first;
        try {
            first = p.next();
        } catch (IOException | RuntimeException e) {
            return Outcome.broken(Binder.invalidJson(WireSyntaxException.of(p, e), 0, columns));
        }
        if (first == null) {
            return Outcome.broken(Binder.noDocument(p.line(),
                    columns.column(p.line(), p.column())));
        }
        Bound bound = Binder.bind(p, 0, ReadLimits.MAX_DOCUMENT_LENGTH, columns, strictTypes, schema);
        Outcome result = Results.finish(bound, validator, mode, true);
        if (bound.offer() == null) {
            return result;
        }
        Violation trailing = trailing(p, 0, columns);
        return trailing == null ? result : result.with(trailing);
    }

    /** 6055 when anything but white space follows the document; null otherwise. */
    static Violation trailing(TokenSource p, int lineBase, Columns columns) throws IOException {
        try {
            Token next = p.next();
            if (next == null) {
                return null;
            }
            int line = p.tokenLine() + lineBase;
            return Binder.invalidJson("trailing content after the offer: " + Binder.describe(next),
                    line, columns.column(line, p.tokenColumn()));
        } catch (IOException | RuntimeException e) {
            return Binder.invalidJson(WireSyntaxException.of(p, e), lineBase, columns);
        }
    }

    /**
     * Whether {@code file} is named {@code *.form} or {@code *.query} (any case): one form body per line.
     * A query string is the same encoding: the API's reads send their parameters that way (brief 3.1).
     */
    public static boolean isForm(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".form") || lower.endsWith(".query");
    }

    private static WireSchema schemaOf(Class<? extends Record> type) {
        return WireSchema.of(Request.of(type).type());
    }

    /** The options of a reader, what each module's {@code OfferReader.Builder} sets; not thread-safe. */
    public static final class Options {
        private OfferValidator validator;
        // null until set: then the validator's mode, so that an update validator is not run in create mode
        private ValidationMode mode;
        private boolean strictTypes;
        private Class<? extends Record> type = Offer.class;
        private boolean byteTokenizer = true;

        public void validator(OfferValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
        }

        public void mode(ValidationMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
        }

        public void strictTypes(boolean strictTypes) {
            this.strictTypes = strictTypes;
        }

        /**
         * Whether whole documents of bytes are tokenized by this module's own byte tokenizer, the parser
         * reading only those it is unsure of (on by default); off, the parser reads every document. The
         * reports are the same either way: off is the reference the tokenizer is tested against.
         */
        public void byteTokenizer(boolean on) {
            this.byteTokenizer = on;
        }

        /** The request type; throws when {@code type} is not a request's record. */
        public void request(Class<? extends Record> type) {
            schemaOf(Objects.requireNonNull(type, "type"));
            this.type = type;
        }

        /** The reader over {@code sources}: a default validator when none was set, in its mode unless set. */
        public WireReader build(TokenSources sources) {
            if (validator == null) {
                validator = OfferValidator.create();
            }
            if (mode == null) {
                mode = validator.mode();
            }
            return new WireReader(sources, this);
        }
    }
}
