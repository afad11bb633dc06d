package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.Requires;
import org.offerrules.validation.internal.ConstraintAnnotations;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link Requires}: {@code field} is present when {@code when} has one of the listed values. */
public final class RequiresValidator extends RuleValidator<Requires, Object> {

    private ConditionalPresence rule;

    @Override
    public void initialize(Requires annotation) {
        rule = new ConditionalPresence(annotation.field(), annotation.when(), ConstraintAnnotations.requiredWhen(annotation), annotation.code(), true);
    }

    @Override
    public void check(Object bean, Reporter reporter) {
        rule.check(bean, reporter);
    }

    @Override
    public void schema(Requires annotation, SchemaPiece piece) {
        piece.rule(piece.another().required(annotation.when())
                        .property(annotation.when(), piece.equalTo(annotation.when(), ConstraintAnnotations.requiredWhen(annotation))),
                piece.another().required(annotation.field()));
    }
}
