package org.offerrules.validation.internal.rules;

import org.offerrules.validation.constraints.ForbiddenWhen;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link ForbiddenWhen}: an integer field does not hold a value while another holds a given one. */
public final class ForbiddenWhenValidator extends FieldPairValidator<ForbiddenWhen> {

    private long forbidden;
    private long whenIs;

    @Override
    public void initialize(ForbiddenWhen annotation) {
        pair(annotation.field(), annotation.when(), annotation.code());
        forbidden = annotation.forbidden();
        whenIs = annotation.whenIs();
    }

    @Override
    Object check(Object value, Object other) {
        return value instanceof Number v && v.longValue() == forbidden
                && other instanceof Number o && o.longValue() == whenIs ? value : null;
    }

    @Override
    public void schema(ForbiddenWhen annotation, SchemaPiece piece) {
        piece.rule(piece.another().required(annotation.when())
                        .property(annotation.when(), piece.equalTo(annotation.when(), Long.toString(annotation.whenIs()))),
                piece.another().property(annotation.field(),
                        piece.another().not(piece.equalTo(annotation.field(), Long.toString(annotation.forbidden())))));
    }
}
