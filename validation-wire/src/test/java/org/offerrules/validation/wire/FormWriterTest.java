package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.offerrules.validation.model.DeviceRule;
import org.offerrules.validation.model.DeviceTargeting;
import org.offerrules.validation.model.Event;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.GeoTargeting;
import org.offerrules.validation.model.ListPaging;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.Payout;
import org.offerrules.validation.model.PayoutTier;
import org.offerrules.validation.model.PayoutTiers;

/** Form bodies written from records, compared with literal bodies (the modules' FormTest reads them back). */
class FormWriterTest {

    @ParameterizedTest
    @CsvSource({"2.5, 2.5", "3.0, 3", "0.0000001, 0.0000001", "1.0E20, 100000000000000000000", "-0.0, -0",
            "0.0, 0", "12.345678901234567, 12.345678901234567", "NaN, NaN"})
    void doublesAreWrittenInPlainDecimalNotation(double value, String written) {
        assertThat(FormWriter.plain(value)).isEqualTo(written);
        if (Double.isFinite(value)) {
            assertThat(Double.valueOf(Double.parseDouble(written))).isEqualTo(value); // the same bits, -0 too
        }
    }

    @Test
    void infinitiesAreWrittenAsJavaSpellsThem() {
        assertThat(FormWriter.plain(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(FormWriter.plain(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Test
    void writesEveryFieldKindWithLiteralBracketsAndEncodedValues() {
        Offer offer = Offer.builder().id(7).name("Summer Sale!").url("http://a.com/?tid={TID}").payoutType("CPA+CPS")
                .payout(1000.0).payoutPercent(12.5)
                .geo(new GeoTargeting(1, null, Arrays.asList(GeoEntry.of("US"), null, GeoEntry.include("CA", "BC", "NT")),
                        null, null, null))
                .device(new DeviceTargeting(null, List.of(DeviceRule.exclude("Device Brand", "ASUS")), null))
                .tiers(new PayoutTiers(1, List.of(new PayoutTier("1", "2.5"), new PayoutTier("2", "3"))))
                .events(Arrays.asList(new Event(1, "install", "Install & open", null, null, -1, null, null, null, null,
                        null, new Payout(null, 0.5, null), null, null), null))
                .build();

        assertThat(FormWriter.write(offer)).isEqualTo("id=7&name=Summer+Sale%21&url=http%3A%2F%2Fa.com%2F%3Ftid%3D%7BTID%7D"
                + "&payout_type=CPA%2BCPS&payout=1000&payout_percent=12.5&geo_targeting=1&geo_countries[0]=US"
                + "&geo_countries[1]=&geo_countries[2]=CA%3A1%3ABC%3BNT&device_rules[0]=0%3ADevice+Brand%3AASUS"
                + "&enable_payout_tier=1&tier_payout=1%3A2.5%2C2%3A3&events[0][id]=1&events[0][e_tkn]=install"
                + "&events[0][event_name]=Install+%26+open&events[0][pre_event_id]=-1&events[0][payout]=0.5&events[1]=");
    }

    @Test
    void emptyListsAreTheNameWithAnEmptyValue() {
        assertThat(FormWriter.write(Offer.builder().build())).isEmpty();
        assertThat(FormWriter.write(Offer.builder().events(List.of())
                .device(new DeviceTargeting(0, List.of(), null)).build()))
                .isEqualTo("device_targeting=0&device_rules=&events=");
        assertThat(FormWriter.write(Offer.builder().name("").build())).isEqualTo("name=");
    }

    @Test
    void anyRequestIsWrittenWithItsOwnSchema() {
        assertThat(FormWriter.write((Object) new ListPaging(2, 500, "id"))).isEqualTo("page=2&limit=500&orderBy=id");
        assertThatThrownBy(() -> FormWriter.write((Object) List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormWriter.write((Offer) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("offer");
    }
}
