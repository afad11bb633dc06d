package org.offerrules.validation.model;

import org.offerrules.builder.GenerateBuilder;
import org.offerrules.validation.constraints.Country;
import org.offerrules.validation.constraints.Create;
import org.offerrules.validation.constraints.Email;
import org.offerrules.validation.constraints.MinLength;
import org.offerrules.validation.constraints.NotBlank;
import org.offerrules.validation.constraints.OneOf;
import org.offerrules.validation.constraints.Positive;
import org.offerrules.validation.constraints.Required;
import org.offerrules.validation.constraints.Subdivision;
import org.offerrules.validation.constraints.Update;

/**
 * The body of the API's {@code setAffiliateBaseInfo} request: creates an affiliate (no {@code id}) or
 * updates one. The same fields and checks as {@link SetAdvertiser} where the two share them, with the
 * affiliate family's codes.
 *
 * <p>Fields hold the wire values; nothing is rejected at construction ({@code RuleCatalog.of(SetAffiliateBaseInfo.class)}
 * lists the rules).
 *
 * @param id {@code id}: the affiliate's id, required on update (6201), > 0 (6202).
 * @param email {@code email}: required on create (6205); an e-mail address (6206).
 * @param status {@code status}: required on create (6208); an {@link AdvertiserStatus}, the advertiser's values (6203).
 * @param firstName {@code first_name}: required on create (6210); not blank (6211).
 * @param lastName {@code last_name}: free text.
 * @param amId {@code am_id}: the affiliate manager's id, > 0: 0 is 6212 (present but empty), below 0 6214.
 * @param payoutTierId {@code payout_tier_id}: the payout tier's id, > 0 (6215).
 * @param invoiceFrequency {@code invoice_frequency}: an {@link InvoiceFrequency} (6217).
 * @param password {@code password}: required on create, at least 6 characters (6218).
 * @param phone {@code phone}: free text.
 * @param imType {@code im_type}: an {@link ImType} (6222).
 * @param imAccount {@code im_account}: free text.
 * @param company {@code company}: free text.
 * @param title {@code title}: free text.
 * @param address1 {@code address1}: free text.
 * @param address2 {@code address2}: free text.
 * @param city {@code city}: free text.
 * @param zipcode {@code zipcode}: free text.
 * @param country {@code country}: an ISO 3166-1 alpha-2 code (6223).
 * @param state {@code state}: an ISO 3166-2 subdivision of {@code country}, without its prefix (6224).
 */
@Subdivision(field = "state", other = "country", code = 6224)
@GenerateBuilder
public record SetAffiliateBaseInfo(
        @Required(value = 6201, groups = Update.class) @Positive(6202)
        Integer id,
        @Required(value = 6205, groups = Create.class) @Email(6206)
        String email,
        @Required(value = 6208, groups = Create.class) @OneOf(code = 6203, value = AdvertiserStatus.class)
        String status,
        @Required(value = 6210, groups = Create.class) @NotBlank(6211)
        String firstName,
        String lastName,
        @Positive(value = 6214, zeroCode = 6212)
        Integer amId,
        @Positive(6215)
        Integer payoutTierId,
        @OneOf(code = 6217, value = InvoiceFrequency.class)
        String invoiceFrequency,
        @Required(value = 6218, groups = Create.class) @MinLength(code = 6218, min = 6)
        String password,
        String phone,
        @OneOf(code = 6222, value = ImType.class)
        String imType,
        String imAccount,
        String company,
        String title,
        String address1,
        String address2,
        String city,
        String zipcode,
        @Country(6223)
        String country,
        String state) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "setAffiliateBaseInfo";

    /** An empty builder. */
    public static SetAffiliateBaseInfoBuilder builder() {
        return new SetAffiliateBaseInfoBuilder();
    }

    /** A builder holding this record's values. */
    public SetAffiliateBaseInfoBuilder toBuilder() {
        return new SetAffiliateBaseInfoBuilder(this);
    }
}
