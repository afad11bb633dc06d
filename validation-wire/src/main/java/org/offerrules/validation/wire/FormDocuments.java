package org.offerrules.validation.wire;

import java.io.IOException;
import java.io.InputStream;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;

/**
 * The form bodies of a file, one per line (ended by LF, CRLF or a lone CR; blank lines are skipped), read
 * lazily in bounded memory: a line longer than the document limit is skipped unread and reported. A file
 * without a body (empty, or blank lines only) is one broken document, 6820 after its last white space.
 * Positions are file lines and columns in the line. Not thread-safe.
 */
final class FormDocuments extends LazyDocuments {

    private final InputStream in;
    private final OfferValidator validator;
    private final ValidationMode mode;
    private LineReader lines;
    private int index;

    private final WireSchema schema;

    FormDocuments(InputStream in, OfferValidator validator, ValidationMode mode, WireSchema schema) {
        this.schema = schema;
        this.in = in;
        this.validator = validator;
        this.mode = mode;
    }

    @Override
    void closeInput() throws IOException {
        in.close();
    }

    @Override
    WireDocument advance() throws IOException {
        if (lines == null) {
            lines = new LineReader(in, (int) ReadLimits.MAX_DOCUMENT_LENGTH);
            String wide = lines.wideEncoding();
            if (wide != null) {
                // one finding, not one per line of garbage: the text is not UTF-8 at all
                lines = new LineReader(InputStream.nullInputStream(), 1);
                return new WireDocument(index++, 1, Outcome.broken(FormBinder.notUtf8(wide)));
            }
            if (lines.peek() < 0) {
                // placed where JSON's empty file is: after the last white space
                int line = lines.lineNumber();
                return new WireDocument(index++, line, Outcome.broken(FormBinder.noBody(line, lines.peekColumn())));
            }
        }
        while (lines.next()) {
            int line = lines.lineStart();
            if (lines.lineTooLong()) {
                return new WireDocument(index++, line, Outcome.broken(FormBinder.tooLong(line)));
            }
            if (!lines.lineBlank()) {
                Bound bound = FormBinder.bind(lines.line(), 0, lines.lineLength(), line, schema);
                return new WireDocument(index++, line, Results.finish(bound, validator, mode, true));
            }
        }
        return null;
    }
}
