package org.offerrules.spring.boot;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Severity;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.ReadResult;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request body (its bytes, in its charset) as {@code offer-lint} reads a file, with the library's
 * {@link OfferReader}: the same codes, positions and limits for malformed JSON, a value that is no
 * object, trailing content, too deep a nesting, and form-encoded bodies. Thread-safe.
 */
final class RequestBodies {

    /** "Invalid json data": what the API answers for a body it cannot read. */
    static final ErrorCode UNREADABLE = ErrorCode.of(6055);

    /** A byte order mark, as a decoder that keeps it leaves it at the start of the text. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    /** What the reader calls content after the document. */
    private static final String TRAILING = "trailing content after the offer";

    private record Key(Class<?> type, ValidationMode mode) {
    }

    private final OfferValidator validator;
    private final Map<Key, OfferReader> readers = new ConcurrentHashMap<>();

    RequestBodies(OfferValidator validator) {
        this.validator = validator;
    }

    /**
     * Reads {@code body}, in {@code charset}, as a body of the request {@code type}, JSON or
     * ({@code form}) form-encoded, and validates it in {@code mode} (null: the validator's). UTF-8 is read
     * as its bytes, as {@code offer-lint} reads a file: a byte that is not UTF-8 is a 6055 at its place in
     * JSON. Another charset is decoded strictly first: what is not in it is a 6055 at its place. A form body
     * is {@link OfferReader#readForm(byte[], Charset)}'s: its percent-encoded bytes are in its charset too,
     * and bytes that are not are reported on their field (docs/decisions/form.md, "Charsets"). The report is the API's answer: when JSON text follows the
     * document, only that trailing content, since a body that is not one JSON document is not checked
     * against the rules ({@code {} trailing} is its trailing text, not eleven missing fields).
     */
    ReadResult read(byte[] body, Charset charset, Class<?> type, ValidationMode mode, boolean form) {
        OfferReader reader = readers.computeIfAbsent(new Key(type, mode == null ? validator.mode() : mode),
                key -> OfferReader.builder().validator(validator).mode(key.mode())
                        .request(Request.of(key.type()).type()).build());
        // a body in UTF-16 or UTF-32 sent as UTF-8 (declared, or no charset: JSON's) is the reader's one
        // finding for those bytes, offer-lint's for a file of them ("the input is UTF-16LE, not UTF-8")
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        if (form) {
            // raw and percent-encoded bytes in the declared charset, what is not in it reported on its field
            return reader.readForm(body, charset);
        }
        String text = null;
        if (!utf8) {
            try {
                text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            } catch (CharacterCodingException e) {
                return new ReadResult(null, ValidationReport.of(List.of(notInCharset(body, charset))));
            }
        }
        ReadResult result = utf8 ? reader.read(body) : reader.read(text);
        if (result.request() == null || !hasTrailingContent(body, text)) {
            return result;
        }
        // the reader reports it last: after the document, at the document's pointer
        List<Violation> atDocument = result.report().errors().stream()
                .filter(v -> v.code() == UNREADABLE && v.pointer().isEmpty()).toList();
        if (atDocument.isEmpty()) {
            return result; // the reader saw nothing after the document: its answer stands, never an exception
        }
        return new ReadResult(null, ValidationReport.of(List.of(saysTrailing(atDocument.get(atDocument.size() - 1)))));
    }

    /**
     * 6055 at the first bytes of {@code body} that are not {@code charset}: its line and UTF-16 column
     * in the text before them (lines end at LF, CR or CRLF, as the readers count them).
     */
    private static Violation notInCharset(byte[] body, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer before = CharBuffer.allocate((int) Math.ceil(body.length * (double) decoder.maxCharsPerByte()) + 1);
        decoder.decode(ByteBuffer.wrap(body), before, true); // stops at the bytes it cannot decode
        before.flip();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < before.length() && before.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return new Violation(UNREADABLE, "", UNREADABLE.message(Map.of()) + ": Invalid " + charset.name() + " in the input",
                Severity.ERROR, null, Map.of(), line, before.length() - lineStart + 1);
    }

    /**
     * {@code text} without the byte order mark its charset's decoder kept (UTF-16BE, UTF-16LE): the
     * reader skips it, a parser of text does not.
     */
    static String withoutMark(String text) {
        return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    }

    /**
     * The violation, its message saying that the content trails the document: the reader says so for
     * a JSON value, and gives only the parser's words for text that is no JSON ({@code {} trailing}).
     */
    private static Violation saysTrailing(Violation v) {
        String prefix = UNREADABLE.message(Map.of()) + ": ";
        if (v.message().contains(TRAILING) || !v.message().startsWith(prefix)) {
            return v;
        }
        return v.withMessage(prefix + TRAILING + ": " + v.message().substring(prefix.length()));
    }

    /**
     * Whether anything but white space follows the first JSON value of the body, which the reader bound:
     * its UTF-8 bytes, or its {@code text} when it came in another charset.
     */
    private static boolean hasTrailingContent(byte[] body, String text) {
        try (JsonParser p = text == null ? JsonMapper.shared().createParser(body)
                : JsonMapper.shared().createParser(withoutMark(text))) {
            p.nextToken();
            p.skipChildren();
            return p.nextToken() != null;
        } catch (JacksonException e) {
            return true; // what follows the value is no JSON at all
        }
    }
}
