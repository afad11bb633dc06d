package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Positions recorded for one object and resolved by JSON pointer, filled by hand. */
class LocationsTest {

    private static final WireSchema.WireField GEO = WireSchema.OFFER.field("geo_countries");
    private static final WireSchema.WireField EVENTS = WireSchema.OFFER.field("events");
    private static final WireSchema.WireField NAME = WireSchema.OFFER.field("name");

    @Test
    void aPointerResolvesToItsValueOrItsNearestAncestorInTheDocument() {
        Locations offer = new Locations(WireSchema.OFFER);
        offer.start = Locations.pack(1, 1);
        offer.fields[NAME.index] = Locations.pack(2, 9);
        offer.fields[GEO.index] = Locations.pack(3, 18);
        offer.element(GEO, 0, Locations.pack(3, 19), null);
        offer.element(GEO, 70, Locations.pack(5, 3), null); // grows past the first allocation

        assertThat(at(offer, "")).isEqualTo("1:1");
        assertThat(at(offer, "/name")).isEqualTo("2:9");
        assertThat(at(offer, "/name/0")).isEqualTo("2:9");           // no array: the field
        assertThat(at(offer, "/status")).isEqualTo("1:1");           // absent: the object
        assertThat(at(offer, "/nope")).isEqualTo("1:1");             // unknown: the object
        assertThat(at(offer, "/geo_countries/0")).isEqualTo("3:19");
        assertThat(at(offer, "/geo_countries/70")).isEqualTo("5:3");
        assertThat(at(offer, "/geo_countries/40")).isEqualTo("3:18"); // never recorded: the list
        assertThat(at(offer, "/geo_countries/71")).isEqualTo("3:18"); // past the end: the list
        assertThat(at(offer, "/geo_countries/x")).isEqualTo("3:18");
        assertThat(at(offer, "/geo_countries/1234567890")).isEqualTo("3:18");
        assertThat(at(offer, "/geo_countries/")).isEqualTo("3:18");
        assertThat(at(offer, "/geo_countries/0/country")).isEqualTo("3:19"); // inside a compact element
    }

    @Test
    void anObjectArraysElementsHaveTheirOwnLocations() {
        Locations offer = new Locations(WireSchema.OFFER);
        offer.start = Locations.pack(1, 1);
        offer.fields[EVENTS.index] = Locations.pack(1, 12);
        Locations first = new Locations(EVENTS.nested());
        first.start = Locations.pack(2, 3);
        first.fields[EVENTS.nested().field("e_tkn").index] = Locations.pack(2, 14);
        offer.element(EVENTS, 0, Locations.pack(2, 3), first);
        offer.element(EVENTS, 1, Locations.pack(3, 3), null);        // a null element

        assertThat(at(offer, "/events")).isEqualTo("1:12");
        assertThat(at(offer, "/events/0")).isEqualTo("2:3");
        assertThat(at(offer, "/events/0/e_tkn")).isEqualTo("2:14");
        assertThat(at(offer, "/events/0/id")).isEqualTo("2:3");
        assertThat(at(offer, "/events/1")).isEqualTo("3:3");
        assertThat(at(offer, "/events/1/id")).isEqualTo("3:3");
        assertThat(at(offer, "/events/2/id")).isEqualTo("1:12");
    }

    @Test
    void escapedPointerTokensAreUnescaped() {
        Locations paging = new Locations(WireSchema.of(org.offerrules.validation.model.ListPaging.class));
        paging.start = Locations.pack(1, 1);
        paging.fields[0] = Locations.pack(1, 9);
        assertThat(at(paging, "/page")).isEqualTo("1:9");
        assertThat(at(paging, "/pa~0ge")).isEqualTo("1:1");
        assertThat(at(paging, "/pa~1ge")).isEqualTo("1:1");
    }

    private static String at(Locations locations, String pointer) {
        long at = locations.resolve(pointer);
        return Locations.line(at) + ":" + Locations.column(at);
    }
}
