package org.offerrules.validation;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;

import org.offerrules.validation.internal.HibernateEngine;

/**
 * One problem found in an offer.
 *
 * @param code          the network API's error code, or a house rule's ({@link ErrorCode#house})
 * @param pointer       RFC 6901 JSON Pointer to the offending value, in the API's wire names
 *                      ({@code /cap_interval_limit}, {@code /events/2/e_tkn}); {@code ""} is the
 *                      whole document
 * @param message       the code's message with its parameters filled in
 * @param severity      how serious the problem is
 * @param rejectedValue the offending value as the model or the document held it; may be null
 * @param arguments     the values of the message's placeholders (e.g. {@code country}); often empty
 * @param line          1-based line in the source document, or 0 when the violation did not come
 *                      from a document
 * @param column        1-based column in the source document, or 0 when unknown
 */
public record Violation(ErrorCode code, String pointer, String message, Severity severity,
                        Object rejectedValue, Map<String, Object> arguments, int line, int column) {

    /** Normalises: the arguments are copied, a missing severity is an error. */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        severity = severity == null ? Severity.ERROR : severity;
        arguments = arguments == null || arguments.isEmpty() ? Map.of() : Map.copyOf(arguments);
        line = Math.max(line, 0);
        column = Math.max(column, 0);
    }

    /** An error at {@code pointer} with the code's English message, without a source position. */
    public static Violation of(ErrorCode code, String pointer, Object rejectedValue, Map<String, ?> arguments) {
        @SuppressWarnings("unchecked")
        Map<String, Object> args = arguments == null ? Map.of() : (Map<String, Object>) arguments;
        return new Violation(code, pointer, code.message(args), Severity.ERROR, rejectedValue, args, 0, 0);
    }

    /** An error at {@code pointer} for a code without message parameters. */
    public static Violation of(ErrorCode code, String pointer, Object rejectedValue) {
        return of(code, pointer, rejectedValue, Map.of());
    }

    /**
     * A Hibernate Validator violation of one of this library's constraints as the library reports it:
     * its error code, the JSON Pointer of its property path in wire names (from the root bean, so a
     * violation found validating an {@code Offer} is at {@code /name}), the code's English message with
     * its parameters, and the rejected value. For violations found by a framework's own validator,
     * such as Spring's {@code @Valid} or a Jakarta REST resource's.
     *
     * @param violation a violation from any Hibernate Validator {@code Validator}
     * @return the violation, or empty when it is not of this library's constraints (such as a
     *         {@code @NotNull} of another class) or did not come from Hibernate Validator
     */
    public static Optional<Violation> from(ConstraintViolation<?> violation) {
        return Optional.ofNullable(HibernateEngine.toViolation(Objects.requireNonNull(violation, "violation")));
    }

    /** The code's number, for the common case of comparing codes; 0 for a house code (see {@link ErrorCode#id()}). */
    public int codeNumber() {
        return code.number();
    }

    /** Whether this violation carries a position in a source document. */
    public boolean hasLocation() {
        return line > 0;
    }

    /** A copy placed at a 1-based line and column of a source document. */
    public Violation at(int line, int column) {
        return new Violation(code, pointer, message, severity, rejectedValue, arguments, line, column);
    }

    /** A copy with another severity. */
    public Violation withSeverity(Severity severity) {
        return new Violation(code, pointer, message, severity, rejectedValue, arguments, line, column);
    }

    /** A copy with another message (a localised one, or one with a hint appended). */
    public Violation withMessage(String message) {
        return new Violation(code, pointer, message, severity, rejectedValue, arguments, line, column);
    }

    @Override
    public String toString() {
        String where = line > 0 ? line + ":" + column + ": " : "";
        return where + severity.name().toLowerCase(java.util.Locale.ROOT) + " " + code.id() + " "
                + message + " (" + pointer + ")";
    }
}
