package org.offerrules.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.offerrules.validation.constraints.OneOfNumbers;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link OneOfNumbers}: a present integer is one of the accepted numbers. */
public final class OneOfNumbersValidator extends RuleValidator<OneOfNumbers, Number> {

    private int code;
    private long[] values;
    private Map<String, ?> arguments;

    @Override
    public void initialize(OneOfNumbers annotation) {
        code = annotation.code();
        values = annotation.value();
        arguments = arguments(annotation);
    }

    @Override
    public Map<String, ?> arguments(OneOfNumbers annotation) {
        long[] accepted = annotation.value();
        return RangeArguments.of(annotation.code(), java.util.Arrays.stream(accepted).min().orElse(0),
                java.util.Arrays.stream(accepted).max().orElse(0));
    }

    @Override
    public void check(Number value, Reporter reporter) {
        if (value == null) {
            return;
        }
        double v = value.doubleValue();
        for (long accepted : values) {
            if (v == accepted) {
                return;
            }
        }
        reporter.report(code, value, arguments);
    }

    @Override
    public void schema(OneOfNumbers annotation, SchemaPiece piece) {
        List<Object> values = new ArrayList<>();
        List<String> spellings = new ArrayList<>();
        for (long v : annotation.value()) {
            values.add(v);
            spellings.add(SchemaPiece.spellings(v) + SchemaText.zeros(piece.decimal()));
        }
        // a JSON number must be one of the values; a number written as a string, one of their spellings
        piece.anyOf(piece.another().not(piece.another().type("integer", "number")), piece.another().enumOf(values));
        piece.pattern("^(" + String.join("|", spellings) + ")$");
    }
}
