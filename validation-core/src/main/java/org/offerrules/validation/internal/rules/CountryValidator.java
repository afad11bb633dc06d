package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.Country;
import org.offerrules.validation.internal.Iso3166;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link Country}: a present string is an ISO 3166-1 alpha-2 code. */
public final class CountryValidator extends RuleValidator<Country, String> {

    private int code;

    @Override
    public void initialize(Country annotation) {
        code = annotation.value();
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value != null && !Iso3166.isCountry(value)) {
            reporter.report(code, value);
        }
    }

    @Override
    public void schema(Country annotation, SchemaPiece piece) {
        piece.pattern(SchemaText.countries());
    }
}
