package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.document.OfferForm;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Event;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.OfferStatus;

/** The model's typed reads ({@code statusValue()} and the like) are no wire fields in any direction. */
class TypedReadsTest {

    @Test
    void typedReadsAreNoWireFields() throws Exception {
        Offer offer = Offers.full();
        assertThat(offer.statusValue()).isPresent();
        String json = new ObjectMapper().registerModule(new OfferRulesModule()).writeValueAsString(offer);
        assertThat(json).doesNotContain("_value\"").doesNotContain("Value\"");
        assertThat(OfferForm.write(offer)).doesNotContain("_value=").doesNotContain("Value=");
    }

    @Test
    void plainJacksonDoesNotWriteThemEither() throws Exception {
        Event event = Event.builder().eventName("x").trackingMethod("Server Postback").payoutType("CPA").build();
        String json = new ObjectMapper().writeValueAsString(event);
        assertThat(json).contains("\"payoutType\":\"CPA\"").doesNotContain("Value");
        assertThat(OfferStatus.fromApiValue("Paused")).contains(OfferStatus.PAUSED);
    }
}
