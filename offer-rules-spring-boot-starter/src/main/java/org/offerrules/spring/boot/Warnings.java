package org.offerrules.spring.boot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.offerrules.validation.Violation;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The warnings of a body that was read, on the answer: one {@value #HEADER} header per warning, whose
 * value is the warning as a JSON object, the same as an entry of a problem's {@code violations}
 * ({@code code}, {@code pointer}, {@code message}, {@code severity}, {@code line}, {@code column}), in
 * ASCII; at most {@value #MAX} of them, and {@value #COUNT} with the number of all. A header, not a
 * field, because the answer's body is the application's.
 */
final class Warnings {

    /** The header of one warning. */
    static final String HEADER = "Offer-Rules-Warning";
    /** The header with the number of warnings, also of those past {@link #MAX}. */
    static final String COUNT = "Offer-Rules-Warning-Count";
    /** Warnings written as headers; servers refuse answers whose headers pass 8 KB (Tomcat's default). */
    static final int MAX = 10;

    // header values are ISO-8859-1 at best: every other character escaped
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private Warnings() {
    }

    /** Adds {@code warnings} to the answer of the current request, if there is one and it is not yet sent. */
    static void add(List<Violation> warnings) {
        if (warnings.isEmpty() || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        HttpServletResponse response = attributes.getResponse();
        if (response == null || response.isCommitted()) {
            return;
        }
        for (Violation v : warnings.subList(0, Math.min(MAX, warnings.size()))) {
            response.addHeader(HEADER, json(v));
        }
        response.setHeader(COUNT, String.valueOf(warnings.size()));
    }

    /** The warning as a problem's {@code violations} entry shows it. */
    static String json(Violation v) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", v.codeNumber());
        fields.put("pointer", v.pointer());
        fields.put("message", v.message());
        fields.put("severity", v.severity().name().toLowerCase(Locale.ROOT));
        if (v.hasLocation()) {
            fields.put("line", v.line());
            fields.put("column", v.column());
        }
        return JSON.writeValueAsString(fields);
    }
}
