package org.offerrules.validation.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;

/**
 * The documents of a file, read lazily. The layout is told from the start of the file:
 * <ul>
 *   <li>first byte {@code [}: an array of offers, streamed with one parser; a binding error ends only
 *       its element, and so does broken JSON in an element whose end is certain: a new parser reads on
 *       after it ({@link ArrayText}); other broken JSON ends the file with a 6055 document;</li>
 *   <li>otherwise the first line is read as a document: complete, or broken in a way other than
 *       ending early, it is NDJSON, one document per line, each line parsed on its own so that a
 *       broken line never hides the next (blank lines are skipped, a line over the length limit is
 *       skipped unread and reported); a first line that holds a scalar ({@code tru}) tells nothing, and
 *       the next line that is not blank is asked the same;</li>
 *   <li>a first line that ends inside its document starts a multi-line (pretty-printed) document:
 *       the rest is streamed as a sequence of JSON values; broken JSON in a value whose end is certain
 *       (its brackets balance, or a broken scalar such as {@code tru} ends at white space, then white
 *       space and the next value's opening brace) ends only that value ({@link ArrayText#values}), other
 *       broken JSON ends the file.</li>
 * </ul>
 * Where broken JSON ends the file and text follows the break, its 6055 says that the rest of the file
 * was not read ({@link #REST_NOT_READ}).
 * Positions are file lines and columns in UTF-16 code units: NDJSON lines are parsed as bytes and
 * their columns converted when a violation is placed ({@link Columns}); streamed arrays and
 * multi-line documents are decoded to text first, strictly (malformed UTF-8 is a 6055, not a
 * replacement character), so the parser counts UTF-16 units itself. Not thread-safe.
 */
final class FileDocuments extends LazyDocuments {

    private enum Layout { START, FIRST_LINE, NDJSON, ARRAY, RESUME, VALUES, DONE }

    /** Added to the 6055 of broken JSON that ends a streamed file before its end: what follows is not checked. */
    static final String REST_NOT_READ = "; the rest of the file was not read (where this document ends is not certain)";

    private final InputStream in;
    private final OfferValidator validator;
    private final ValidationMode mode;
    private final boolean strictTypes;
    private final WireSchema schema;
    private LineReader lines;
    private final TokenSources sources;
    private final ByteReading bytes;
    // made once, not per line
    private final ByteReading.Read<Boolean, WireDocument> parseLine = this::parseLine;
    private TokenSource parser;
    private ArrayText array;        // an array's or root values' text, to read on after a broken element
    private Layout resumeAs;        // ARRAY or VALUES: how the text goes on after a broken element
    private ArrayText.Resumption resumption; // where the text goes on after the broken element
    private Utf8Input utf8; // the streamed file's bytes: where the first one that is not UTF-8 is
    private int textLineBase;       // the lines before the streamed text (lineBase moves with a new parser)
    private int lineBase;
    private Columns columns = Columns.CHARS; // after a broken element, the new parser's first line is shifted
    private Layout layout = Layout.START;
    private int index;

    FileDocuments(TokenSources sources, ByteReading bytes, InputStream in, OfferValidator validator, ValidationMode mode,
                  boolean strictTypes, WireSchema schema) {
        this.sources = sources;
        this.bytes = bytes;
        this.schema = schema;
        this.in = in;
        this.validator = validator;
        this.mode = mode;
        this.strictTypes = strictTypes;
    }

    @Override
    void closeInput() throws IOException {
        layout = Layout.DONE;
        try {
            if (parser != null) {
                parser.close();
            }
        } finally {
            in.close();
        }
    }

    @Override
    WireDocument advance() throws IOException {
        switch (layout) {
            case START:
                return start();
            case FIRST_LINE:
                return nextFirstLine();
            case NDJSON:
                return nextLine();
            case ARRAY:
            case VALUES:
                return nextValue();
            case RESUME:
                return resume();
            default:
                return null;
        }
    }

    private WireDocument start() throws IOException {
        lines = new LineReader(in, (int) ReadLimits.MAX_DOCUMENT_LENGTH);
        String wide = lines.wideEncoding();
        if (wide != null) {
            // one finding, not one per line of garbage: the text is not UTF-8 at all
            layout = Layout.DONE;
            return only(Binder.notUtf8(wide), 1);
        }
        int first = lines.peek();
        if (first < 0) {
            layout = Layout.DONE;
            // where the parsers stop on such input: after the last white space (OfferReader.read agrees)
            return only(Binder.noDocument(lines.lineNumber(), lines.peekColumn()),
                    lines.lineNumber());
        }
        if (first == '[') {
            lineBase = textLineBase = lines.lineNumber() - 1;
            array = new ArrayText(text(lines.rest()));
            parser = sources.file(array);
            lines = null;
            layout = Layout.ARRAY;
            try {
                parser.next(); // the array's [
            } catch (IOException | RuntimeException e) {
                return fatal(e);
            }
            gap(false);
            return nextValue();
        }
        if (!lines.next()) {
            layout = Layout.DONE;
            return null;
        }
        return firstLine();
    }

