package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.fixtures.AffiliateRequests;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.fixtures.Requests;
import org.offerrules.validation.model.PostbackUrl;
import org.offerrules.validation.model.SetAdvertiser;
import org.offerrules.validation.model.SetAffiliateBaseInfo;
import org.offerrules.validation.model.SetAffiliatePostback;

/**
 * {@link OfferValidator#validateUpdate(Object, Object)} for the requests with an update mode other than
 * the offer: the merge, where its violations are reported, and what the update names that must exist;
 * both engines.
 */
class RequestUpdatesTest {

    static Stream<Arguments> engines() {
        return Stream.of(Arguments.of(Engine.COMPILED), Arguments.of(Engine.HIBERNATE_VALIDATOR));
    }

    static OfferValidator validator(Engine engine) {
        return OfferValidator.builder().engine(engine).build();
    }

    static List<Object> found(ValidationReport report) {
        return report.violations().stream()
                .map(v -> (Object) tuple(v.codeNumber(), v.pointer(), v.severity())).toList();
    }

    /** Advertiser 5, every field, in California. */
    static SetAdvertiser advertiser() {
        return Requests.fullAdvertiser().toBuilder().id(5).build();
    }

    /** Affiliate 21, every field, in Ontario. */
    static SetAffiliateBaseInfo affiliate() {
        return AffiliateRequests.fullAffiliate().toBuilder().id(21).build();
    }

