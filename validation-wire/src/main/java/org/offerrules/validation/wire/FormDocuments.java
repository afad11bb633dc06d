package org.offerrules.validation.wire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;

/**
 * The form bodies of a file, one per line (ended by LF, CRLF or a lone CR; blank lines are skipped), read
 * lazily in bounded memory: a line longer than the document limit is skipped unread and reported.
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
        }
        while (lines.next()) {
            int line = lines.lineStart();
            if (lines.lineTooLong()) {
                return new WireDocument(index++, line, Outcome.broken(FormBinder.tooLong(line)));
            }
            if (!lines.lineBlank()) {
                byte[] bytes = lines.line();
                int length = lines.lineLength();
                String body = new String(bytes, 0, length, StandardCharsets.UTF_8);
                // the decoder replaces what is not UTF-8 with U+FFFD: only then is the line searched
                if (body.indexOf('\uFFFD') < 0 || Utf8.firstMalformed(bytes, 0, length) < 0) {
                    return new WireDocument(index++, line, Results.finish(FormBinder.bind(body, line, schema), validator, mode, true));
                }
                java.util.BitSet notUtf8 = new java.util.BitSet();
                body = lossy(bytes, length, notUtf8);
                return new WireDocument(index++, line,
                        Results.finish(FormBinder.bind(body, line, schema, notUtf8), validator, mode, true));
            }
        }
        return null;
    }

    /**
     * {@code bytes[0, length)} as UTF-8, each byte that is not a U+FFFD, whose index in the text is
     * set in {@code notUtf8}: a raw byte a body should have percent-encoded, which the binder reports
     * instead of reading a replacement character as the value.
     */
    static String lossy(byte[] bytes, int length, java.util.BitSet notUtf8) {
        StringBuilder text = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            int bad = Utf8.firstMalformed(bytes, i, length - i);
            int upTo = bad < 0 ? length : bad;
            text.append(new String(bytes, i, upTo - i, StandardCharsets.UTF_8));
            if (bad < 0) {
                break;
            }
            notUtf8.set(text.length());
            text.append('\uFFFD');
            i = bad + 1;
        }
        return text.toString();
    }
}