    /** After first lines that were scalars: the next line that is not blank tells the layout. */
    private WireDocument nextFirstLine() throws IOException {
        while (lines.next()) {
            if (lines.lineTooLong() || !lines.lineBlank()) {
                return firstLine();
            }
        }
        layout = Layout.DONE;
        return null;
    }

    /**
     * The line that tells the layout: complete, or broken in a way other than ending early, NDJSON; ending
     * inside its document, a stream of pretty-printed values from it on. A scalar line ({@code tru},
     * {@code 42}: no offer either way) tells nothing, so the line after it is asked again: a broken scalar
     * first in a file of pretty-printed documents made every line after it a broken document of its own.
     */
    private WireDocument firstLine() throws IOException {
        if (lines.lineTooLong()) {
            layout = Layout.NDJSON;
            return tooLong();
        }
        WireDocument d = parseLine(true);
        if (d == null) {
            // the first line ends inside its document: a pretty-printed document, read as a stream
            lineBase = textLineBase = lines.lineStart() - 1;
            array = ArrayText.values(text(lines.lineAndRest()));
            parser = sources.file(array);
            lines = null;
            layout = Layout.VALUES;
            return nextValue();
        }
        layout = scalarLine() ? Layout.FIRST_LINE : Layout.NDJSON;
        return d;
    }

