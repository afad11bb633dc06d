package org.offerrules.validation.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.validation.ApiError;
import org.offerrules.validation.BatchCheck;
import org.offerrules.validation.ClientAction;
import org.offerrules.validation.NetworkData;
import org.offerrules.validation.OfferLookup;
import org.offerrules.validation.OfferValidationException;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ProblemDetails;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.fixtures.NetworkFolder;
import org.offerrules.validation.model.AccessType;
import org.offerrules.validation.model.CapInterval;
import org.offerrules.validation.model.CapType;
import org.offerrules.validation.model.Caps;
import org.offerrules.validation.model.GeoEntry;
import org.offerrules.validation.model.GeoTargeting;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.OfferStatus;
import org.offerrules.validation.model.OfferType;
import org.offerrules.validation.model.PayoutType;
import org.offerrules.validation.model.TrackingProtocol;

/** The code of docs/java-api.md, compiled and run. */
class JavaApiGuideTest {

    // snippet: validator
    // Build once (it compiles the rules) and share: it is immutable and thread-safe.
    static final OfferValidator VALIDATOR = OfferValidator.create();
    // end: validator

    static Offer buildOffer() {
        // snippet: build
        Offer offer = Offer.builder()
                .advertiserId(12)
                .name("Summer Sale")
                .status(OfferStatus.ACTIVE)
                .expireDate("2030/12/31")
                .type(OfferType.MOBILE)
                .url("https://track.example.com/click?tid={TID}")
                .accessType(AccessType.PUBLIC)
                .ssl(1)
                .trackingProtocol(TrackingProtocol.SERVER_POSTBACK_URL)
                .currency(1)
                .payoutType(PayoutType.CPA)
                .payout(2.5)
                .caps(Caps.builder()
                        .hasCapLimit(1).capType(CapType.CONVERSION)
                        .capOverallLimit(1000L).capInterval(CapInterval.DAILY).capIntervalLimit(100L)
                        .capAffiliateOverallLimit(500L).capAffiliateInterval(CapInterval.DAILY)
                        .capAffiliateIntervalLimit(50L)
                        .build())
                .geo(GeoTargeting.builder()
                        .geoTargeting(1).geoType(1).geoEnforce(0)
                        .geoCountries(List.of(GeoEntry.of("US"), GeoEntry.include("CA", "QC"), GeoEntry.parse("DE")))
                        .build())
                .build();
        // end: build
        return offer;
    }

    @Test
    void validate() {
        Offer offer = buildOffer();
        // snippet: validate
        ValidationReport report = VALIDATOR.validate(offer);
        if (!report.isValid()) {
            for (Violation v : report.violations()) {
                System.out.printf("%d %s at %s%n", v.code().number(), v.message(), v.pointer());
            }
        }
        // end: validate
        assertThat(report.violations()).isEmpty();

        Offer broken = offer.toBuilder().caps(offer.caps().toBuilder().capIntervalLimit(5000L).build()).build();
        // snippet: violation
        Violation first = VALIDATOR.validate(broken).violations().get(0);
        first.code().number();      // 6399
        first.pointer();            // "/cap_overall_limit"
        first.message();            // "Overall limitation should be more than others, ..."
        first.code().httpStatus();  // 400: what the network API would answer
        first.code().action();      // FIX_REQUEST
        // end: violation
        assertThat(first.code().number()).isEqualTo(6399);
        assertThat(first.pointer()).isEqualTo("/cap_overall_limit");
        assertThat(first.code().action()).isEqualTo(ClientAction.FIX_REQUEST);
    }

    @Test
    void createAndUpdate() {
        // snippet: update
        Offer rename = Offer.builder().id(31).name("Summer Sale 2").build();
        VALIDATOR.validate(rename, ValidationMode.UPDATE);   // valid: update needs only the id
        VALIDATOR.validate(rename, ValidationMode.CREATE);   // 6305, 6310, 6311, ...: create needs the rest
        // end: update
        assertThat(VALIDATOR.validate(rename, ValidationMode.UPDATE).violations()).isEmpty();
        assertThat(VALIDATOR.validate(rename, ValidationMode.CREATE).codeNumbers()).contains(6305, 6310, 6311);
    }

    @Test
    void updateAgainstTheCurrentOffer() {
        Offer current = buildOffer().toBuilder().id(31)
                .caps(Caps.builder().hasCapLimit(1).capType("Conversion").capOverallLimit(300.0).capInterval("Daily")
                        .capIntervalLimit(100.0).capAffiliateOverallLimit(200.0).capAffiliateInterval("Daily")
                        .capAffiliateIntervalLimit(50.0).build())
                .build();
        // snippet: update-current
        Offer update = Offer.builder().id(31).caps(Caps.builder().capIntervalLimit(500.0).build()).build();
        ValidationReport report = VALIDATOR.validateUpdate(current, update);
        // 6399 at /cap_interval_limit: the merged interval limit exceeds the current overall limit (300)
        // end: update-current
        assertThat(report.violations()).extracting(Violation::codeNumber, Violation::pointer)
                .containsExactly(tuple(6399, "/cap_interval_limit"));
    }

