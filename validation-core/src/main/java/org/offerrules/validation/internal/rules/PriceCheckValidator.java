package org.offerrules.validation.internal.rules;

import java.lang.reflect.RecordComponent;

import org.offerrules.validation.constraints.PriceCheck;
import org.offerrules.validation.model.Pricing;
import org.offerrules.validation.model.PricingType;
import org.offerrules.validation.spi.Reporter;
import org.offerrules.validation.spi.RuleValidator;
import org.offerrules.validation.spi.SchemaPiece;

/** {@link PriceCheck}: the value rules of a pricing group, reported at its components. */
public final class PriceCheckValidator extends RuleValidator<PriceCheck, Pricing> {

    private String[] names;
    private String[] types;
    private int typeCode;
    private int amountCode;
    private int percentCode;

    @Override
    public void initialize(PriceCheck annotation) {
        names = componentNames(annotation.value());
        types = OneOfValidator.spellings(annotation.value());
        typeCode = annotation.typeCode();
        amountCode = annotation.amountCode();
        percentCode = annotation.percentCode();
    }

    @Override
    public void check(Pricing price, Reporter reporter) {
        if (price == null) {
            return;
        }
        String type = price.type();
        if (type != null && !OneOfValidator.accepts(types, type)) {
            reporter.reportAt(names[0], typeCode, type);
        }
        Double amount = price.amount();
        if (amount != null && !NonNegativeValidator.accepts(amount)) {
            reporter.reportAt(names[1], amountCode, amount);
        }
        Double percent = price.percent();
        if (percent != null && !BetweenValidator.accepts(percent, 0, 100)) {
            reporter.reportAt(names[2], percentCode, percent);
        }
    }

    /** The Java names of the type, amount and percentage components of the record of {@code type}. */
    static String[] componentNames(Class<? extends PricingType> type) {
        RecordComponent[] components = Pricing.recordOf(type).getRecordComponents();
        return new String[] {components[0].getName(), components[1].getName(), components[2].getName()};
    }

    @Override
    public void schema(PriceCheck annotation, SchemaPiece piece) {
        // asked once per component of the group: type, amount, percent
        switch (piece.component()) {
            case 0 -> piece.pattern(SchemaText.anyCaseOf(OneOfValidator.spellings(annotation.value())));
            case 1 -> piece.minimum(0).pattern("^([0-9]+" + SchemaText.fraction(true) + "|-0+" + SchemaText.zeros(true) + ")$");
            default -> piece.minimum(0).maximum(100);
        }
    }
}
