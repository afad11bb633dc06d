package org.offerrules.validation.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Test helper: a mapper with the module registered, and unchecked writing. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new OfferRulesModule());

    private Json() {
    }

    static Mapper mapper() {
        return new Mapper();
    }

    static final class Mapper {
        String writeValueAsString(Object value) {
            try {
                return MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        ObjectMapper objectMapper() {
            return MAPPER;
        }
    }
}
