package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.HttpUrl;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/**
 * {@link HttpUrl}: a present string is an absolute http(s) URL. Hand-written rather than
 * {@link java.net.URI}, which rejects the API's macros such as {@code {TID}}, and allocation-free.
 */
public final class HttpUrlValidator extends RuleValidator<HttpUrl, String> {

    private int code;
    private String token;
    private int missingTokenCode;

    @Override
    public void initialize(HttpUrl annotation) {
        code = annotation.value();
        token = annotation.token();
        missingTokenCode = annotation.missingTokenCode();
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value == null) {
            return;
        }
        if (!isHttpUrl(value)) {
            reporter.report(code, value);
        } else if (!token.isEmpty() && !value.contains(token)) {
            reporter.report(missingTokenCode, value);
        }
    }

    /** Whether {@code s} is an absolute http or https URL by the rules documented on {@link HttpUrl}. */
    public static boolean isHttpUrl(String s) {
        int start;
        // the usual lower-case scheme first: a comparison of bytes, not of characters letter case aside
        if (s.startsWith("https://")) {
            start = 8;
        } else if (s.regionMatches(true, 0, "https://", 0, 8)) {
            start = 8;
        } else if (s.regionMatches(true, 0, "http://", 0, 7)) {
            start = 7;
        } else {
            return false;
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            // printable ASCII is never whitespace: only the rest needs Character.isWhitespace
            if (c <= ' ' || c >= 0x7f && (c == 0x7f || Character.isWhitespace(c))) {
                return false;
            }
        }
        int end = start;
        while (end < n && s.charAt(end) != '/' && s.charAt(end) != '?' && s.charAt(end) != '#') {
            end++;
        }
        return isAuthority(s, start, end);
    }

    private static boolean isAuthority(String s, int from, int to) {
        if (from == to) {
            return false;
        }
        int hostEnd;
        if (s.charAt(from) == '[') {
            int close = s.indexOf(']', from);
            if (close < 0 || close >= to || close == from + 1) {
                return false;
            }
            for (int i = from + 1; i < close; i++) {
                char c = s.charAt(i);
                if (!(isHexDigit(c) || c == ':' || c == '.')) {
                    return false;
                }
            }
            hostEnd = close + 1;
        } else {
            hostEnd = from;
            while (hostEnd < to && s.charAt(hostEnd) != ':') {
                hostEnd++;
            }
            if (!isHostName(s, from, hostEnd)) {
                return false;
            }
        }
        if (hostEnd == to) {
            return true;
        }
        if (s.charAt(hostEnd) != ':' || to - hostEnd < 2 || to - hostEnd > 6) {
            return false;
        }
        int port = 0;
        for (int i = hostEnd + 1; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            port = port * 10 + (c - '0');
        }
        return port >= 1 && port <= 65535;
    }

    private static boolean isHostName(String s, int from, int to) {
        if (from == to || s.charAt(from) == '.' || s.charAt(to - 1) == '.'
                || s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
            return false;
        }
        char previous = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.';
            if (!ok || (c == '.' && previous == '.')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    @Override
    public void schema(HttpUrl annotation, SchemaPiece piece) {
        String pattern = "^[hH][tT][tT][pP][sS]?://(" + SchemaText.HOST + "|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?([/?#]"
                + SchemaText.URL_CHAR + "*)?$";
        if (annotation.token().isEmpty()) {
            piece.pattern(pattern);
        } else {
            piece.allOf(piece.another().pattern(pattern), piece.another().pattern(SchemaText.literal(annotation.token())));
        }
    }
}
