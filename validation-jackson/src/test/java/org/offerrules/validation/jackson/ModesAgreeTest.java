package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.model.Offer;

/** A reader or module built from a validator validates in that validator's mode unless told otherwise. */
class ModesAgreeTest {

    private static final String UPDATE = "{\"id\": 31, \"name\": \"Renamed\"}";
    private static final OfferValidator UPDATING = OfferValidator.builder().mode(ValidationMode.UPDATE).build();

    @Test
    void aReaderTakesTheModeOfItsValidator() {
        OfferReader reader = OfferReader.builder().validator(UPDATING).build();

        assertThat(reader.mode()).isEqualTo(ValidationMode.UPDATE);
        assertThat(reader.read(UPDATE).report().violations()).isEmpty();
    }

    @Test
    void anExplicitReaderModeWinsOverTheValidators() {
        OfferReader create = OfferReader.builder().validator(UPDATING).mode(ValidationMode.CREATE).build();
        OfferReader update = OfferReader.builder().mode(ValidationMode.UPDATE).validator(OfferValidator.create()).build();

        // create mode: the fields an update may leave out are required (6305 advertiser, 6310 status)
        assertThat(create.mode()).isEqualTo(ValidationMode.CREATE);
        assertThat(create.read(UPDATE).report().codeNumbers()).contains(6305, 6310).doesNotContain(6301);
        assertThat(update.read(UPDATE).report().violations()).isEmpty();
        assertThat(OfferReader.create().mode()).isEqualTo(ValidationMode.CREATE);
    }

    @Test
    void theModuleTakesTheModeOfItsValidator() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new OfferRulesModule().validator(UPDATING));

        Offer offer = mapper.readValue(UPDATE, Offer.class);

        assertThat(offer.id()).isEqualTo(31);
        assertThat(offer.name()).isEqualTo("Renamed");
    }

    @Test
    void anExplicitUpdateModeFeatureWinsOverTheValidators() throws Exception {
        ObjectMapper create = new ObjectMapper().registerModule(
                new OfferRulesModule().validator(UPDATING).disable(OfferRulesFeature.UPDATE_MODE));
        ObjectMapper update = new ObjectMapper().registerModule(
                new OfferRulesModule().enable(OfferRulesFeature.UPDATE_MODE).validator(OfferValidator.create()));

        assertThatThrownBy(() -> create.readValue(UPDATE, Offer.class))
                .isInstanceOfSatisfying(InvalidOfferException.class,
                        e -> assertThat(e.report().codeNumbers()).contains(6305, 6310).doesNotContain(6301));
        assertThat(update.readValue(UPDATE, Offer.class).id()).isEqualTo(31);
    }
}
