package org.offerrules.spring.boot;

import java.util.ArrayList;
import java.util.List;

import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body a request's offer was read from, kept for the request, so that violations found after the
 * read (an {@link org.offerrules.validation.OfferValidationException} of the controller, such as an id
 * that is not the path's) get the line and column of the member they point at, as the read's have.
 */
record BodyPositions(String text, boolean form) {

    /** The request attribute that holds the body. */
    static final String ATTRIBUTE = BodyPositions.class.getName();

    /** Keeps {@code text} for the current request, if there is one. */
    static void keep(String text, boolean form) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(ATTRIBUTE, new BodyPositions(text, form), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** {@code report} with the violations that have no position placed in the current request's body, if it has one. */
    static ValidationReport place(ValidationReport report) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null || !(attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof BodyPositions body)
                || report.violations().stream().allMatch(Violation::hasLocation)) {
            return report;
        }
        List<Violation> placed = new ArrayList<>(report.violations().size());
        for (Violation v : report.violations()) {
            long at = v.hasLocation() || v.pointer().isEmpty() ? 0 : body.find(v.pointer());
            placed.add(at == 0 ? v : v.at((int) (at >>> 32), (int) at));
        }
        return ValidationReport.of(placed);
    }

    /**
     * The line (high half) and column (low half) of the value at {@code pointer}; 0 when the body has
     * none. In a form, the parameter of a top-level pointer, where the form reader places its own
     * violations: at the parameter's name.
     */
    long find(String pointer) {
        return form ? parameter(pointer.substring(1)) : member(pointer);
    }

    private long parameter(String name) {
        // a byte order mark is no part of the first name, and not counted: as the form reader reads it
        int mark = text.startsWith(RequestBodies.BYTE_ORDER_MARK) ? 1 : 0;
        int start = mark;
        while (start <= text.length()) {
            int end = text.indexOf('&', start);
            end = end < 0 ? text.length() : end;
            int equals = text.indexOf('=', start);
            String key = text.substring(start, equals < 0 || equals > end ? end : equals);
            if (key.equals(name)) {
                return (1L << 32) | (start + 1 - mark);
            }
            start = end + 1;
        }
        return 0;
    }

    private long member(String pointer) {
        // a byte order mark: skipped, and not counted in the first line's columns, as the readers do
        try (JsonParser p = JsonMapper.shared().createParser(RequestBodies.withoutMark(text))) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.PROPERTY_NAME && !t.isStructEnd()
                        && p.streamReadContext().pathAsPointer().toString().equals(pointer)) {
                    TokenStreamLocation at = p.currentTokenLocation();
                    return ((long) at.getLineNr() << 32) | at.getColumnNr();
                }
            }
        } catch (JacksonException e) {
            // the reader found the body readable; the positions are a help, not a must
        }
        return 0;
    }
}
