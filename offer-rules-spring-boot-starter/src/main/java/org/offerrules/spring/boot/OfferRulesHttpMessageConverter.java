package org.offerrules.spring.boot;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

import org.offerrules.validation.OfferValidationException;
import org.offerrules.validation.Severity;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.jackson3.OfferRulesModule;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.StreamUtils;

/**
 * Reads the request bodies of offers and the other requests as {@code offer-lint} reads a file
 * ({@link RequestBodies}), in the mode the endpoint's {@link OfferRules} gives as a read hint, which
 * Spring passes to the converter and not to the {@link ObjectReader}: JSON, and the API's own
 * {@code application/x-www-form-urlencoded}; a body without a content type or as {@code text/plain} is
 * read as JSON. Every failure is an {@link OfferValidationException} (400 problem details); the
 * warnings of a body that is read go to the answer's {@link Warnings header}. With
 * {@code offer-rules.validate-on-read=false} the application's {@link JsonMapper} binds the body (where
 * the Jackson 3 module fails only on binding problems), after the reader has found it readable.
 * Writes nothing: the application's converter writes offers with the same mapper.
 */
final class OfferRulesHttpMessageConverter extends JacksonJsonHttpMessageConverter {

    /** What the converter reads; anything else is answered 415 ({@link OfferRulesExceptionResolver}). */
    static final List<MediaType> READ = List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"),
            MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN,
            // what Spring takes a body without a Content-Type for (RFC 9110 8.3: the recipient may examine it)
            MediaType.APPLICATION_OCTET_STREAM);

    private final RequestBodies bodies;
    private final long maxBody;
    private final boolean validateOnRead;

    OfferRulesHttpMessageConverter(JsonMapper mapper, RequestBodies bodies, long maxBody, boolean validateOnRead) {
        super(mapper);
        this.bodies = bodies;
        this.maxBody = maxBody;
        this.validateOnRead = validateOnRead;
        setSupportedMediaTypes(READ);
    }

    @Override
    public boolean canRead(ResolvableType type, MediaType mediaType) {
        return OfferRulesSpringValidator.isRequest(type.toClass()) && canRead(mediaType);
    }

    @Override
    public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
        return false;
    }

    @Override
    public Object read(ResolvableType type, HttpInputMessage inputMessage, Map<String, Object> hints)
            throws IOException {
        ValidationMode mode = hints != null && hints.get(OfferRulesControllerAdvice.MODE) instanceof ValidationMode m
                ? m : null;
        for (String coding : inputMessage.getHeaders().getValuesAsList(HttpHeaders.CONTENT_ENCODING)) {
            if (!coding.equalsIgnoreCase("identity")) {
                throw new OfferRulesExceptionResolver.UnsupportedCoding(coding);
            }
        }
        long declared = inputMessage.getHeaders().getContentLength();
        if (declared > maxBody) {
            throw tooLarge(maxBody); // refused unread (Spring has read one byte to tell an empty body)
        }
        MediaType contentType = inputMessage.getHeaders().getContentType();
        boolean form = MediaType.APPLICATION_FORM_URLENCODED.includes(contentType);
        Charset charset = getCharset(contentType);
        FormBodyFilter.Raw raw = form ? FormBodyFilter.Raw.current() : null;
        byte[] body;
        if (raw != null) {
            // the bytes the client sent, not the body Spring rebuilds a form POST from the container's parameters
            if (raw.bytes() == null) {
                throw tooLarge(raw.limit());
            }
            body = raw.bytes();
        } else {
            try (InputStream in = new Bounded(StreamUtils.nonClosing(inputMessage.getBody()))) {
                body = in.readAllBytes();
            }
        }
        ReadResult result = bodies.read(body, charset, type.toClass(), mode, form);
        // read: the body is text in its charset (or broken, and then the text is not looked at again)
        String text = new String(body, charset);
        BodyPositions.keep(text, form);
        if (!validateOnRead && !form) {
            return bind(type, text, mode, result, inputMessage);
        }
        if (!result.isValid()) {
            throw new OfferValidationException(result.report());
        }
        Warnings.add(result.report().warnings());
        return result.request();
    }

    /** The body as the application's mapper binds it, once the reader found it one JSON document. */
    private Object bind(ResolvableType type, String text, ValidationMode mode, ReadResult read,
                        HttpInputMessage inputMessage) {
        if (read.request() == null) {
            throw new OfferValidationException(read.report());
        }
        Warnings.add(read.report().warnings());
        Class<?> context = type.getSource() instanceof MethodParameter parameter ? parameter.getContainingClass() : null;
        ObjectReader reader = getMapper().readerFor(getJavaType(type.getType(), context));
        if (mode != null) {
            reader = reader.withAttribute(OfferRulesModule.MODE_ATTRIBUTE, mode);
        }
        try {
            return reader.readValue(RequestBodies.withoutMark(text)); // the reader skipped it too
        } catch (InvalidDefinitionException e) {
            throw new HttpMessageConversionException("Type definition error: " + e.getType(), e);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("JSON parse error: " + e.getOriginalMessage(), e, inputMessage);
        }
    }

    /** A 6055 problem (status 400), as the readers report input they refuse to read. */
    static OfferValidationException tooLarge(long maxBody) {
        String message = RequestBodies.UNREADABLE.message(Map.of()) + ": the body is larger than " + maxBody
                + " bytes (offer-rules.max-body-size)";
        return new OfferValidationException(ValidationReport.of(List.of(
                new Violation(RequestBodies.UNREADABLE, "", message, Severity.ERROR, null, Map.of(), 0, 0))));
    }

    /** The body, up to {@code maxBody} bytes; past it, the problem (a chunked body has no length to check first). */
    private final class Bounded extends FilterInputStream {
        private long read;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(n);
            return n;
        }

        private void count(int n) {
            if (n > 0 && (read += n) > maxBody) {
                throw tooLarge(maxBody);
            }
        }
    }
}
