package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.model.Offer;

/** {@link OfferRulesModule#MODE_ATTRIBUTE} chooses create or update rules for one read, over the module's mode. */
class ModeAttributeTest {

    private static final String UPDATE = "{\"id\": 7, \"name\": \"Renamed\"}";

    @Test
    void theAttributeChoosesTheModeOfOneReadWithoutASecondMapper() throws Exception {
        ObjectReader offers = new ObjectMapper().registerModule(new OfferRulesModule()).readerFor(Offer.class);
        assertThatThrownBy(() -> offers.readValue(UPDATE)).isInstanceOfSatisfying(InvalidOfferException.class,
                e -> assertThat(e.report().codeNumbers()).contains(6310, 6311));
        Offer renamed = offers.withAttribute(OfferRulesModule.MODE_ATTRIBUTE, ValidationMode.UPDATE).readValue(UPDATE);
        assertThat(renamed.name()).isEqualTo("Renamed");
    }

    @Test
    void theAttributeWinsOverTheFeatureAndTheValidatorsMode() throws Exception {
        ObjectMapper byFeature = new ObjectMapper().registerModule(new OfferRulesModule().enable(OfferRulesFeature.UPDATE_MODE));
        ObjectMapper byValidator = new ObjectMapper().registerModule(new OfferRulesModule()
                .validator(OfferValidator.builder().mode(ValidationMode.UPDATE).build()));
        for (ObjectMapper mapper : new ObjectMapper[] {byFeature, byValidator}) {
            assertThat(mapper.readValue(UPDATE, Offer.class).name()).isEqualTo("Renamed");
            assertThatThrownBy(() -> mapper.readerFor(Offer.class)
                    .withAttribute(OfferRulesModule.MODE_ATTRIBUTE, ValidationMode.CREATE).readValue(UPDATE))
                    .isInstanceOf(InvalidOfferException.class);
        }
    }

    @Test
    void anAttributeThatIsNoModeIsAClearError() {
        ObjectReader offers = new ObjectMapper().registerModule(new OfferRulesModule()).readerFor(Offer.class)
                .withAttribute(OfferRulesModule.MODE_ATTRIBUTE, "update");
        assertThatThrownBy(() -> offers.readValue(UPDATE))
                .hasMessageContaining(OfferRulesModule.MODE_ATTRIBUTE + " must be a ValidationMode, not java.lang.String");
    }
}
