package org.offerrules.spring.boot;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.OfferValidator;
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
 * Reads the text of a request body as {@code offer-lint} reads a file, with the library's
 * {@link OfferReader}: the same codes, positions and limits for malformed JSON, a value that is no
 * object, trailing content, too deep a nesting, and form-encoded bodies. Thread-safe.
 */
final class RequestBodies {

    /** "Invalid json data": what the API answers for a body it cannot read. */
    static final ErrorCode UNREADABLE = ErrorCode.of(6055);

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
     * Reads {@code text} as a body of the request {@code type}, JSON or ({@code form}) form-encoded, and
     * validates it in {@code mode} (null: the validator's). The report is the API's answer: when JSON
     * text follows the document, only that trailing content, since a body that is not one JSON document
     * is not checked against the rules ({@code {} trailing} is its trailing text, not eleven missing
     * fields).
     */
    ReadResult read(String text, Class<?> type, ValidationMode mode, boolean form) {
        OfferReader reader = readers.computeIfAbsent(new Key(type, mode == null ? validator.mode() : mode),
                key -> OfferReader.builder().validator(validator).mode(key.mode())
                        .request(Request.of(key.type()).type()).build());
        if (form) {
            return reader.readForm(text);
        }
        ReadResult result = reader.read(text);
        if (result.request() == null || !hasTrailingContent(text)) {
            return result;
        }
        // the reader reports it last: after the document, at the document's pointer
        List<Violation> atDocument = result.report().errors().stream()
                .filter(v -> v.code() == UNREADABLE && v.pointer().isEmpty()).toList();
        return new ReadResult(null, ValidationReport.of(List.of(saysTrailing(atDocument.get(atDocument.size() - 1)))));
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

    /** Whether anything but white space follows the first JSON value of {@code text}, which the reader bound. */
    private static boolean hasTrailingContent(String text) {
        try (JsonParser p = JsonMapper.shared().createParser(text)) {
            p.nextToken();
            p.skipChildren();
            return p.nextToken() != null;
        } catch (JacksonException e) {
            return true; // what follows the value is no JSON at all
        }
    }
}
