package org.offerrules.validation.internal.rules;

import java.util.regex.Pattern;

import org.offerrules.validation.constraints.ConversionIds;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/**
 * {@link ConversionIds}: comma-separated {@code YYYYMM_id} (a month 01-12, an id greater than 0), at most
 * {@code max} of them. A malformed list reports the format code only.
 */
public final class ConversionIdsValidator extends RuleValidator<ConversionIds, String> {

    private static final Pattern ID = Pattern.compile("\\d{4}(0[1-9]|1[0-2])_0*[1-9]\\d{0,9}");

    private int formatCode;
    private int countCode;
    private int max;

    @Override
    public void initialize(ConversionIds annotation) {
        formatCode = annotation.formatCode();
        countCode = annotation.countCode();
        max = annotation.max();
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value == null) {
            return;
        }
        String[] ids = value.split(",", -1);
        for (String id : ids) {
            if (!ID.matcher(id.strip()).matches()) {
                reporter.report(formatCode, value);
                return;
            }
        }
        if (ids.length > max) {
            reporter.report(countCode, ids.length);
        }
    }

    @Override
    public void schema(ConversionIds annotation, SchemaPiece piece) {
        String id = SchemaText.WS + "*[0-9]{4}(0[1-9]|1[0-2])_0*[1-9][0-9]{0,9}" + SchemaText.WS + "*";
        piece.pattern("^" + id + "(," + id + "){0," + (annotation.max() - 1) + "}$");
    }
}
