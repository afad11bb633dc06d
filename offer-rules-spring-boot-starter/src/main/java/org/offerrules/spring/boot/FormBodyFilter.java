package org.offerrules.spring.boot;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * Keeps the bytes the client sent as a form body to an endpoint that reads a request, before anything
 * asks the servlet container for parameters: Spring hands a form {@code POST} to the converter rebuilt
 * from the container's parameters (keys grouped, {@code %20} for {@code +}, {@code &&} gone, decoded in
 * the container's charset), which placed findings where the client's body has other characters, and the
 * container's own decoding failed on a broken escape before the starter saw the body. The converter reads
 * the kept bytes ({@link Raw}); the request's parameters are the body's, decoded in the form's declared
 * charset as the converter reads the body, so that code that asks for a parameter still sees it, the same
 * text. Only form requests to
 * a mapping of such an endpoint (path and method) are wrapped, and at most {@code limit + 1} bytes kept.
 */
final class FormBodyFilter extends OncePerRequestFilter {

    /** The request attribute that holds the {@link Raw} body. */
    static final String ATTRIBUTE = FormBodyFilter.class.getName() + ".raw";

    /**
     * The body as the client sent it, or {@code bytes} null when it is longer than {@code limit} bytes
     * (then refused, as the converter refuses a longer body it reads itself).
     */
    record Raw(byte[] bytes, long limit) {
        /** The current request's raw form body, or null when the filter did not keep one. */
        static Raw current() {
            RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
            return attributes != null && attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                    instanceof Raw raw ? raw : null;
        }
    }

    private final Supplier<List<RequestMappingInfoHandlerMapping>> mappings;
    private final long limit;
    // the mappings of the endpoints that read a request, found on the first form request: mappings are complete then
    private volatile List<RequestMappingInfo> validated;

    FormBodyFilter(Supplier<List<RequestMappingInfoHandlerMapping>> mappings, long limit) {
        this.mappings = mappings;
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isForm(request.getContentType()) || !readsARequest(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            chain.doFilter(request, response); // the converter refuses it by its declared length, unread
            return;
        }
        InputStream in = request.getInputStream();
        byte[] kept = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (kept.length == 0 && declared > 0) {
            chain.doFilter(request, response); // read before this filter: the container's parameters are all there is
            return;
        }
        boolean whole = kept.length <= limit;
        request.setAttribute(ATTRIBUTE, new Raw(whole ? kept : null, limit));
        chain.doFilter(new Wrapper(request, kept, whole ? null : in), response);
    }

