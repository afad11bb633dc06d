package org.offerrules.validation.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;

/**
 * The reading API without a Jackson module: validation-wire's tests have none on their class path, as
 * an application that forgot the dependency. (Reading JSON is tested in validation-jackson, over its
 * parser, and held to the same answers on Jackson 3 by validation-jackson3's AgreementTest.)
 */
class ReadingApiTest {

    @Test
    void withoutAJacksonModuleTheReaderSaysWhichArtifactToAdd() {
        assertThatThrownBy(OfferReader::create).isInstanceOf(IllegalStateException.class)
                .hasMessage("no Jackson module of offer-rules found: add validation-jackson (Jackson 2) or "
                        + "validation-jackson3 (Jackson 3)");
        assertThatThrownBy(() -> OfferReader.builder().jackson(2).build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("no Jackson 2 module of offer-rules found: add validation-jackson");
        assertThatThrownBy(() -> OfferReader.builder().jackson(3).build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("no Jackson 3 module of offer-rules found: add validation-jackson3");
        assertThatThrownBy(() -> OfferWriter.toJson(Offers.minimal())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyJackson2Or3CanBeChosen() {
        assertThatThrownBy(() -> OfferReader.builder().jackson(4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Jackson 2 or 3, not 4");
        assertThatThrownBy(() -> OfferReader.builder().jackson(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Jackson 2 or 3, not 0");
    }

    @Test
    void formBodiesAreWrittenWithoutJackson() {
        Offer offer = Offers.minimal();
        String body = OfferForm.write(offer);
        assertThat(body).startsWith("advertiser_id=" + offer.advertiserId() + "&").doesNotContain("{");
    }

    @Test
    void aResultGivesItsRequestByType() {
        Offer offer = Offers.minimal();
        ReadResult read = new ReadResult(offer, ValidationReport.empty());
        assertThat(read.offer()).isSameAs(offer);
        assertThat(read.request(Offer.class)).isSameAs(offer);
        assertThat(read.request(String.class)).isNull();
        assertThat(read.isValid()).isTrue();

        ReadResult broken = new ReadResult("not an offer", ValidationReport.of(List.<Violation>of()));
        assertThat(broken.offer()).isNull();
    }
}