    /** Whether the current line's first character that is not white space opens no object or array. */
    private boolean scalarLine() {
        byte[] line = lines.line();
        for (int i = 0; i < lines.lineLength(); i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t') {
                return b != '{' && b != '[';
            }
        }
        return false;
    }

    private WireDocument nextLine() throws IOException {
        while (lines.next()) {
            if (lines.lineTooLong()) {
                return tooLong();
            }
            if (!lines.lineBlank()) {
                return parseLine(false);
            }
        }
        layout = Layout.DONE;
        return null;
    }

    /** The current line as one document; null when it ended inside the document and that was asked for. */
    private WireDocument parseLine(boolean nullWhenTruncated) throws IOException {
        return bytes.read(lines.line(), 0, lines.lineLength(), nullWhenTruncated, parseLine);
    }

    private WireDocument parseLine(TokenSource p, boolean nullWhenTruncated) throws IOException {
        int base = lines.lineStart() - 1;
        Columns columns = Columns.utf8(lines.line(), 0, lines.lineLength(), base);
        try {
            p.next();
        } catch (IOException | RuntimeException e) {
            return only(Binder.invalidJson(WireSyntaxException.of(p, e), base, columns), lines.lineStart());
        }
        Bound bound = Binder.bind(p, base, ReadLimits.MAX_DOCUMENT_LENGTH, columns, strictTypes, schema);
        if (bound.truncated() && nullWhenTruncated) {
            return null;
        }
        Outcome result = Results.finish(bound, validator, mode, true);
        if (bound.offer() != null) {
            Violation trailing = WireReader.trailing(p, base, columns);
            if (trailing != null) {
                result = result.with(trailing);
            }
        }
        return new WireDocument(index++, lines.lineStart(), result);
    }

    private WireDocument tooLong() {
        return only(Binder.invalidJson("document longer than the maximum allowed (" + ReadLimits.MAX_DOCUMENT_LENGTH
                + " bytes); skipped to the end of its line", lines.lineStart(), 1), lines.lineStart());
    }

    /** The next array element or root value of a streamed file. */
    private WireDocument nextValue() throws IOException {
        try {
            return streamedValue();
        } catch (CharacterCodingException e) {
            return notUtf8();
        }
    }

    private WireDocument streamedValue() throws IOException {
        Token t;
        try {
            t = parser.next();
        } catch (IOException | RuntimeException e) {
            // a scalar element or root value that breaks (tru, 1.2.3): read on after it when its end is certain
            resumeAs = layout;
            return fatal(e, Layout.RESUME);
        }
        if (t == null) {
            layout = Layout.DONE;
            if (index == 0) {
                return only(Binder.noDocument(lineBase + 1, 1), lineBase + 1);
            }
            return null;
        }
        if (layout == Layout.ARRAY && t == Token.END_ARRAY) {
            layout = Layout.DONE;
            Violation trailing = WireReader.trailing(parser, lineBase, columns);
            if (trailing != null) {
                return only(trailing, trailing.line());
            }
            return null;
        }
        long position = parser.tokenPosition(); // first: it gives the token's offset too
        int line = Locations.line(position) + lineBase;
        array.element(parser.tokenOffset(), line, columns.column(line, Locations.column(position)));
        Bound bound = Binder.bind(parser, lineBase, ReadLimits.MAX_DOCUMENT_LENGTH, columns, strictTypes, schema);
        if (bound.broken()) {
            // broken JSON in a stream: nothing after it can be trusted but what follows the element's (or
            // the root value's) certain end
            resumeAs = layout;
            layout = Layout.RESUME;
            List<Violation> violations = new ArrayList<>(bound.violations());
            violations.set(violations.size() - 1, readOn(violations.get(violations.size() - 1))); // the break's 6055
            bound = new Bound(null, violations, bound.failed(), null, bound.columns(), true, bound.truncated());
        } else if (parser.current() == Token.END_OBJECT || parser.current() == Token.END_ARRAY) {
            gap(layout == Layout.ARRAY); // root values have no comma between them
        } else {
            array.elementRead(); // a scalar element: a break after it is the next element's, not this one's
        }
        return new WireDocument(index++, line, Results.finish(bound, validator, mode, true));
    }

    /**
     * After an array element's or a root value's broken JSON: a new parser reads on after it, when its
     * end is certain; the file ends otherwise.
     */
    private WireDocument resume() throws IOException {
        layout = Layout.DONE;
        ArrayText.Resumption at = resumption;
        resumption = null;
        if (at == null) {
            return null;
        }
        parser.close();
        parser = sources.file(array);
        columns = Columns.charsFrom(at.line(), at.column());
        layout = resumeAs;
        if (layout == Layout.VALUES) {
            lineBase = at.line() - 1; // the new parser starts at the next document
            return nextValue();
        }
        lineBase = at.line() - 2;
        try {
            parser.next(); // the [ the new parser is given first, on the line before the element
        } catch (IOException | RuntimeException e) {
            return fatal(e);
        }
        return nextValue();
    }

    /**
     * The array's text is kept from just after the current token (an element's closing bracket, the
     * array's {@code [}), where the next element's gap begins.
     */
    private void gap(boolean comma) {
        long position = parser.tokenPosition(); // first: it gives the token's offset too
        int line = Locations.line(position) + lineBase;
        array.gap(parser.tokenOffset() + 1, line, columns.column(line, Locations.column(position)) + 1, comma);
    }

    /** Broken JSON or bytes that are not UTF-8 in a streamed file, {@code e} as the parser threw it. */
    private WireDocument fatal(Exception e) throws IOException {
        return fatal(e, Layout.DONE);
    }

    /** {@link #fatal(Exception)}, then reading as {@code then} says unless the bytes were not UTF-8. */
    private WireDocument fatal(Exception e, Layout then) throws IOException {
        WireSyntaxException syntax;
        try {
            syntax = WireSyntaxException.of(parser, e);
        } catch (CharacterCodingException notUtf8) {
            return notUtf8();
        }
        layout = then;
        Violation v = Binder.invalidJson(syntax, lineBase, columns);
        if (then == Layout.RESUME) {
            v = readOn(v);
        }
        return only(v, v.line());
    }

    /**
     * At broken JSON in a streamed file, {@code v} its 6055: finds where the reading goes on, before the
     * document is handed out, so that when it cannot and text follows the break, {@code v} says that the
     * rest of the file was not read.
     */
    private Violation readOn(Violation v) throws IOException {
        resumption = array.resume();
        if (resumption == null && array.textAfter(v.line(), v.column())) {
            return v.withMessage(v.message() + REST_NOT_READ);
        }
        return v;
    }

    /** Bytes that are not UTF-8 in a streamed file: like broken JSON, nothing after them can be trusted. */
    private WireDocument notUtf8() {
        layout = Layout.DONE;
        Utf8Input.Malformed at = utf8.malformed();
        int line = at != null ? at.line() + textLineBase : parser.line() + lineBase;
        return only(Binder.invalidJson("Invalid UTF-8 in the input", line,
                at != null ? at.column() : columns.column(line, parser.column())), line);
    }

    /**
     * The file as text, decoded strictly: the parser then counts columns in UTF-16 units, and the first
     * byte that is not UTF-8 ends the text, its place known ({@link Utf8Input}).
     */
    private Reader text(InputStream bytes) {
        utf8 = new Utf8Input(bytes);
        return new InputStreamReader(utf8, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private WireDocument only(Violation v, int line) {
        return new WireDocument(index++, line, Outcome.broken(v));
    }
}