    private static boolean isForm(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false; // the converter answers a type it cannot parse (415)
        }
    }

    /** Whether a mapping of an endpoint that reads a request matches the request's path and method. */
    private boolean readsARequest(HttpServletRequest request) {
        List<RequestMappingInfo> infos = validated;
        if (infos == null) {
            infos = new ArrayList<>();
            for (RequestMappingInfoHandlerMapping mapping : mappings.get()) {
                for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
                    if (OfferRulesExceptionResolver.readsARequest(e.getValue())) {
                        infos.add(e.getKey());
                    }
                }
            }
            validated = infos = List.copyOf(infos);
        }
        if (infos.isEmpty()) {
            return false;
        }
        // the patterns match against the parsed path (or the lookup path of the older matcher), which the
        // dispatcher has not parsed yet: parsed here, and removed again so that the request is as it came
        boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
        boolean resolved = request.getAttribute(UrlPathHelper.PATH_ATTRIBUTE) != null;
        try {
            if (!parsed) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            if (!resolved) {
                UrlPathHelper.defaultInstance.resolveAndCacheLookupPath(request);
            }
            for (RequestMappingInfo info : infos) {
                if (info.getMethodsCondition().getMatchingCondition(request) != null
                        && info.getActivePatternsCondition().getMatchingCondition(request) != null) {
                    return true;
                }
            }
            return false;
        } finally {
            if (!parsed) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
            if (!resolved) {
                request.removeAttribute(UrlPathHelper.PATH_ATTRIBUTE);
            }
        }
    }

    /**
     * The request with its body kept: read again from the start by each reader (the converter, and
     * Spring's {@code FormContentFilter} of a {@code PUT} or {@code PATCH}), and its parameters those of
     * the query string and then the body's, as the servlet API orders them.
     */
    private static final class Wrapper extends HttpServletRequestWrapper {
        private final byte[] kept;
        private final InputStream rest; // the body past the limit, for one reader; null for a whole body
        private Map<String, String[]> parameters;

        Wrapper(HttpServletRequest request, byte[] kept, InputStream rest) {
            super(request);
            this.kept = kept;
            this.rest = rest;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream body = new ByteArrayInputStream(kept);
            return new Body(rest == null ? body : new SequenceInputStream(body, rest));
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                // the container's are the query string's now: the body was read before it parsed them
                Map<String, List<String>> all = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> all.computeIfAbsent(name, k -> new ArrayList<>())
                        .addAll(Arrays.asList(values))); // a value may be null (a mock request)
                if (rest == null) {
                    parse(new String(kept, StandardCharsets.ISO_8859_1), charset(), all);
                }
                Map<String, String[]> map = new LinkedHashMap<>();
                all.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(map);
            }
            return parameters;
        }

        /**
         * The charset of the body's parameters: the one its {@code Content-Type} declares, which the
         * converter reads the body in, so that a parameter is the text of its field in the body; else the
         * request's (Boot's UTF-8), else the servlet default. Not the request's when a charset is declared:
         * Boot forces the request's to UTF-8 over the declared one, and a {@code @RequestParam} beside the
         * body then read {@code Caf%E9} of an ISO-8859-1 form as {@code Caf\uFFFD}, the body {@code Café}.
         */
        private Charset charset() {
            try {
                Charset declared = MediaType.parseMediaType(getContentType()).getCharset();
                if (declared != null) {
                    return declared;
                }
            } catch (IllegalArgumentException e) {
                // InvalidMediaTypeException or an unknown charset: the converter answers it (415)
            }
            String encoding = getCharacterEncoding();
            try {
                return encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                return StandardCharsets.ISO_8859_1;
            }
        }
    }

    /**
     * The parameters of {@code body} (its bytes as ISO-8859-1 characters, one per byte), decoded in
     * {@code charset}. Never fails: a name or value with a broken escape is kept as it was sent, since the
     * starter reports it on its field and other code should not lose the parameter.
     */
    static void parse(String body, Charset charset, Map<String, List<String>> into) {
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), charset);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), charset);
            into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    /**
     * {@code latin1} percent-decoded ({@code +} a space) in {@code charset}, strictly: a broken escape, or
     * bytes that are not {@code charset}, keep the name or value as sent, never a replacement character.
     */
    static String decode(String latin1, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(latin1.length());
        for (int i = 0; i < latin1.length(); i++) {
            char c = latin1.charAt(i);
            if (c == '%') {
                int high = i + 2 < latin1.length() ? Character.digit(latin1.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(latin1.charAt(i + 2), 16);
                if (low < 0) {
                    return asSent(latin1, charset);
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c == '+' ? ' ' : c); // one char per byte of the body
            }
        }
        String decoded = strict(bytes.toByteArray(), charset);
        return decoded != null ? decoded : asSent(latin1, charset);
    }

    /**
     * The name or value as the client sent it: its raw bytes in {@code charset}, or, where they are not
     * {@code charset}, in ASCII with each byte above 0x7F as its escape ({@code Caf%E9}), as a URL shows them.
     */
    private static String asSent(String latin1, Charset charset) {
        String raw = strict(latin1.getBytes(StandardCharsets.ISO_8859_1), charset);
        if (raw != null) {
            return raw;
        }
        StringBuilder escaped = new StringBuilder(latin1.length() + 16);
        for (int i = 0; i < latin1.length(); i++) {
            char c = latin1.charAt(i);
            if (c < 0x80) {
                escaped.append(c);
            } else {
                escaped.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return escaped.toString();
    }

    /** {@code bytes} in {@code charset}, or null when they are not {@code charset}. */
    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A kept body as a servlet stream: read at once, never waiting. */
    private static final class Body extends ServletInputStream {
        private final InputStream in;
        private boolean finished;

        Body(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            finished = b < 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            finished = n < 0;
            return n;
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("the form body was read before the request reached the servlet");
        }
    }
}
