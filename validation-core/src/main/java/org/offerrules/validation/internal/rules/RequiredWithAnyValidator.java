package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.RequiredWithAny;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link RequiredWithAny}: {@code field} is present when any of {@code others} is. */
public final class RequiredWithAnyValidator extends RuleValidator<RequiredWithAny, Object> {

    private FieldReader fields;
    private int code;

    @Override
    public void initialize(RequiredWithAny annotation) {
        String[] others = annotation.others();
        String[] names = new String[others.length + 1];
        names[0] = annotation.field();
        System.arraycopy(others, 0, names, 1, others.length);
        fields = new FieldReader(names);
        code = annotation.code();
    }

    @Override
    public void check(Object bean, Reporter reporter) {
        if (bean == null || fields.get(bean, 0) != null) {
            return;
        }
        for (int i = 1; i < fields.size(); i++) {
            if (!FieldReader.isAbsent(fields.get(bean, i))) {
                reporter.reportAt(fields.name(0), code, null);
                return;
            }
        }
    }

    @Override
    public void schema(RequiredWithAny annotation, SchemaPiece piece) {
        SchemaPiece[] others = new SchemaPiece[annotation.others().length];
        for (int i = 0; i < others.length; i++) {
            others[i] = piece.present(annotation.others()[i]);
        }
        piece.rule(piece.another().anyOf(others), piece.another().required(annotation.field()));
    }
}
