package org.offerrules.validation.internal.rules;

import java.util.List;

import org.offerrules.validation.constraints.PricePresence;
import org.offerrules.validation.model.Pricing;
import org.offerrules.validation.model.PricingType.Need;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link PricePresence}: the presence rules of a pricing group, reported at its components. */
public final class PricePresenceValidator extends RuleValidator<PricePresence, Pricing> {

    private String[] names;
    private WireValues amountTypes;
    private WireValues percentTypes;
    private int typeCode;
    private int typeWhenPricedCode;
    private int amountCode;
    private int percentCode;

    @Override
    public void initialize(PricePresence annotation) {
        names = PriceCheckValidator.componentNames(annotation.value());
        amountTypes = new WireValues(Need.AMOUNT.apiValues(annotation.value()).toArray(String[]::new));
        percentTypes = new WireValues(Need.PERCENT.apiValues(annotation.value()).toArray(String[]::new));
        typeCode = annotation.typeCode();
        typeWhenPricedCode = annotation.typeWhenPricedCode();
        amountCode = annotation.amountCode();
        percentCode = annotation.percentCode();
    }

    @Override
    public void check(Pricing price, Reporter reporter) {
        String type = price == null ? null : price.type();
        Double amount = price == null ? null : price.amount();
        Double percent = price == null ? null : price.percent();
        if (type == null && typeCode != 0) {
            reporter.reportAt(names[0], typeCode, null);
        }
        if (type == null && typeWhenPricedCode != 0 && (amount != null || percent != null)) {
            reporter.reportAt(names[0], typeWhenPricedCode, null);
        }
        if (amount == null && amountTypes.contains(type)) {
            reporter.reportAt(names[1], amountCode, null);
        }
        if (percent == null && percentTypes.contains(type)) {
            reporter.reportAt(names[2], percentCode, null);
        }
    }

    @Override
    public void schema(PricePresence annotation, SchemaPiece piece) {
        if (piece.component() != 0) {
            return; // the group's rules, said once
        }
        String type = piece.component(0);
        String amount = piece.component(1);
        String percent = piece.component(2);
        if (annotation.typeCode() != 0) {
            piece.rule(null, piece.another().required(type));
        }
        if (annotation.typeWhenPricedCode() != 0) {
            piece.rule(piece.another().anyOf(piece.present(amount), piece.present(percent)), piece.another().required(type));
        }
        needs(piece, type, Need.AMOUNT.apiValues(annotation.value()), amount);
        needs(piece, type, Need.PERCENT.apiValues(annotation.value()), percent);
    }

    /** {@code part} is required when {@code type} is one of {@code types}. */
    private static void needs(SchemaPiece piece, String type, List<String> types, String part) {
        if (!types.isEmpty()) {
            piece.rule(piece.another().required(type).property(type, piece.equalTo(type, types.toArray(String[]::new))),
                    piece.another().required(part));
        }
    }
}