    /** Affiliate 21's postback setting of offer 12: a server postback (1) and an image pixel (2). */
    static SetAffiliatePostback postbacks() {
        return SetAffiliatePostback.builder().id(21).offerId(12).postBackUrls(List.of(
                PostbackUrl.builder().postBackId(1).type("Server Postback URL").url("https://t.example.com/pb").build(),
                PostbackUrl.builder().postBackId(2).type("Image Pixel").url("https://t.example.com/px.gif").build()))
                .build();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aCountryWithoutTheCurrentStateIs6122AtTheUpdatesCountry(Engine engine) {
        SetAdvertiser update = SetAdvertiser.builder().id(5).country("CA").build();

        assertThat(found(validator(engine).validateUpdate(advertiser(), update)))
                .containsExactly(tuple(6122, "/country", Severity.ERROR));
        // the whole merge has it at the state, which the update leaves out
        assertThat(found(validator(engine).validate(OfferValidator.merge(advertiser(), update), ValidationMode.UPDATE)))
                .containsExactly(tuple(6122, "/state", Severity.ERROR));
        assertThat(validator(engine).validateUpdate(advertiser(), update.toBuilder().state("ON").build()).isValid())
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void theUpdatesOwnFieldsAreReportedThereAndTheCurrentObjectsProblemsAreWarnings(Engine engine) {
        SetAdvertiser current = advertiser().toBuilder().imType("MSN").build();

        assertThat(found(validator(engine).validateUpdate(current, SetAdvertiser.builder().id(5).email("x@").build())))
                .containsExactly(tuple(6112, "/email", Severity.ERROR), tuple(6120, "/im_type", Severity.WARNING));
        assertThat(found(validator(engine).validateUpdate(current, SetAdvertiser.builder().id(5).imType("QQ").build())))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void theAffiliatesMergeHoldsTheAffiliatesRules(Engine engine) {
        SetAffiliateBaseInfo update = SetAffiliateBaseInfo.builder().id(21).country("US").build();

        assertThat(found(validator(engine).validateUpdate(affiliate(), update)))
                .containsExactly(tuple(6224, "/country", Severity.ERROR));
        assertThat(found(validator(engine).validateUpdate(affiliate(),
                SetAffiliateBaseInfo.builder().id(21).invoiceFrequency("biweekly").build())))
                .containsExactly(tuple(6217, "/invoice_frequency", Severity.ERROR));
        // on update nothing but the id is required: the merge keeps the current email, status, name, password
        assertThat(validator(engine).validateUpdate(affiliate(), SetAffiliateBaseInfo.builder().id(21).city("Ottawa")
                .build()).isValid()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void anUpdateWithoutACurrentObjectIsItsFamilysNotFoundCode(Engine engine) {
        OfferValidator validator = validator(engine);

        assertThat(found(validator.validateUpdate(null, SetAdvertiser.builder().id(5).city("Davis").build())))
                .containsExactly(tuple(6105, "/id", Severity.ERROR));
        assertThat(found(validator.validateUpdate(null, SetAffiliateBaseInfo.builder().id(21).build())))
                .containsExactly(tuple(6204, "/id", Severity.ERROR));
        assertThat(found(validator.validateUpdate(null, postbacks())))
                .containsExactly(tuple(6229, "/post_back_urls/0/post_back_id", Severity.ERROR),
                        tuple(6229, "/post_back_urls/1/post_back_id", Severity.ERROR));
        // no id is the missing id's code, an invalid one its invalid code: never "not found" as well
        assertThat(found(validator.validateUpdate(null, SetAdvertiser.builder().city("Davis").build())))
                .containsExactly(tuple(6101, "/id", Severity.ERROR));
        assertThat(found(validator.validateUpdate(null, SetAffiliateBaseInfo.builder().id(-3).build())))
                .containsExactly(tuple(6202, "/id", Severity.ERROR));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aPostbackUpdateNamesURLsOfTheCurrentSetting(Engine engine) {
        SetAffiliatePostback update = SetAffiliatePostback.builder().id(21).offerId(12).postBackUrls(List.of(
                PostbackUrl.builder().postBackId(2).type("Image Pixel").url("https://t.example.com/new.gif").build(),
                PostbackUrl.builder().postBackId(7).type("Server Postback URL").url("https://t.example.com/b").build(),
                PostbackUrl.builder().type("iFrame Pixel").url("https://t.example.com/f").build())).build();

        assertThat(found(validator(engine).validateUpdate(postbacks(), update))).containsExactly(
                tuple(6229, "/post_back_urls/1/post_back_id", Severity.ERROR),
                tuple(6235, "/post_back_urls/2/post_back_id", Severity.ERROR));
        // an update without the list keeps the current one: nothing to name
        SetAffiliatePostback offerOnly = SetAffiliatePostback.builder().id(21).offerId(12).build();
        assertThat(validator(engine).validateUpdate(postbacks(), offerOnly).isValid()).isTrue();
        assertThat(OfferValidator.merge(postbacks(), offerOnly)).isEqualTo(postbacks());
    }

    @Test
    void theMergeTakesEachFieldTheUpdateCarriesAndTheUpdatesId() {
        SetAdvertiser merged = OfferValidator.merge(advertiser(), SetAdvertiser.builder().id(5).city("Davis").build());
        assertThat(merged).isEqualTo(advertiser().toBuilder().city("Davis").build());
        assertThat(OfferValidator.merge(advertiser(), SetAdvertiser.builder().email("a@example.com").build()))
                .isEqualTo(advertiser().toBuilder().id(null).email("a@example.com").build());
        SetAffiliatePostback list = SetAffiliatePostback.builder().id(21).postBackUrls(List.of(
                PostbackUrl.builder().postBackId(1).type("Image Pixel").url("https://t.example.com/1.gif").build()))
                .build();
        // the list replaces the current list whole; offer_id stays the current one
        assertThat(OfferValidator.merge(postbacks(), list))
                .isEqualTo(list.toBuilder().offerId(12).build());
    }

    @Test
    void theWrongCurrentObjectOrARequestWithoutUpdateModeIsTheCallersMistake() {
        OfferValidator validator = OfferValidator.create();
        assertThatThrownBy(() -> validator.validateUpdate(advertiser(), SetAdvertiser.builder().id(6).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id 6");
        assertThatThrownBy(() -> validator.validateUpdate(postbacks(),
                SetAffiliatePostback.builder().id(21).offerId(13).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offer_id 13");
        assertThatThrownBy(() -> validator.validateUpdate(affiliate(), SetAdvertiser.builder().id(21).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the current object (SetAffiliateBaseInfo) is not of the update's type (SetAdvertiser)");
        assertThatThrownBy(() -> validator.validateUpdate(advertiser(), Offers.minimal().toBuilder().id(5).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the current object (SetAdvertiser) is not of the update's type (Offer)");
        assertThatThrownBy(() -> validator.validateUpdate(null, Requests.link()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("generateLink has no update mode");
        assertThatThrownBy(() -> OfferValidator.merge(Requests.paging(), Requests.paging()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("getOffers has no update mode");
    }

    @Test
    void inUpdateModeTheValidatorAsksForTheCurrentObject() {
        Map<Integer, SetAdvertiser> advertisers = Map.of(5, advertiser());
        OfferValidator validator = OfferValidator.builder().mode(ValidationMode.UPDATE)
                .currentRequests(update -> update instanceof SetAdvertiser a ? advertisers.get(a.id()) : null).build();

        assertThat(found(validator.validate(SetAdvertiser.builder().id(5).country("GB").build())))
                .containsExactly(tuple(6122, "/country", Severity.ERROR));
        assertThat(found(validator.validate(SetAdvertiser.builder().id(8).country("GB").build())))
                .containsExactly(tuple(6105, "/id", Severity.ERROR));
        assertThat(found(validator.validate(SetAffiliateBaseInfo.builder().id(21).build())))
                .containsExactly(tuple(6204, "/id", Severity.ERROR));
        // without an id there is nothing to look up; in create mode no current object is asked for
        assertThat(found(validator.validate(SetAdvertiser.builder().country("GB").build())))
                .containsExactly(tuple(6101, "/id", Severity.ERROR));
        assertThat(validator.validate(Requests.advertiser(), ValidationMode.CREATE).isValid()).isTrue();
    }

    @Test
    void onlyTheRequestsWithUpdateParametersHaveAnUpdateMode() {
        assertThat(Stream.of(Request.values()).filter(Request::hasUpdateMode).map(Request::method)).containsExactly(
                "setOffer", "setAdvertiser", "setAffiliateBaseInfo", "setAffiliatePostback");
    }
}
