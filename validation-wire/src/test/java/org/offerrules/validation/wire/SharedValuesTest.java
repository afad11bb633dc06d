package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.model.ApiValue;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.OfferStatus;

/** Values shared between documents, read from a parser's buffer at an offset (TestJson's is 3). */
class SharedValuesTest {

    @Test
    void twoCapitalsAreOneSharedGeoEntry() throws IOException {
        Object us = SharedValues.geoEntry(TestJson.started("\"US\""));
        assertThat(us).isEqualTo(GeoEntry.of("US"));
        assertThat(SharedValues.geoEntry(TestJson.started("\"US\""))).isSameAs(us);
        assertThat(SharedValues.geoEntry(TestJson.started("\"ZZ\""))).isEqualTo(GeoEntry.of("ZZ"));
        assertThat(SharedValues.geoEntry(TestJson.started("\"AA\""))).isEqualTo(GeoEntry.of("AA"));
    }

    @Test
    void anythingElseIsParsed() throws IOException {
        for (String text : new String[] {"Us", "uS", "U1", "@A", "A[", "USA", "U", "", "US:1:TX"}) {
            Object entry = SharedValues.geoEntry(TestJson.started("\"" + text + "\""));
            assertThat(entry).as(text).isEqualTo(GeoEntry.parse(text));
        }
    }

    @Test
    void spellingsAreTheApiValuesOfAnEnum() {
        assertThat(SharedValues.spellings(OfferStatus.class))
                .containsExactly("Active", "Pending", "Paused", "Expired", "Archived");
        assertThat(SharedValues.spellings(ApiValue.class)).isNull();
    }

    @Test
    void aSpellingReadIsTheSharedString() throws IOException {
        String[] spellings = SharedValues.spellings(OfferStatus.class);
        assertThat(SharedValues.text(TestJson.started("\"Paused\""), spellings)).isSameAs(spellings[2]);
        String other = SharedValues.text(TestJson.started("\"Pausex\""), spellings);
        assertThat(other).isEqualTo("Pausex").isNotSameAs(spellings[2]);
        assertThat(SharedValues.text(TestJson.started("\"paused\""), spellings)).isEqualTo("paused");
        assertThat(SharedValues.text(TestJson.started("\"Pause\""), spellings)).isEqualTo("Pause");
        assertThat(SharedValues.text(TestJson.started("\"\""), spellings)).isEmpty();
    }
}
