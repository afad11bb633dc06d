package org.offerrules.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A validation report as RFC 9457 problem details ({@code application/problem+json}), for services
 * that answer their own HTTP requests with the errors the network API would give.
 *
 * <p>{@code status} is 400; {@code type} and {@code title} come from the family of the first error's
 * code (all of an offer's codes are usually of one family); the violations are the extension member
 * {@code violations}, each with {@code code} (the API's number, or a house code as a string: {@code "ACME-1"}),
 * {@code pointer}, {@code message}, {@code severity} and,
 * when known, {@code line} and {@code column}.
 *
 * @param type       a URI naming the problem type
 * @param title      a short summary of the problem type
 * @param status     the HTTP status, 400
 * @param detail     what went wrong in this occurrence
 * @param violations the violations
 */
public record ProblemDetails(String type, String title, int status, String detail, List<Violation> violations) {

    /** The media type of {@link #toJson()}. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The base of the {@code type} URIs; a family's name is appended. */
    public static final String TYPE_BASE = "https://offer-rules.org/problems/";

    /** Copies the violations. */
    public ProblemDetails {
        violations = List.copyOf(violations);
    }

    /** The problem details of a report with at least one violation. */
    public static ProblemDetails of(ValidationReport report) {
        List<Violation> violations = report.violations();
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a valid offer has no problem details");
        }
        Violation first = report.errors().isEmpty() ? violations.get(0) : report.errors().get(0);
        ErrorFamily family = first.code().family();
        String name = family.name().toLowerCase(Locale.ROOT);
        String title = family == ErrorFamily.HOUSE ? "Breaks a house rule"
                : "Invalid " + name + (family == ErrorFamily.REQUEST ? "" : " request");
        int errors = report.errors().size();
        String detail = errors + (errors == 1 ? " error" : " errors") + "; first: " + first.code().id() + " "
                + first.message() + " at " + (first.pointer().isEmpty() ? "the document" : first.pointer());
        return new ProblemDetails(TYPE_BASE + name, title, 400, detail, violations);
    }

    /**
     * These problem details with their {@code type} under another base URI: the family's name is
     * appended to {@code typeBase} as to {@link #TYPE_BASE}, so a service can point the types at its
     * own documentation.
     *
     * @param typeBase the new base, usually ending with {@code /}
     * @throws IllegalArgumentException when this {@code type} is not under {@link #TYPE_BASE}
     */
    public ProblemDetails withTypeBase(String typeBase) {
        Objects.requireNonNull(typeBase, "typeBase");
        if (!type.startsWith(TYPE_BASE)) {
            throw new IllegalArgumentException("the type " + type + " is not under " + TYPE_BASE);
        }
        return new ProblemDetails(typeBase + type.substring(TYPE_BASE.length()), title, status, detail, violations);
    }

    /** The JSON text of these problem details. */
    public String toJson() {
        StringBuilder json = new StringBuilder(256 + violations.size() * 128);
        json.append("{\"type\":");
        string(json, type);
        json.append(",\"title\":");
        string(json, title);
        json.append(",\"status\":").append(status).append(",\"detail\":");
        string(json, detail);
        json.append(",\"violations\":[");
        List<String> items = new ArrayList<>();
        for (Violation v : violations) {
            StringBuilder item = new StringBuilder("{\"code\":");
            if (v.code().isHouse()) {
                string(item, v.code().id());
            } else {
                item.append(v.code().number());
            }
            item.append(",\"pointer\":");
            string(item, v.pointer());
            item.append(",\"message\":");
            string(item, v.message());
            item.append(",\"severity\":");
            string(item, v.severity().name().toLowerCase(Locale.ROOT));
            if (v.hasLocation()) {
                item.append(",\"line\":").append(v.line()).append(",\"column\":").append(v.column());
            }
            items.add(item.append('}').toString());
        }
        return json.append(String.join(",", items)).append("]}").toString();
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
