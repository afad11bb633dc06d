package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.fixtures.AffiliateRequests;
import org.offerrules.validation.fixtures.EventRequests;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.fixtures.Requests;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.SetAdvertiser;
import org.offerrules.validation.model.SetAffiliateBaseInfo;
import org.offerrules.validation.model.SetAffiliatePostback;
import org.offerrules.validation.model.SetOfferEventBaseInfo;

/**
 * Which bodies create ({@link Request#creates}): the rows' data that offer-rules-client reads to know
 * which request sent twice may make two objects.
 */
class RequestCreationTest {

    /** The rows whose body may create: every other row's never does. */
    private static final Set<Request> CREATING = EnumSet.of(Request.SET_OFFER, Request.SET_ADVERTISER,
            Request.SET_AFFILIATE_BASE_INFO, Request.SET_OFFER_EVENT_BASE_INFO, Request.SET_AFFILIATE_POSTBACK);

    @Test
    void aBodyWithoutItsIdCreatesAndWithItUpdates() {
        Offer offer = Offers.minimal();
        assertThat(Request.SET_OFFER.creates(offer.toBuilder().id(null).build())).isTrue();
        assertThat(Request.SET_OFFER.creates(offer.toBuilder().id(7).build())).isFalse();
        SetAdvertiser advertiser = (SetAdvertiser) Requests.valid(Request.SET_ADVERTISER);
        assertThat(Request.SET_ADVERTISER.creates(advertiser.toBuilder().id(null).build())).isTrue();
        assertThat(Request.SET_ADVERTISER.creates(advertiser.toBuilder().id(7).build())).isFalse();
        SetAffiliateBaseInfo affiliate = AffiliateRequests.affiliate();
        assertThat(Request.SET_AFFILIATE_BASE_INFO.creates(affiliate.toBuilder().id(null).build())).isTrue();
        assertThat(Request.SET_AFFILIATE_BASE_INFO.creates(affiliate.toBuilder().id(7).build())).isFalse();
        SetOfferEventBaseInfo event = EventRequests.event();
        assertThat(event.id()).isNull();
        assertThat(Request.SET_OFFER_EVENT_BASE_INFO.creates(event)).isTrue();
        assertThat(Request.SET_OFFER_EVENT_BASE_INFO.creates(SetOfferEventBaseInfo.of(event.offerId(),
                event.event().toBuilder().id(7).build()))).isFalse();
    }

    /** A postback setting is named by its affiliate and offer; a URL without its {@code post_back_id} is a new one. */
    @Test
    void aPostbackSettingCreatesWhenOneOfItsUrlsHasNoId() {
        SetAffiliatePostback setting = AffiliateRequests.postback();
        assertThat(setting.postBackUrls()).allSatisfy(url -> assertThat(url.postBackId()).isNull());
        assertThat(Request.SET_AFFILIATE_POSTBACK.creates(setting)).isTrue();
        SetAffiliatePostback oneNew = setting.toBuilder().postBackUrls(List.of(
                setting.postBackUrls().get(0).toBuilder().postBackId(3).build(), setting.postBackUrls().get(1))).build();
        assertThat(Request.SET_AFFILIATE_POSTBACK.creates(oneNew)).isTrue();
        SetAffiliatePostback named = setting.toBuilder().postBackUrls(List.of(
                setting.postBackUrls().get(0).toBuilder().postBackId(3).build(),
                setting.postBackUrls().get(1).toBuilder().postBackId(4).build())).build();
        assertThat(Request.SET_AFFILIATE_POSTBACK.creates(named)).isFalse();
        assertThat(Request.SET_AFFILIATE_POSTBACK.creates(setting.toBuilder().postBackUrls(null).build())).isFalse();
    }

    @Test
    void everyOtherRowCreatesNothing() {
        for (Request row : Request.values()) {
            if (!CREATING.contains(row)) {
                assertThat(row.creates(Requests.valid(row))).as(row.method()).isFalse();
            }
        }
    }

    @Test
    void anotherRecordIsRefused() {
        assertThatThrownBy(() -> Request.SET_ADVERTISER.creates(Offers.minimal()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a setAdvertiser body: Offer");
        assertThatThrownBy(() -> Request.SET_ADVERTISER.creates(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a setAdvertiser body: null");
    }

    @Test
    void theRefusalNamesTheTypeNotTheValuesOfTheBody() {
        // a record's text holds a password of setAffiliateBaseInfo: the message ends up in logs
        Object body = SetAffiliateBaseInfo.builder().email("a@b.co").password("hunter2-secret").build();
        assertThatThrownBy(() -> Request.SET_OFFER.creates(body))
                .hasMessage("not a setOffer body: SetAffiliateBaseInfo");
        assertThatThrownBy(() -> Request.SET_OFFER.keyOf(body))
                .hasMessage("not a setOffer body: SetAffiliateBaseInfo");
    }
}
