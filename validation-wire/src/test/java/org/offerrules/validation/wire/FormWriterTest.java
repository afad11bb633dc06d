package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers of a form body (the modules' FormTest reads and writes whole bodies). */
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
}
