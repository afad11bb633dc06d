package org.offerrules.validation.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.OfferValidationException;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.model.Event;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.GeoTargeting;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.SetAdvertiser;

/**
 * A text value with a lone surrogate (half of a pair, e.g. an emoji cut by {@code substring}) has no
 * UTF-8 form: URLEncoder sent it as {@code ?}, a value other than the one validated. The form writer
 * refuses it, naming the field's invalid code and pointer (docs/decisions/form.md, A value that has no
 * UTF-8 form).
 */
class FormLoneSurrogateTest {

    private static Violation refused(Object body) {
        UnencodableValueException e = catchThrowableOfType(() -> OfferForm.write(body), UnencodableValueException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(e).isInstanceOf(OfferValidationException.class); // the library's one exception
        assertThat(e.report().violations()).containsExactly(e.violation());
        assertThat(e.getMessage()).isEqualTo(ValidationReport.of(List.of(e.violation())).summary());
        return e.violation();
    }

    @Test
    void aHalfEmojiInANameIsRefusedWithTheNamesCode() {
        String cut = "Summer \uD83D\uDE00".substring(0, 8); // the emoji's high half
        Violation v = refused(Offer.builder().name(cut).build());

        assertThat(v.code().number()).isEqualTo(6309); // the field's invalid code, worded as the API words it

        assertThat(v.pointer()).isEqualTo("/name");
        assertThat(v.message()).isEqualTo("Empty Offer Name (a lone surrogate \\uD83D at index 7, not half of"
                + " a pair: it has no UTF-8 form, so it cannot be sent in a form body)");
        assertThat(v.rejectedValue()).isEqualTo(cut);
        assertThat(v.line()).isZero();
        assertThat(v.column()).isZero();
    }

    @Test
    void aLowHalfAloneInAnEventIsRefusedAtTheEventsPointer() {
        Event event = new Event(1, "install", "\uDE00 open", null, null, -1, null, null, null, null, null, null, null, null);
        Violation v = refused(Offer.builder().name("ok").events(List.of(event)).build());

        assertThat(v.pointer()).isEqualTo("/events/0/event_name");
        assertThat(v.message()).endsWith("(a lone surrogate \\uDE00 at index 0, not half of a pair: it has no UTF-8"
                + " form, so it cannot be sent in a form body)");
    }

    @Test
    void aCompactElementIsRefusedWithTheElementCode() {
        Offer offer = Offer.builder().geo(new GeoTargeting(1, null,
                List.of(GeoEntry.of("US"), GeoEntry.include("CA", "B\uD800C")), null, null, null)).build();
        Violation v = refused(offer);

        assertThat(v.code().number()).isEqualTo(6356);
        assertThat(v.pointer()).isEqualTo("/geo_countries/1");
    }

    @Test
    void everyRequestBodyIsCheckedNotOnlyOffers() {
        Violation v = refused(SetAdvertiser.builder().company("Acme \uDBFF").build());
        assertThat(v.pointer()).isEqualTo("/company");
    }

    @Test
    void aWholePairIsWrittenAsItsFourBytes() {
        assertThat(OfferForm.write(Offer.builder().name("Sale \uD83D\uDE00").build())).isEqualTo("name=Sale+%F0%9F%98%80");
    }
}
