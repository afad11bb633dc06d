package org.offerrules.validation.internal.rules;

import java.util.regex.Pattern;

import org.offerrules.validation.constraints.ColumnOf;
import org.offerrules.validation.model.OpenNames;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link ColumnOf}: a present value is a name of the columns' {@link OpenNames} family, letter case aside. */
public final class ColumnOfValidator extends RuleValidator<ColumnOf, String> {

    private int code;
    private Pattern names;

    @Override
    public void initialize(ColumnOf annotation) {
        code = annotation.code();
        names = Pattern.compile(family(annotation), Pattern.CASE_INSENSITIVE);
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value != null && !names.matcher(value).matches()) {
            reporter.report(code, value);
        }
    }

    @Override
    public void schema(ColumnOf annotation, SchemaPiece piece) {
        piece.pattern("^(" + SchemaText.anyCasePattern(family(annotation)) + ")$");
    }

    /** The pattern of the family the annotation names. */
    private static String family(ColumnOf annotation) {
        OpenNames open = annotation.value().getAnnotation(OpenNames.class);
        if (open == null) {
            throw new IllegalStateException("@ColumnOf names " + annotation.value().getSimpleName() + ", which has no @OpenNames");
        }
        return open.pattern();
    }
}
