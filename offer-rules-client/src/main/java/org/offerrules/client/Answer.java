package org.offerrules.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.offerrules.client.transport.Exchange;
import org.offerrules.client.transport.Throttle;
import org.offerrules.validation.ApiError;

/**
 * One answer of the API: its status and {@code data}, or its decoded error, and the
 * {@code Retry-After} it asked for.
 *
 * @param status     the HTTP status
 * @param data       the answer's {@code data} as plain Java values; null for none or for an error
 * @param error      the decoded error; null when the API accepted the request
 * @param retryAfter the {@code Retry-After} header as a delay; empty when absent or unreadable
 * @param hasData    whether the answer has a {@code data} member, null or not: a list read from an
 *                   answer without one would be an empty page
 */
record Answer(int status, Object data, ApiError error, Optional<Duration> retryAfter, boolean hasData) {

    /** An answer without a {@code data} member. */
    Answer(int status, Object data, ApiError error, Optional<Duration> retryAfter) {
        this(status, data, error, retryAfter, false);
    }

    /**
     * The API's codes that say it refused the request because another was being processed: 6006 "Another
     * request has been processing, please try again later", 6814 "Please try later because last request is
     * in processing". Unlike a bare 5xx (or 6300 "Failed to Save Offer Data", 6388 "Error When Adding
     * Category Offers", which may follow a part of the work), they say the request was not taken up: a
     * create refused so is sent again without the risk of a second object.
     */
    private static final Set<Integer> REFUSED_BUSY = Set.of(6006, 6814);

    /**
     * Whether the API asked to slow down (429, 6041). Never for a redirect (not followed): the same request
     * would be sent to the same place and redirected again, whatever its body's code says.
     */
    boolean throttled() {
        return error != null && error.throttled() && !redirect();
    }

    /** Whether the API failed in a way that sending again may cure (5xx, 6006, 6814); never a redirect. */
    boolean busy() {
        return error != null && error.retryable() && !error.throttled() && !redirect();
    }

    /**
     * Whether the API refused the request without taking it up, busy with another (6006, 6814) or throttled
     * (429, 6041): sending it again cannot repeat an effect, even of a create.
     */
    boolean refused() {
        return throttled() || busy() && REFUSED_BUSY.contains(error.number());
    }

    /**
     * Whether the answer is a failure of the server that does not say the request was refused: a 5xx (in
     * the HTTP status or the body's {@code httpStatus}) other than {@link #refused}. The server may have
     * acted on the request before it failed.
     */
    boolean ambiguous() {
        return error != null && error.httpStatus() >= 500 && error.httpStatus() <= 599 && !refused();
    }

    private boolean redirect() {
        return status >= 300 && status <= 399;
    }

    /**
     * This answer with its error's message told by {@code what} (a redirect: where it led), the server's
     * own message after it when it gave one.
     */
    Answer saying(String what) {
        String message = error.message().equals("HTTP " + status) ? what : what + ": " + error.message();
        return new Answer(status, data, new ApiError(error.httpStatus(), error.code(), error.number(), error.action(), message),
                retryAfter, hasData);
    }

