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
 * The body of the API's {@code setAdvertiser} request: creates an advertiser (no {@code id}) or updates one.
 *
 * <p>As for the offer, fields hold the wire values, so any input can be represented and nothing is
 * rejected at construction; {@link org.offerrules.validation.OfferValidator#validate(Object)} decides
 * what is valid and reports at the wire names ({@code RuleCatalog.of(SetAdvertiser.class)} lists the rules).
 *
 * @param id {@code id}: the advertiser's id, required on update (6101), > 0 (6102).
 * @param email {@code email}: required on create (6111); an e-mail address (6112).
 * @param status {@code status}: required on create (6114); an {@link AdvertiserStatus} (6103).
 * @param company {@code company}: required on create, not blank (6118).
 * @param firstName {@code first_name}: required on create (6115); not blank (6116).
 * @param lastName {@code last_name}: free text.
 * @param amId {@code am_id}: the account manager's id, > 0: 0 is 6107 (present but empty), below 0 6108.
 * @param password {@code password}: at least 6 characters (6119).
 * @param imType {@code im_type}: an {@link ImType} (6120).
 * @param imAccount {@code im_account}: free text.
 * @param fax {@code fax}: free text.
 * @param title {@code title}: free text.
 * @param address1 {@code address1}: free text.
 * @param address2 {@code address2}: free text.
 * @param city {@code city}: free text.
 * @param zipcode {@code zipcode}: free text.
 * @param country {@code country}: an ISO 3166-1 alpha-2 code (6121).
 * @param state {@code state}: an ISO 3166-2 subdivision of {@code country}, without its prefix (6122).
 */
@Subdivision(field = "state", other = "country", code = 6122)
@GenerateBuilder
public record SetAdvertiser(
        @Required(value = 6101, groups = Update.class) @Positive(6102)
        Integer id,
        @Required(value = 6111, groups = Create.class) @Email(6112)
        String email,
        @Required(value = 6114, groups = Create.class) @OneOf(code = 6103, value = AdvertiserStatus.class)
        String status,
        @Required(value = 6118, groups = Create.class) @NotBlank(6118)
        String company,
        @Required(value = 6115, groups = Create.class) @NotBlank(6116)
        String firstName,
        String lastName,
        @Positive(value = 6108, zeroCode = 6107)
        Integer amId,
        @MinLength(code = 6119, min = 6)
        String password,
        @OneOf(code = 6120, value = ImType.class)
        String imType,
        String imAccount,
        String fax,
        String title,
        String address1,
        String address2,
        String city,
        String zipcode,
        @Country(6121)
        String country,
        String state) {

    /** The API method this record is the body of: {@value}. */
    public static final String METHOD = "setAdvertiser";

    /** An empty builder. */
    public static SetAdvertiserBuilder builder() {
        return new SetAdvertiserBuilder();
    }

    /** A builder holding this record's values. */
    public SetAdvertiserBuilder toBuilder() {
        return new SetAdvertiserBuilder(this);
    }
}
