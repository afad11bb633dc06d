package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.fixtures.RequestMutation;
import org.offerrules.validation.fixtures.CampaignRequests;
import org.offerrules.validation.fixtures.Requests;
import org.offerrules.validation.model.GetConversions;
import org.offerrules.validation.model.Event;
import org.offerrules.validation.model.GetOfferById;
import org.offerrules.validation.model.SetOfferEventBaseInfo;
import org.offerrules.validation.model.SetOfferSpecialPayouts;

/** The rules of every request other than the offer, through both engines of the one validator. */
class RequestRulesTest {

    static Stream<Arguments> mutations() {
        return Requests.all().stream()
                .flatMap(m -> Stream.of(Arguments.of(Engine.COMPILED, m), Arguments.of(Engine.HIBERNATE_VALIDATOR, m)));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void validExamplesPass(Engine engine) {
        OfferValidator validator = OfferRulesTest.validator(engine);
        for (Request request : Request.values()) {
            assertThat(validator.validate(Requests.valid(request)).violations()).as(request.method()).isEmpty();
        }
        assertThat(validator.validate(Requests.fullAdvertiser()).violations()).isEmpty();
        assertThat(validator.validate(Requests.applicationStatus().toBuilder().action("UnBlock").build()).isValid()).isTrue();
        assertThat(validator.validate(Requests.affiliateList().toBuilder().approvedAffiliate("").build()).isValid()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("mutations")
    void eachMutationYieldsExactlyItsCodeAtItsPointer(Engine engine, RequestMutation<?> mutation) {
        OfferValidator validator = OfferRulesTest.validator(engine);
        assertThat(validator.validate(mutation.base(), mutation.mode()).violations()).as("base").isEmpty();
        assertThat(validator.validate(mutation.apply(), mutation.mode()).violations())
                .extracting(v -> v.codeNumber() + " " + v.pointer())
                .containsExactly(mutation.code() + " " + mutation.pointer());
    }

    @Test
    void everyCodeARequestReportsHasAMutationAndEveryMutationARule() {
        for (Request request : Request.values()) {
            if (request == Request.SET_OFFER) {
                continue;
            }
            Set<Integer> mutated = Requests.of(request).stream().map(RequestMutation::code).collect(Collectors.toCollection(TreeSet::new));
            // the lookups' codes are RequestLookupsTest's and RequestUpdatesTest's
            Set<Integer> annotated = request.catalog().reported().stream()
                    .filter(c -> request.catalog().rules(c).stream().anyMatch(r -> r.kind() == Rule.Kind.ANNOTATION))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(mutated).as(request.method()).isEqualTo(annotated);
            for (int code : mutated) {
                assertThat(request.catalog().rules(code)).as(request.method() + " " + code)
                        .allSatisfy(r -> assertThat(r.sentence()).isNotBlank());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ValidationMode.class)
    void bothEnginesAgreeOnGeneratedRequests(ValidationMode mode) {
        enginesAgree(mode, 14, RequestRulesTest::generated);
    }

    /** Both engines report the same for 2,000 requests from {@code generator}, seeded with {@code seed}. */
    static void enginesAgree(ValidationMode mode, long seed, Function<Random, Object> generator) {
        Random random = new Random(seed);
        OfferValidator compiled = OfferRulesTest.validator(Engine.COMPILED);
        OfferValidator hibernate = OfferRulesTest.validator(Engine.HIBERNATE_VALIDATOR);
        for (int i = 0; i < 2_000; i++) {
            Object request = generator.apply(random);
            assertThat(compiled.validate(request, mode)).as(request.toString()).isEqualTo(hibernate.validate(request, mode));
        }
    }

    /** A request of any type, each field absent, valid or invalid at random. */
    private static Object generated(Random r) {
        Integer[] ids = {null, 12, 0, -4, Integer.MAX_VALUE};
        long now = Requests.NOW.getEpochSecond();
        Long[] seconds = {null, -1L, now - 100, now - 50, now - 3, GetConversions.LAST_SECOND + 1};
        return switch (r.nextInt(9)) {
            case 0 -> Requests.fullAdvertiser().toBuilder().id(pick(r, ids))
                    .email(pick(r, null, "ops@example.com", "x@", "a..b@x.io", ""))
                    .status(pick(r, null, "Active", "active", "Blocked"))
                    .company(pick(r, null, "Acme", " ")).firstName(pick(r, null, "Ada", ""))
                    .amId(pick(r, ids)).password(pick(r, null, "12345", "123456"))
                    .imType(pick(r, null, "QQ", "qq", "MSN")).country(pick(r, null, "US", "CA", "us", "XX"))
                    .state(pick(r, null, "CA", "ON", "ZZ")).build();
            case 1 -> Requests.applicationStatus().toBuilder().id(pick(r, ids))
                    .action(pick(r, null, "approve", "DENY", "Block", "approved", "")).build();
            case 2 -> Requests.link().toBuilder().a(pick(r, ids)).o(pick(r, ids)).build();
            case 3 -> Requests.conversionStatus().toBuilder()
                    .conversionIds(pick(r, null, "201512_1", "201512_1,201513_2", "x", "201512_1 , 201601_0002",
                            "201512_1,".repeat(11) + "201512_1"))
                    .status(pick(r, null, "Approved", "Rejected", "approved")).build();
            case 4 -> GetConversions.builder().from(pick(r, seconds)).to(pick(r, seconds)).build();
            case 5 -> CampaignRequests.fullOffersById().toBuilder().id(pick(r, null, "", "11,12", "11;12", "0", "1,".repeat(100) + "1"))
                    .countries(pick(r, null, "", "US", "us", CampaignRequests.countries(51)))
                    .categories(pick(r, null, "6,7", "6,x", "1,".repeat(50) + "1"))
                    .backupOfferId(pick(r, ids)).geoRedirectOfferId(pick(r, ids)).build();
            case 6 -> SetOfferEventBaseInfo.of(pick(r, ids), Event.builder().id(pick(r, ids))
                    .eTkn(pick(r, null, "t_1", "a b")).eventName(pick(r, null, "Install", " "))
                    .status(pick(r, null, 0, 1, 2)).isPrivate(pick(r, null, 0, 1, 5))
                    .preEventId(pick(r, null, -1, -2, 0, 3)).build());
            case 7 -> SetOfferSpecialPayouts.of(pick(r, ids), pick(r, null, "[]", "[{}]", "[{\"a\":1},]", "{}", "[1]", ""));
            default -> Requests.affiliateList().toBuilder().id(pick(r, ids))
                    .approvedAffiliate(pick(r, null, "", "11,12", "11,bob", "7"))
                    .blockedAffiliate(pick(r, null, "", "12", "21,", "7, 8")).build();
        };
    }

    @SafeVarargs
    static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void whetherAConversionWindowEndedLongEnoughAgoIsTheValidatorsClocksAnswer(Engine engine) {
        GetConversions window = Requests.conversions();   // ends 50 s before Requests.NOW
        Function<Long, List<String>> at = secondsBeforeNow -> OfferValidator.builder().engine(engine)
                .clock(Clock.offset(Requests.CLOCK, Duration.ofSeconds(-secondsBeforeNow))).build()
                .validate(window).violations().stream().map(v -> v.codeNumber() + " " + v.pointer()).toList();
        assertThat(at.apply(0L)).isEmpty();
        assertThat(at.apply(45L)).as("ends exactly 5 s before now").isEmpty();
        assertThat(at.apply(46L)).containsExactly("6481 /to");
        assertThat(at.apply(3600L)).containsExactly("6481 /to");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void offerAccessListsMayHoldExactlyTheirMaximum(Engine engine) {
        OfferValidator validator = OfferRulesTest.validator(engine);
        GetOfferById atTheLimits = CampaignRequests.fullOffersById().toBuilder()
                .id(CampaignRequests.items(100, String::valueOf)).countries(CampaignRequests.countries(50))
                .categories(CampaignRequests.items(50, i -> " " + i + " ")).build();
        assertThat(validator.validate(CampaignRequests.fullOffersById()).violations()).isEmpty();
        assertThat(validator.validate(atTheLimits).violations()).isEmpty();
        assertThat(validator.validate(atTheLimits.toBuilder().id("").build()).violations())
                .extracting(v -> v.codeNumber() + " " + v.pointer()).containsExactly("6301 /id");
    }

    @Test
    void anObjectThatIsNoRequestIsRejected() {
        assertThatThrownBy(() -> OfferValidator.create().validate("setOffer")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmailFollowsTheCommonAddrSpec() {
        OfferValidator validator = OfferValidator.create();
        for (String good : new String[] {"a@b.co", "first.last+tag@mail.example.org", "o'neil@x-y.io", "#!$%&*/=?^_`{|}~@ex.com"}) {
            assertThat(validator.validate(Requests.advertiser().toBuilder().email(good).build()).isValid()).as(good).isTrue();
        }
        for (String bad : new String[] {"x@", "@x.com", ".a@x.com", "a.@x.com", "a b@x.com", "\"a b\"@x.com", "a@[192.0.2.1]",
                "a@-x.com", "a@x.c", "a@x..com", "a@x.123", "é@x.com", "a".repeat(65) + "@x.com"}) {
            assertThat(validator.validate(Requests.advertiser().toBuilder().email(bad).build()).violations())
                    .as(bad).extracting(Violation::codeNumber).containsExactly(6112);
        }
    }
}
