package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.model.Caps;
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

/**
 * The JSON writer's calls on its sink, recorded as text written by the test (not read back by the
 * reader): field order, absent fields left out, compact strings, whole doubles as integers.
 */
class WireWriterTest {

    @Test
    void writesTheFlatWireFormatInSchemaOrder() throws IOException {
        Offer offer = Offer.builder().name("Summer \"Sale\"").id(7).ssl(1).payoutType("CPA").payout(2.5)
                .caps(new Caps(1, "Conversion", 1000.0, null, null, null, null, null, null))
                .geo(new GeoTargeting(1, null, Arrays.asList(GeoEntry.of("US"), GeoEntry.exclude("CA", "BC", "NT"), null),
                        null, null, null))
                .device(new DeviceTargeting(null, List.of(DeviceRule.include("OS", "iOS", "Android")), null))
                .tiers(new PayoutTiers(1, List.of(new PayoutTier("1", "2.5"), new PayoutTier("2", "3"))))
                .events(Arrays.asList(new Event(1, "install", null, null, null, -1, null, null, null, null, null,
                        new Payout(null, 1.0, null), null, null), null))
                .build();

        assertThat(written(offer)).isEqualTo("{id:7i,name:\"Summer \\\"Sale\\\"\",ssl:1i,payout_type:\"CPA\",payout:2.5d,"
                + "has_cap_limit:1i,cap_type:\"Conversion\",cap_overall_limit:1000L,geo_targeting:1i,"
                + "geo_countries:[\"US\",\"CA:0:BC;NT\",null],device_rules:[\"1:OS:iOS;Android\"],"
                + "enable_payout_tier:1i,tier_payout:\"1:2.5,2:3\","
                + "events:[{id:1i,e_tkn:\"install\",pre_event_id:-1i,payout:1L},null]}");
    }

    @Test
    void anEmptyOfferIsAnEmptyObjectAndEmptyListsAreEmptyArrays() throws IOException {
        assertThat(written(Offer.builder().build())).isEqualTo("{}");
        assertThat(written(Offer.builder().events(List.of())
                .geo(new GeoTargeting(null, null, List.of(), null, null, null)).build()))
                .isEqualTo("{geo_countries:[],events:[]}");
    }

    @Test
    void aWholeDoubleIsWrittenAsAnIntegerUpTo1e15() throws IOException {
        assertThat(payout(3.0)).isEqualTo("{payout:3L}");
        assertThat(payout(-1.0)).isEqualTo("{payout:-1L}");
        assertThat(payout(999_999_999_999_999.0)).isEqualTo("{payout:999999999999999L}");
        assertThat(payout(1e15)).isEqualTo("{payout:1.0E15d}");
        assertThat(payout(0.1)).isEqualTo("{payout:0.1d}");
        assertThat(payout(Double.NaN)).isEqualTo("{payout:NaNd}");
        assertThat(payout(Double.POSITIVE_INFINITY)).isEqualTo("{payout:Infinityd}");
    }

    /** The records compare doubles by bits: -0.0 written as the integer 0 would read back as another record. */
    @Test
    void negativeZeroKeepsItsSign() throws IOException {
        assertThat(payout(-0.0)).isEqualTo("{payout:-0.0d}");
        assertThat(payout(0.0)).isEqualTo("{payout:0L}");
    }

    @Test
    void anyRequestIsWrittenWithItsOwnSchema() throws IOException {
        Recorder r = new Recorder();
        WireWriter.write((Object) new ListPaging(2, null, "id"), r);
        assertThat(r.text()).isEqualTo("{page:2i,orderBy:\"id\"}");
        assertThat(WireWriter.schemaOf(new ListPaging(null, null, null))).isSameAs(WireSchema.of(ListPaging.class));
        assertThatThrownBy(() -> WireWriter.write((Object) "offer", new Recorder()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> WireWriter.write((Object) null, new Recorder()))
                .isInstanceOf(NullPointerException.class).hasMessage("request");
    }

    private static String payout(double payout) throws IOException {
        return written(Offer.builder().payout(payout).build());
    }

    private static String written(Offer offer) throws IOException {
        Recorder r = new Recorder();
        WireWriter.write(offer, r);
        String text = r.text();
        Recorder again = new Recorder();
        WireWriter.write((Object) offer, again);
        assertThat(again.text()).isEqualTo(text);
        return text;
    }

    /**
     * Each call as text: names bare, strings quoted (with {@code \"} escaped), numbers suffixed by the
     * overload called ({@code i} int, {@code L} long, {@code d} double), commas where JSON has them.
     */
    static final class Recorder implements JsonSink {
        private final StringBuilder out = new StringBuilder();
        private final List<Boolean> first = new ArrayList<>();
        private boolean afterName;

        String text() {
            assertThat(first).as("balanced").isEmpty();
            return out.toString();
        }

        private void value(String text) {
            if (!afterName && !first.isEmpty()) {
                int top = first.size() - 1;
                if (!first.get(top)) {
                    out.append(',');
                }
                first.set(top, false);
            }
            afterName = false;
            out.append(text);
        }

        @Override
        public void startObject() {
            value("{");
            first.add(true);
        }

        @Override
        public void endObject() {
            first.remove(first.size() - 1);
            out.append('}');
        }

        @Override
        public void startArray() {
            value("[");
            first.add(true);
        }

        @Override
        public void endArray() {
            first.remove(first.size() - 1);
            out.append(']');
        }

        @Override
        public void name(String name) {
            value(name + ":");
            afterName = true;
        }

        @Override
        public void string(String value) {
            value('"' + value.replace("\"", "\\\"") + '"');
        }

        @Override
        public void number(int value) {
            value(value + "i");
        }

        @Override
        public void number(long value) {
            value(value + "L");
        }

        @Override
        public void number(double value) {
            value(value + "d");
        }

        @Override
        public void nullValue() {
            value("null");
        }
    }
}