    /**
     * Reads an answer: {@code httpStatus}, {@code data}, {@code errorCode}, {@code message} (brief 3.1).
     * An error status without the API's JSON (a proxy's page) is decoded from the status alone.
     *
     * @throws MalformedAnswer for a success status whose body is not the API's JSON, or whose
     *                         {@code httpStatus} is no status of an answer
     */
    static Answer read(ObjectMapper json, int status, String body, Optional<String> retryAfterHeader, Instant now) {
        Optional<Duration> retryAfter = retryAfterHeader.flatMap(h -> Throttle.retryAfter(h, now));
        JsonNode root;
        String unread = null;
        try {
            root = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JacksonException e) {
            root = null;
            unread = unread(e);
        }
        boolean success = status >= 200 && status < 300;
        // a success of an object without any member of the API's answer (a health page behind a misrouted
        // proxy) is no answer of it: read, it would be a success without data, an empty list
        boolean foreign = success && root != null && !root.has("httpStatus") && !root.has("data") && !root.has("errorCode");
        if (root == null || !root.isObject() || foreign) {
            if (success) {
                throw new MalformedAnswer("HTTP " + status + " without the API's JSON answer: "
                        + (body == null || body.isBlank() ? "the body is empty" : unread != null ? unread
                        : root.isObject() ? "an object without httpStatus, data or errorCode"
                        : kind(root) + ", not the API's object"));
            }
            return new Answer(status, null, ApiError.decode(status, null, null), retryAfter);
        }
        Integer code = whole(root.get("errorCode"));
        Integer errorCode = code != null && code != 0 ? code : null;
        // the body's httpStatus mirrors the HTTP status; a gateway that answers 200 for everything
        // still says what happened in it. It can only turn a success into a failure: an HTTP error
        // whose body claims success (a cached page, a broken proxy) is the error, never an empty list
        Integer mirrored = whole(root.get("httpStatus"));
        if (success && mirrored != null) {
            // a gateway's httpStatus of 600 was a 5xx, retried; the same rule as the HTTP status's (Exchange)
            Exchange.unknownStatus(mirrored).ifPresent(why -> {
                throw new MalformedAnswer("the answer's httpStatus " + why);
            });
        }
        int effective = success && mirrored != null ? mirrored : status;
        if (errorCode == null && effective >= 200 && effective < 300) {
            JsonNode data = root.get("data");
            Object value = data == null || data.isNull() ? null : json.convertValue(data, Object.class);
            return new Answer(effective, value, null, retryAfter, data != null);
        }
        JsonNode message = root.get("message");
        String text = message == null || message.isNull() ? null : message.asText();
        return new Answer(effective, null, ApiError.decode(effective, errorCode, text), retryAfter);
    }

    /**
     * Why a body is no JSON answer, in one line, with where (line and column) and never its text: the member
     * twice (the parser's strict duplicate detection: which of two values is the answer's is not known, and a
     * reader that keeps the last one would take a guess for the network's word), more than one value (two
     * answers run together), or not JSON at all.
     */
    private static String unread(JacksonException e) {
        String at = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith(DUPLICATE)) {
            int end = original.indexOf('\'', DUPLICATE.length());
            String name = end < 0 ? "" : original.substring(DUPLICATE.length(), end);
            return "the member \"" + name + "\" twice in one object" + at;
        }
        if (original.startsWith("Trailing token")) {
            return "more than one JSON value" + at;
        }
        return "not JSON" + at;
    }

    /** How Jackson's strict duplicate detection begins its message: {@code Duplicate field 'data'}. */
    private static final String DUPLICATE = "Duplicate field '";

    /** A JSON value's kind, as a message names it. */
    private static String kind(JsonNode node) {
        return node.isArray() ? "a list" : node.isTextual() ? "a string" : node.isNumber() ? "a number"
                : node.isBoolean() ? "a boolean" : "null";
    }

    /**
     * A whole number written as a number or as text ({@code "6012"}: the API writes its values as text,
     * and an error code read as none would make an error a success without data, an empty list); null
     * for none or another value.
     */
    private static Integer whole(JsonNode node) {
        if (node != null && node.isTextual()) {
            Long value = wholeText(node.textValue());
            return value != null && value == value.intValue() ? value.intValue() : null;
        }
        return node != null && node.canConvertToInt() ? node.asInt() : null;
    }

    /**
     * The whole number {@code text} writes (an optional minus, 1 to 18 digits, white space around), as the
     * API writes its numbers as text; null for anything else. Shared by the answer's codes and a create's id.
     */
    static Long wholeText(String text) {
        String t = text.strip();
        int digits = t.startsWith("-") ? 1 : 0;
        if (t.length() <= digits || t.length() - digits > 18) {
            return null;
        }
        for (int i = digits; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(t);
    }

    /** A success status without the API's answer in it. */
    static final class MalformedAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedAnswer(String message) {
            super(message);
        }
    }
}
