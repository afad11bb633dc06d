package org.offerrules.validation.model;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.Email;
import org.offerrules.validation.constraints.Flag;
import org.offerrules.validation.constraints.NotBlank;
import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.Required;
import org.offerrules.validation.constraints.Requires;

/**
 * The body of the API's {@code setAffiliatePaymentInfo} request: an affiliate's payment method and details.
 *
 * <p>Fields hold the wire values; nothing is rejected at construction ({@code RuleCatalog.of(SetAffiliatePaymentInfo.class)}
 * lists the rules). The method's {@code check_*} address, {@code wire_*} and {@code deposit_*} fields have no rules
 * and are not modelled yet (see docs/decisions/requests.md).
 *
 * @param id {@code id}: the affiliate's id, required (6201), > 0 (6202).
 * @param paymentMethod {@code payment_method}: a {@link PaymentMethod} (6220).
 * @param checkPaymentTo {@code check_payment_to}: 0 an individual, 1 a company (6221).
 * @param checkPaymentType {@code check_payment_type}: required when {@code payment_method} is {@code Check}, not blank (6221).
 * @param paypalEmail {@code paypal_email}: an e-mail address (6206).
 * @param otherDetails {@code other_details}: free text.
 */
@Requires(field = "checkPaymentType", when = "paymentMethod", in = "Check", code = 6221)
@GenerateBuilder
public record SetAffiliatePaymentInfo(
        @Required(6201) @Positive(6202)
        Integer id,
        @OneOf(code = 6220, value = PaymentMethod.class)
        String paymentMethod,
        @Flag(6221)
        Integer checkPaymentTo,
        @NotBlank(6221)
        String checkPaymentType,
        @Email(6206)
        String paypalEmail,
        String otherDetails) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "setAffiliatePaymentInfo";

    /** An empty builder. */
    public static SetAffiliatePaymentInfoBuilder builder() {
        return new SetAffiliatePaymentInfoBuilder();
    }

    /** A builder holding this record's values. */
    public SetAffiliatePaymentInfoBuilder toBuilder() {
        return new SetAffiliatePaymentInfoBuilder(this);
    }
}
