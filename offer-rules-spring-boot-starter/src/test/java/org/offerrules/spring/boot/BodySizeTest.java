package org.offerrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.OfferValidationException;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.model.Offer;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpInputMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code offer-rules.max-body-size} on a body that declares no length (chunked): counted as it is read,
 * a body of exactly the limit read, one byte more refused with the 6055 the declared length gets.
 */
class BodySizeTest {

    private static final byte[] RENAME = "{\"id\": 31, \"name\": \"Renamed\"}".getBytes(StandardCharsets.UTF_8);
    private static final Map<String, Object> UPDATE = Map.of(OfferRulesControllerAdvice.MODE, ValidationMode.UPDATE);

    private final OfferRulesHttpMessageConverter converter = new OfferRulesHttpMessageConverter(JsonMapper.builder().build(),
            new RequestBodies(OfferValidator.create()), RENAME.length, true);

    @Test
    void aBodyWithoutALengthIsReadUpToTheLimitAndNotAByteMore() throws Exception {
        Object read = converter.read(ResolvableType.forClass(Offer.class), chunked(RENAME), UPDATE);
        assertThat(read).isEqualTo(Offer.builder().id(31).name("Renamed").build());

        byte[] longer = java.util.Arrays.copyOf(RENAME, RENAME.length + 1);
        longer[RENAME.length] = ' ';
        assertThatThrownBy(() -> converter.read(ResolvableType.forClass(Offer.class), chunked(longer), UPDATE))
                .isInstanceOfSatisfying(OfferValidationException.class, e -> {
                    assertThat(e.report().violations()).hasSize(1);
                    assertThat(e.report().violations().get(0).codeNumber()).isEqualTo(6055);
                    assertThat(e.report().violations().get(0).message()).endsWith("the body is larger than "
                            + RENAME.length + " bytes (offer-rules.max-body-size)");
                });
    }

    /** A body whose headers give no {@code Content-Length}, as a chunked one. */
    private static MockHttpInputMessage chunked(byte[] body) {
        MockHttpInputMessage message = new MockHttpInputMessage(body);
        message.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        assertThat(message.getHeaders().getContentLength()).isEqualTo(-1);
        return message;
    }
}
