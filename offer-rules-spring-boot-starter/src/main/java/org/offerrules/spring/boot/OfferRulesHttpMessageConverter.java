package org.offerrules.spring.boot;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

import org.offerrules.validation.ValidationMode;
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

    OfferRulesHttpMessageConverter(JsonMapper mapper) {
        super(mapper);
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
        // as text, not bytes: the module counts columns in UTF-16 code units, as editors do, only in text
        try (Reader text = new InputStreamReader(StreamUtils.nonClosing(inputMessage.getBody()),
                getCharset(inputMessage.getHeaders().getContentType()))) {
            return reader.readValue(text);
        } catch (InvalidDefinitionException e) {
            throw new HttpMessageConversionException("Type definition error: " + e.getType(), e);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("JSON parse error: " + e.getOriginalMessage(), e, inputMessage);
        }
    }
}
