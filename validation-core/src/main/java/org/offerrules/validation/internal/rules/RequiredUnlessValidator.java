package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.RequiredUnless;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link RequiredUnless}: {@code field} is present unless {@code when} has one of the listed values. */
public final class RequiredUnlessValidator extends RuleValidator<RequiredUnless, Object> {

    private ConditionalPresence rule;

    @Override
    public void initialize(RequiredUnless annotation) {
        rule = new ConditionalPresence(annotation.field(), annotation.when(), annotation.in(), annotation.code(), false);
    }

    @Override
    public void check(Object bean, Reporter reporter) {
        rule.check(bean, reporter);
    }

    @Override
    public void schema(RequiredUnless annotation, SchemaPiece piece) {
        piece.rule(piece.another().not(piece.another().required(annotation.when())
                        .property(annotation.when(), piece.equalTo(annotation.when(), annotation.in()))),
                piece.another().required(annotation.field()));
    }
}
