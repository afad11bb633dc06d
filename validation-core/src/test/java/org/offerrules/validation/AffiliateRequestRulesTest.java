package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offerrules.validation.RequestRulesTest.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.fixtures.AffiliateRequests;
import org.offerrules.validation.model.PostbackUrl;
import org.offerrules.validation.model.SetAffiliatePaymentInfo;
import org.offerrules.validation.model.SetAffiliatePostback;

/** The affiliate family beyond its mutations (which {@link RequestRulesTest} runs): full examples, engine agreement. */
class AffiliateRequestRulesTest {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void fullExamplesPass(Engine engine) {
        OfferValidator validator = OfferRulesTest.validator(engine);
        assertThat(validator.validate(AffiliateRequests.fullAffiliate()).violations()).isEmpty();
        assertThat(validator.validate(AffiliateRequests.fullAffiliate().toBuilder().id(9).build(), ValidationMode.UPDATE)
                .violations()).isEmpty();
        SetAffiliatePaymentInfo paypal = SetAffiliatePaymentInfo.builder().id(21).paymentMethod("Paypal")
                .paypalEmail("pay@example.com").build();
        assertThat(validator.validate(paypal).violations()).isEmpty();
        assertThat(validator.validate(SetAffiliatePaymentInfo.builder().id(21).paymentMethod("Direct Deposit").build())
                .violations()).isEmpty();
    }

    /**
     * Every parameter of the setAffiliatePaymentInfo page
     * (https://support.fuseclick.com/api/afn/setaffiliateapimethods/2016/0808/269.html) at once is valid, and a
     * {@code Check} without {@code check_payment_type} too: the page marks it optional (it was 6221 at
     * {@code /check_payment_type}). {@code check_payment_to} keeps its values, 0 and 1 (6221).
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyParameterOfThePaymentPageIsAField(Engine engine) {
        OfferValidator validator = OfferRulesTest.validator(engine);
        SetAffiliatePaymentInfo all = SetAffiliatePaymentInfo.builder().id(21).paymentMethod("Check").checkPaymentTo(1)
                .checkPaymentType("Standard").checkAddress1("1 Main St").checkAddress2("Suite 2").checkCity("Austin")
                .checkCountry("US").checkState("TX").checkZipcode("73301").wireBeneficiary("Grace Hopper")
                .wireAccount("0012345").wireBank("First Bank").wireRouting("021000021").wireDetails("SWIFT FBKUS33")
                .paypalEmail("pay@example.com").depositAccountHolder("Grace Hopper").depositAccount("998877")
                .depositBank("First Bank").depositRouting("021000021").depositDetails("checking")
                .otherDetails("monthly").build();
        assertThat(validator.validate(all).violations()).isEmpty();
        assertThat(validator.validate(SetAffiliatePaymentInfo.builder().id(21).paymentMethod("Check").build())
                .violations()).isEmpty();
        assertThat(validator.validate(all.toBuilder().checkPaymentType(null).checkPaymentTo(2).build()).violations())
                .extracting(v -> v.code().number() + " " + v.pointer()).containsExactly("6221 /check_payment_to");
    }

    @ParameterizedTest
    @EnumSource(ValidationMode.class)
    void bothEnginesAgreeOnGeneratedAffiliateRequests(ValidationMode mode) {
        RequestRulesTest.enginesAgree(mode, 62, AffiliateRequestRulesTest::generated);
    }

    /** An affiliate request of any type, each field absent, valid or invalid at random. */
    private static Object generated(Random r) {
        Integer[] ids = {null, 12, 0, -4, Integer.MAX_VALUE};
        return switch (r.nextInt(3)) {
            case 0 -> AffiliateRequests.fullAffiliate().toBuilder().id(pick(r, ids))
                    .email(pick(r, null, "pub@example.com", "x@", "")).status(pick(r, null, "Active", "active"))
                    .firstName(pick(r, null, "Grace", " ")).amId(pick(r, ids)).payoutTierId(pick(r, ids))
                    .invoiceFrequency(pick(r, null, "Weekly", "Two Months", "weekly"))
                    .password(pick(r, null, "12345", "123456")).imType(pick(r, null, "QQ", "MSN"))
                    .country(pick(r, null, "US", "CA", "us")).state(pick(r, null, "CA", "ON", "ZZ")).build();
            case 1 -> AffiliateRequests.paymentInfo().toBuilder().id(pick(r, ids))
                    .paymentMethod(pick(r, null, "Check", "Wire", "check"))
                    .checkPaymentTo(pick(r, null, 0, 1, 2, -1)).checkPaymentType(pick(r, null, "Standard", ""))
                    .paypalEmail(pick(r, null, "pay@example.com", "pay@")).build();
            default -> postback(r, ids);
        };
    }

    private static SetAffiliatePostback postback(Random r, Integer[] ids) {
        List<PostbackUrl> urls = new ArrayList<>();
        for (int n = r.nextInt(4) == 0 ? 21 : r.nextInt(4), i = 0; i < n; i++) {
            urls.add(r.nextInt(20) == 0 ? null : PostbackUrl.builder().postBackId(pick(r, ids))
                    .type(pick(r, null, "Image Pixel", "iFrame Pixel", "Server Postback URL", "image pixel"))
                    .url(pick(r, null, "https://t.example.com/a", "http://t.example.com/b", "ftp://x", "")).build());
        }
        return AffiliateRequests.postback().toBuilder().id(pick(r, ids)).postBackUrls(r.nextInt(5) == 0 ? null : urls)
                .build();
    }
}
