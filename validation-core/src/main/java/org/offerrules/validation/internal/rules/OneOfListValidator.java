package org.offerrules.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.offerrules.validation.constraints.OneOfList;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link OneOfList}: every comma-separated item is one of the accepted values, as {@link OneOfValidator} compares (letter case aside). */
public final class OneOfListValidator extends RuleValidator<OneOfList, String> {

    private int code;
    private String[] values;
    /** This rule's check of one item, made once: the scan of a list allocates nothing. */
    private final CommaList.Item item = (value, from, to) -> OneOfValidator.accepts(values, value, from, to);

    @Override
    public void initialize(OneOfList annotation) {
        code = annotation.code();
        values = OneOfValidator.spellings(annotation.value());
    }

    @Override
    public void check(String value, Reporter reporter) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (!CommaList.every(value, item)) {
            reporter.report(code, value);
        }
    }

    @Override
    public void schema(OneOfList annotation, SchemaPiece piece) {
        List<String> quoted = new ArrayList<>();
        for (String v : OneOfValidator.spellings(annotation.value())) {
            quoted.add(SchemaText.anyCase(v));
        }
        String item = SchemaText.WS + "*(" + String.join("|", quoted) + ")" + SchemaText.WS + "*";
        piece.pattern("^(" + SchemaText.WS + "*|" + item + "(," + item + ")*)$");
    }
}
