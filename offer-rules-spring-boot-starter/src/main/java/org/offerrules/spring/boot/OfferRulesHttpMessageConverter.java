package org.offerrules.spring.boot;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.OfferValidationException;
import org.offerrules.validation.Severity;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.jackson3.OfferRulesModule;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.StreamUtils;

/**
 * Reads the request bodies of offers and the other requests with the application's {@link JsonMapper}
 * (where the Jackson 3 module is registered), in the mode the endpoint's {@link OfferRules} gives as a
 * read hint, which Spring passes to the converter and not to the {@link ObjectReader}. Writes nothing:
 * the application's converter writes offers with the same mapper.
 */
final class OfferRulesHttpMessageConverter extends JacksonJsonHttpMessageConverter {

    private final long maxBody;

    OfferRulesHttpMessageConverter(JsonMapper mapper, long maxBody) {
        super(mapper);
        this.maxBody = maxBody;
    }

    @Override
    public boolean canRead(ResolvableType type, MediaType mediaType) {
        return OfferRulesSpringValidator.isRequest(type.toClass()) && super.canRead(type, mediaType);
    }

    @Override
    public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
        return false;
    }

    @Override
    public Object read(ResolvableType type, HttpInputMessage inputMessage, Map<String, Object> hints)
            throws IOException {
        Class<?> context = type.getSource() instanceof MethodParameter parameter ? parameter.getContainingClass() : null;
        ObjectReader reader = getMapper().readerFor(getJavaType(type.getType(), context));
        if (hints != null && hints.get(OfferRulesControllerAdvice.MODE) instanceof ValidationMode mode) {
            reader = reader.withAttribute(OfferRulesModule.MODE_ATTRIBUTE, mode);
        }
        long declared = inputMessage.getHeaders().getContentLength();
        if (declared > maxBody) {
            throw tooLarge(); // refused before a byte is read
        }
        // as text, not bytes: the module counts columns in UTF-16 code units, as editors do, only in text
        try (Reader text = new InputStreamReader(new Bounded(StreamUtils.nonClosing(inputMessage.getBody())),
                getCharset(inputMessage.getHeaders().getContentType()))) {
            return reader.readValue(text);
        } catch (InvalidDefinitionException e) {
            throw new HttpMessageConversionException("Type definition error: " + e.getType(), e);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("JSON parse error: " + e.getOriginalMessage(), e, inputMessage);
        }
    }

    /** A 6055 problem (status 400), as the readers report input they refuse to read. */
    private OfferValidationException tooLarge() {
        ErrorCode code = ErrorCode.of(6055);
        String message = code.message(Map.of()) + ": the body is larger than " + maxBody
                + " bytes (offer-rules.max-body-size)";
        return new OfferValidationException(ValidationReport.of(List.of(
                new Violation(code, "", message, Severity.ERROR, null, Map.of(), 0, 0))));
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
                throw tooLarge();
            }
        }
    }
}
