package org.offerrules.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.offerrules.validation.constraints.AnyCaseOf;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link AnyCaseOf}: a present string is one of the accepted values, ignoring letter case. */
public final class AnyCaseOfValidator extends RuleValidator<AnyCaseOf, String> {

    private int code;
    private String[] values;

    @Override
    public void initialize(AnyCaseOf annotation) {
        code = annotation.code();
        values = OneOfValidator.spellings(annotation.value());
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value == null) {
            return;
        }
        for (String accepted : values) {
            if (accepted.equalsIgnoreCase(value)) {
                return;
            }
        }
        reporter.report(code, value);
    }

    @Override
    public void schema(AnyCaseOf annotation, SchemaPiece piece) {
        List<String> alternatives = new ArrayList<>();
        for (String value : OneOfValidator.spellings(annotation.value())) {
            alternatives.add(SchemaText.anyCase(value));
        }
        piece.pattern("^(" + String.join("|", alternatives) + ")$");
    }
}
