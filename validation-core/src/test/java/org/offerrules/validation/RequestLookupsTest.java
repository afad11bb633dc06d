package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.fixtures.AffiliateRequests;
import org.offerrules.validation.fixtures.Requests;
import org.offerrules.validation.model.SetAdvertiser;
import org.offerrules.validation.model.SetAffiliateBaseInfo;

/** The other requests' existence codes, asked of an {@link OfferLookup}; skipped without one. Both engines. */
class RequestLookupsTest {

    /** Knows nothing: every reference is unknown, every email belongs to advertiser and affiliate 99. */
    static final OfferLookup NOTHING_EXISTS = new OfferLookup() {
        @Override
        public boolean advertiserExists(int advertiserId) {
            return false;
        }

        @Override
        public boolean offerExists(int offerId) {
            return false;
        }

        @Override
        public boolean payoutTierExists(int tierId) {
            return false;
        }

        @Override
        public boolean advertiserManagerExists(int managerId) {
            return false;
        }

        @Override
        public Integer advertiserWithEmail(String email) {
            return 99;
        }

        @Override
        public boolean affiliateExists(int affiliateId) {
            return false;
        }

        @Override
        public Integer affiliateWithEmail(String email) {
            return 99;
        }

        @Override
        public boolean affiliateManagerExists(int managerId) {
            return false;
        }

        @Override
        public boolean offerApplicationExists(int applicationId) {
            return false;
        }
    };

    static Stream<Arguments> engines() {
        return Stream.of(Arguments.of(Engine.COMPILED), Arguments.of(Engine.HIBERNATE_VALIDATOR));
    }

    static List<Object> found(ValidationReport report) {
        return report.violations().stream().map(v -> (Object) tuple(v.codeNumber(), v.pointer())).toList();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void eachRequestAsksAboutItsReferences(Engine engine) {
        OfferValidator v = OfferValidator.builder().engine(engine).lookup(NOTHING_EXISTS).build();

        assertThat(found(v.validate(Requests.fullAdvertiser()))).containsExactly(
                tuple(6109, "/am_id"), tuple(6113, "/email"));
        // a report lists its violations by pointer
        assertThat(found(v.validate(Requests.fullAdvertiser().toBuilder().id(5).build(), ValidationMode.UPDATE)))
                .containsExactly(tuple(6109, "/am_id"), tuple(6113, "/email"), tuple(6105, "/id"));
        assertThat(found(v.validate(AffiliateRequests.fullAffiliate()))).containsExactly(
                tuple(6213, "/am_id"), tuple(6207, "/email"), tuple(6216, "/payout_tier_id"));
        assertThat(found(v.validate(AffiliateRequests.fullAffiliate().toBuilder().id(21).build(), ValidationMode.UPDATE)))
                .containsExactly(tuple(6213, "/am_id"), tuple(6207, "/email"), tuple(6204, "/id"),
                        tuple(6216, "/payout_tier_id"));
        assertThat(found(v.validate(AffiliateRequests.paymentInfo()))).containsExactly(tuple(6204, "/id"));
        assertThat(found(v.validate(AffiliateRequests.postback()))).containsExactly(tuple(6204, "/id"));
        assertThat(found(v.validate(Requests.affiliateList()))).containsExactly(tuple(6304, "/id"));
        assertThat(found(v.validate(Requests.link()))).containsExactly(tuple(6403, "/a"), tuple(6413, "/o"));
        assertThat(found(v.validate(Requests.applicationStatus()))).containsExactly(tuple(6802, "/id"));
        assertThat(found(v.validate(Requests.fullReport()))).isEmpty();
    }

    @Test
    void withoutALookupNothingIsAsked() {
        OfferValidator v = OfferValidator.create();
        for (Request r : Request.values()) {
            if (r != Request.SET_OFFER) {
                assertThat(v.validate(Requests.valid(r)).violations()).as(r.method()).isEmpty();
            }
        }
        assertThat(v.validate(Requests.fullAdvertiser()).isValid()).isTrue();
    }

    @Test
    void anInvalidReferenceIsItsInvalidCodeAndIsNotLookedUp() {
        OfferValidator v = OfferValidator.builder().lookup(NOTHING_EXISTS).build();

        assertThat(found(v.validate(Requests.advertiser().toBuilder().amId(-1).email("x@").build())))
                .containsExactly(tuple(6108, "/am_id"), tuple(6112, "/email"));
        assertThat(found(v.validate(Requests.link().toBuilder().a(0).build())))
                .containsExactly(tuple(6402, "/a"), tuple(6413, "/o"));
    }

    @Test
    void theOwnEmailOfAnUpdateIsNoDuplicate() {
        OfferValidator v = OfferValidator.builder().lookup(new OfferLookup() {
            @Override
            public Integer advertiserWithEmail(String email) {
                return email.equals("ops@example.com") ? 5 : null;
            }

            @Override
            public Integer affiliateWithEmail(String email) {
                return email.equals("pub@example.com") ? 21 : null;
            }
        }).build();

        assertThat(v.validate(SetAdvertiser.builder().id(5).email("ops@example.com").build(), ValidationMode.UPDATE)
                .isValid()).isTrue();
        assertThat(found(v.validate(SetAdvertiser.builder().id(6).email("ops@example.com").build(), ValidationMode.UPDATE)))
                .containsExactly(tuple(6113, "/email"));
        assertThat(found(v.validate(Requests.advertiser()))).containsExactly(tuple(6113, "/email"));
        assertThat(v.validate(Requests.advertiser().toBuilder().email("new@example.com").build()).isValid()).isTrue();
        assertThat(found(v.validate(AffiliateRequests.affiliate()))).containsExactly(tuple(6207, "/email"));
        assertThat(v.validate(SetAffiliateBaseInfo.builder().id(21).email("pub@example.com").build(),
                ValidationMode.UPDATE).isValid()).isTrue();
    }

    @Test
    void theLookupCodesOfTheOtherRequestsAreTheOnesTestedHere() {
        java.util.Set<Integer> lookups = new java.util.TreeSet<>();
        for (Request r : Request.values()) {
            if (r != Request.SET_OFFER) {
                for (int code : r.catalog().reported()) {
                    if (r.catalog().rules(code).stream().anyMatch(rule -> rule.kind() == Rule.Kind.LOOKUP)) {
                        lookups.add(code);
                    }
                }
            }
        }
        // 6229: asked of the network's post-back URLs, and what a postback update names against the current setting
        assertThat(lookups).containsExactly(6105, 6109, 6113, 6204, 6207, 6213, 6216, 6229, 6304, 6403, 6413, 6802);
    }

    @Test
    void theCatalogListsTheLookupsOfEachRequest() {
        assertThat(Request.GENERATE_LINK.catalog().rules(6413)).extracting(Rule::kind, Rule::pointer, Rule::source)
                .containsExactly(tuple(Rule.Kind.LOOKUP, "/o", "OfferLookup.offerExists"));
        assertThat(Request.SET_ADVERTISER.catalog().rules(6105)).extracting(Rule::pointer, Rule::source)
                .containsExactly(tuple("/id", "OfferLookup.advertiserExists"),
                        tuple("/id", "OfferValidator.validateUpdate"));
        assertThat(Request.SET_AFFILIATE_POSTBACK.catalog().rules(6229)).extracting(Rule::pointer, Rule::source)
                .containsExactly(tuple("/post_back_urls/*/post_back_id", "OfferLookup.postbackUrlExists"),
                        tuple("/post_back_urls/*/post_back_id", "OfferValidator.validateUpdate"));
    }
}
