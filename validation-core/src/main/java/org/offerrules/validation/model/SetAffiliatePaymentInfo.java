package org.offerrules.validation.model;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.Email;
import org.offerrules.validation.constraints.Flag;
import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.Required;

/**
 * The body of the API's {@code setAffiliatePaymentInfo} request: an affiliate's payment method and details.
 *
 * <p>Fields hold the wire values; nothing is rejected at construction ({@code RuleCatalog.of(SetAffiliatePaymentInfo.class)}
 * lists the rules). Every parameter of the method's page
 * (<a href="https://support.fuseclick.com/api/afn/setaffiliateapimethods/2016/0808/269.html">269</a>) is a
 * component: the page marks all but {@code id} optional and gives values only for {@code payment_method} and
 * {@code check_payment_to}; the other method-specific fields are free text (docs/decisions/requests.md).
 *
 * @param id {@code id}: the affiliate's id, required (6201), > 0 (6202).
 * @param paymentMethod {@code payment_method}: a {@link PaymentMethod} (6220).
 * @param checkPaymentTo {@code check_payment_to}: 0 an individual, 1 a company (6221).
 * @param checkPaymentType {@code check_payment_type}: free text, optional also with {@code Check} (the page).
 * @param checkAddress1 {@code check_address_1}: free text.
 * @param checkAddress2 {@code check_address_2}: free text.
 * @param checkCity {@code check_city}: free text.
 * @param checkCountry {@code check_country}: free text (the page gives no values).
 * @param checkState {@code check_state}: free text (the page gives no values).
 * @param checkZipcode {@code check_zipcode}: free text.
 * @param wireBeneficiary {@code wire_beneficiary}: free text.
 * @param wireAccount {@code wire_account}: free text.
 * @param wireBank {@code wire_bank}: free text.
 * @param wireRouting {@code wire_routing}: free text.
 * @param wireDetails {@code wire_details}: free text.
 * @param paypalEmail {@code paypal_email}: an e-mail address (6206).
 * @param depositAccountHolder {@code deposit_account_holder}: free text.
 * @param depositAccount {@code deposit_account}: free text.
 * @param depositBank {@code deposit_bank}: free text.
 * @param depositRouting {@code deposit_routing}: free text.
 * @param depositDetails {@code deposit_details}: free text.
 * @param otherDetails {@code other_details}: free text.
 */
@GenerateBuilder
public record SetAffiliatePaymentInfo(
        @Required(6201) @Positive(6202)
        Integer id,
        @OneOf(code = 6220, value = PaymentMethod.class)
        String paymentMethod,
        @Flag(6221)
        Integer checkPaymentTo,
        String checkPaymentType,
        @WireName("check_address_1")
        String checkAddress1,
        @WireName("check_address_2")
        String checkAddress2,
        String checkCity,
        String checkCountry,
        String checkState,
        String checkZipcode,
        String wireBeneficiary,
        String wireAccount,
        String wireBank,
        String wireRouting,
        String wireDetails,
        @Email(6206)
        String paypalEmail,
        String depositAccountHolder,
        String depositAccount,
        String depositBank,
        String depositRouting,
        String depositDetails,
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
