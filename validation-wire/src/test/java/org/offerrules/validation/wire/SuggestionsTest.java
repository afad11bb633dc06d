package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Did you mean": the nearest known name within a third of its length. */
class SuggestionsTest {

    private static final String[] OFFER = WireSchema.OFFER.names;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "nme               | name",
            "NAME              | name",
            "Payout            | payout",
            "payot             | payout",
            "advertiserid      | advertiser_id",
            "advertiser-id     | advertiser_id",
            "geo_country       | geo_countries",
            "cap_overal_limit  | cap_overall_limit",
            "trackingprotocol  | tracking_protocol",
            "nmae              | ",
            "colour            | ",
            "x                 | ",
    })
    void nearestOfferName(String name, String expected) {
        assertThat(Suggestions.nearest(name, OFFER)).isEqualTo(expected);
    }

    @Test
    void aTieGoesToTheFirstKnownName() {
        assertThat(Suggestions.nearest("ab", new String[] {"ac", "ad"})).isEqualTo("ac");
        assertThat(Suggestions.nearest("ab", new String[] {"ad", "ac"})).isEqualTo("ad");
    }

    @Test
    void nothingIsSuggestedForAVeryLongNameOrFromNoNames() {
        assertThat(Suggestions.nearest("n".repeat(65), new String[] {"n".repeat(65)})).isNull();
        assertThat(Suggestions.nearest("n".repeat(64), new String[] {"n".repeat(64)})).isEqualTo("n".repeat(64));
        assertThat(Suggestions.nearest("name", new String[0])).isNull();
    }

    @Test
    void levenshteinDistance() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("abc", "")).isEqualTo(3);
        assertThat(Suggestions.distance("flaw", "lawn")).isEqualTo(2);
        assertThat(Suggestions.distance("same", "same")).isZero();
        assertThat(Suggestions.distance("ab", "ba")).isEqualTo(2);
    }
}
