package org.offerrules.spring.boot;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.jackson3.OfferRulesModule;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * Reads the request bodies of offers and the other requests with the application's {@link JsonMapper}
 * (where the Jackson 3 module is registered), in the mode the endpoint's {@link OfferRules} gives as a
 * read hint: Spring passes hints to the converter, not to the {@link ObjectReader}, so one converter
 * per mode sets the module's mode attribute. Writes nothing: the application's converter writes
 * offers with the same mapper.
 */
final class OfferRulesHttpMessageConverter extends JacksonJsonHttpMessageConverter {

    private final ValidationMode mode;
    private final Map<ValidationMode, OfferRulesHttpMessageConverter> byMode;

    OfferRulesHttpMessageConverter(JsonMapper mapper) {
        super(mapper);
        this.mode = null;
        this.byMode = new EnumMap<>(ValidationMode.class);
        for (ValidationMode m : ValidationMode.values()) {
            byMode.put(m, new OfferRulesHttpMessageConverter(mapper, m));
        }
    }

    private OfferRulesHttpMessageConverter(JsonMapper mapper, ValidationMode mode) {
        super(mapper);
        this.mode = mode;
        this.byMode = Map.of();
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
        Object hinted = hints == null ? null : hints.get(OfferRulesControllerAdvice.MODE);
        if (mode == null && hinted instanceof ValidationMode m) {
            return byMode.get(m).read(type, inputMessage, hints);
        }
        return super.read(type, inputMessage, hints);
    }

    @Override
    protected ObjectReader customizeReader(ObjectReader reader, JavaType javaType) {
        return mode == null ? reader : reader.withAttribute(OfferRulesModule.MODE_ATTRIBUTE, mode);
    }
}
