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
    void aSpellingReadIsTheSharedStringFromEitherSource() throws IOException {
        String[] spellings = SharedValues.spellings(OfferStatus.class);
        for (boolean bytes : new boolean[] {false, true}) {
            assertThat(value(bytes, "\"Paused\"").text(spellings)).as("bytes %s", bytes).isSameAs(spellings[2]);
            String other = value(bytes, "\"Pausex\"").text(spellings);
            assertThat(other).isEqualTo("Pausex").isNotSameAs(spellings[2]);
            assertThat(value(bytes, "\"paused\"").text(spellings)).isEqualTo("paused");
            assertThat(value(bytes, "\"Pause\"").text(spellings)).isEqualTo("Pause");
            assertThat(value(bytes, "\"Paus\u00e9\"").text(spellings)).isEqualTo("Paus\u00e9");
            assertThat(value(bytes, "\"Pa\\u0075sed\"").text(spellings)).isSameAs(spellings[2]);
            assertThat(value(bytes, "\"\"").text(spellings)).isEmpty();
        }
    }

    /** A source on the string {@code json} (the value of a one-field object): Jackson's, or the byte tokenizer. */
    private static TokenSource value(boolean bytes, String json) throws IOException {
        String document = "{\"s\":" + json + "}";
        TokenSource p = bytes ? new ByteSource(document.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0,
                document.getBytes(java.nio.charset.StandardCharsets.UTF_8).length) : TestJson.text(document);
        p.next();
        p.next();
        assertThat(p.next()).isEqualTo(Token.VALUE_STRING);
        return p;
    }
}
