package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API's plain decimal notation, and nothing a parser would also take. */
class WireNumbersTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // text                    | integer | decimal
            "0                         | true    | true",
            "12                        | true    | true",
            "-1                        | true    | true",
            "007                       | true    | true",
            "99999999999999999999999   | true    | true",
            "150.5                     | false   | true",
            "-0.25                     | false   | true",
            "1.0                       | false   | true",
            "``                        | false   | false",
            "-                         | false   | false",
            "+1                        | false   | false",
            "` 1`                      | false   | false",
            "`1 `                      | false   | false",
            "1e3                       | false   | false",
            "1E3                       | false   | false",
            "0x1F                      | false   | false",
            "NaN                       | false   | false",
            "Infinity                  | false   | false",
            "12.                       | false   | false",
            ".5                        | false   | false",
            "-.5                       | false   | false",
            "1.2.3                     | false   | false",
            "--1                       | false   | false",
            "1,5                       | false   | false",
            "١٢                        | false   | false",
    })
    void plainDecimalNotationOnly(String text, boolean integer, boolean decimal) {
        assertThat(WireNumbers.isInteger(text)).isEqualTo(integer);
        assertThat(WireNumbers.isDecimal(text)).isEqualTo(decimal);
    }
}
