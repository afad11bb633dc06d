package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.CountryList;
import org.offerrules.validation.internal.Iso3166;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link CountryList}: a present string is a comma-separated list of ISO 3166-1 alpha-2 codes. */
public final class CountryListValidator extends RuleValidator<CountryList, String> {

    private int code;

    @Override
    public void initialize(CountryList annotation) {
        code = annotation.value();
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value == null || value.isEmpty()) {
            return;
        }
        for (String country : value.split(",", -1)) {
            if (!Iso3166.isCountry(country.strip())) {
                reporter.report(code, value);
                return;
            }
        }
    }

    @Override
    public void schema(CountryList annotation, SchemaPiece piece) {
        String country = SchemaText.WS + "*[A-Za-z]{2}" + SchemaText.WS + "*";
        piece.pattern("^(" + country + "(," + country + ")*)?$");
    }
}