    @Test
    void requireValid() {
        Offer broken = buildOffer().toBuilder().status("Live").build();
        // snippet: require
        try {
            VALIDATOR.requireValid(broken);
        } catch (OfferValidationException e) {
            ValidationReport everything = e.report();   // every problem, not only the first
        }
        // end: require
        assertThatThrownBy(() -> VALIDATOR.requireValid(broken)).isInstanceOf(OfferValidationException.class);
    }

    @Test
    void lookupsFailFastAndLocale() {
        Set<Integer> knownAdvertisers = Set.of(12);
        // snippet: lookup
        OfferValidator withLookups = OfferValidator.builder()
                .lookup(new OfferLookup() {
                    @Override
                    public boolean advertiserExists(int advertiserId) {
                        return knownAdvertisers.contains(advertiserId);   // your service's data
                    }
                })
                .failFast(false)            // true: stop at the first violation
                .locale(Locale.GERMAN)      // messages from messages_de.properties, English otherwise
                .mode(ValidationMode.CREATE)
                .build();
        // end: lookup
        assertThat(withLookups.validate(buildOffer()).violations()).isEmpty();
        assertThat(withLookups.validate(buildOffer().toBuilder().advertiserId(13).build()).codeNumbers())
                .containsExactly(6307);
    }

    @Test
    void theNetworksDataFolder(@TempDir Path folder) throws Exception {
        NetworkFolder.write(folder);
        // snippet: network-data
        NetworkData network = NetworkData.load(folder);   // advertisers.json, offers.ndjson, categories.csv, ...
        OfferValidator withData = OfferValidator.builder().lookup(network).build();
        boolean checked = network.answers("advertiserExists");   // false without an advertisers file: 6307 skipped
        // end: network-data
        assertThat(checked).isTrue();
        assertThat(withData.validate(NetworkFolder.knownOffer()).violations()).isEmpty();
        assertThat(withData.validate(NetworkFolder.knownOffer().toBuilder().advertiserId(13).build()).violations())
                .extracting(Violation::codeNumber, Violation::pointer).containsExactly(tuple(6307, "/advertiser_id"));
    }

    @Test
    void aBatchAgainstItself() {
        List<Offer> offers = List.of(buildOffer().toBuilder().id(41).build(), buildOffer().toBuilder().id(41).build());
        OfferValidator validator = OfferValidator.builder().mode(ValidationMode.UPDATE).build();
        List<Violation> found = new java.util.ArrayList<>();
        // snippet: batch
        BatchCheck batch = new BatchCheck(validator);   // its findings at the validator's rule settings
        for (Offer offer : offers) {            // in the batch's order
            ValidationReport report = validator.validate(offer);
            found.addAll(report.violations());
            found.addAll(batch.check(offer, report.violations()));   // 6006 at the second update of one id
        }
        // end: batch
        assertThat(found).extracting(Violation::codeNumber, Violation::pointer, Violation::severity)
                .containsExactly(tuple(6006, "/id", org.offerrules.validation.Severity.WARNING));
    }

    @Test
    void apiErrorsAndProblemDetails() {
        ValidationReport report = VALIDATOR.validate(buildOffer().toBuilder().ssl(2).build());
        // snippet: problem
        String body = ProblemDetails.of(report).toJson();   // answer with HTTP 400, application/problem+json
        // end: problem
        assertThat(body).contains("\"code\":6319");

        // snippet: decode
        ApiError error = ApiError.decode(429, 6041, "Frequent Limitation");
        switch (error.action()) {
            case THROTTLE, RETRY -> System.out.println("retry in " + error.retryAfterHint() + " s");
            case REAUTHENTICATE -> System.out.println("refresh the API key");
            case CHECK_PERMISSION -> System.out.println("check the plan and permissions");
            case FIX_REQUEST -> System.out.println("fix the offer: " + error.message());
        }
        // end: decode
        assertThat(error.throttled()).isTrue();
    }

    @Test
    void theGuideShowsThisCode() throws Exception {
        Path root = Snippets.root();
        Snippets.assertInSync(root.resolve("docs/java-api.md"),
                List.of(root.resolve("validation-core/src/test/java/org/offerrules/validation/guide/JavaApiGuideTest.java")));
    }
}
