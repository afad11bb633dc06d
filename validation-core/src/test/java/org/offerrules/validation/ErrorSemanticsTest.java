package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.fixtures.Offers;

class ErrorSemanticsTest {

    @Test
    void decodesTheApisErrorsIntoTheCatalogsCodeAndAction() {
        ApiError throttled = ApiError.decode(429, 6041, "Frequent Limitation");
        assertThat(throttled.code()).contains(ErrorCode.of(6041));
        assertThat(throttled.action()).isEqualTo(ClientAction.THROTTLE);
        assertThat(throttled.throttled()).isTrue();
        assertThat(throttled.retryable()).isTrue();
        assertThat(throttled.retryAfterHint()).isEqualTo(30);

        ApiError busy = ApiError.decode(200, 6814, null);
        assertThat(busy.action()).isEqualTo(ClientAction.RETRY);
        assertThat(busy.message()).isEqualTo("Please try later because last request is in processing.");

        ApiError offer = ApiError.decode(400, 6399, "Overall limitation should be more than others");
        assertThat(offer.action()).isEqualTo(ClientAction.FIX_REQUEST);
        assertThat(offer.retryable()).isFalse();

        assertThat(ApiError.decode(403, 6012, "Invalid API Key").action()).isEqualTo(ClientAction.REAUTHENTICATE);
        assertThat(ApiError.decode(403, 6920, null).action()).isEqualTo(ClientAction.CHECK_PERMISSION);
        assertThat(ApiError.decode(500, 6005, null).retryable()).isTrue();
    }

    @Test
    void withoutAKnownCodeTheHttpStatusClassDecides() {
        assertThat(ApiError.decode(401, null, "Login session expired").action()).isEqualTo(ClientAction.REAUTHENTICATE);
        assertThat(ApiError.decode(403, null, null).action()).isEqualTo(ClientAction.CHECK_PERMISSION);
        assertThat(ApiError.decode(429, null, "Too many requests").throttled()).isTrue();
        assertThat(ApiError.decode(502, 9999, null)).satisfies(e -> {
            assertThat(e.code()).isEmpty();
            assertThat(e.number()).isEqualTo(9999);
            assertThat(e.action()).isEqualTo(ClientAction.RETRY);
            assertThat(e.message()).isEqualTo("HTTP 502");
        });
        assertThat(ApiError.decode(400, null, null).action()).isEqualTo(ClientAction.FIX_REQUEST);
        assertThat(ApiError.decode(503, 6399, null).action()).isEqualTo(ClientAction.RETRY);
        // no HTTP status at all: not a failing server, and the same request would get the same answer
        assertThat(ApiError.decode(600, null, null).action()).isEqualTo(ClientAction.FIX_REQUEST);
        assertThat(ApiError.decode(999, 6399, null).retryable()).isFalse();
        assertThat(ApiError.decode(599, null, null).action()).isEqualTo(ClientAction.RETRY);
    }

    @Test
    void rendersAReportAsProblemDetails() {
        ValidationReport report = OfferValidator.create().validate(Offers.minimal().toBuilder()
                .name("Say \"hi\"\n").status("Live").ssl(2).build());

        ProblemDetails problem = ProblemDetails.of(report);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("https://offer-rules.org/problems/offer");
        assertThat(problem.title()).isEqualTo("Invalid offer request");
        assertThat(problem.detail()).isEqualTo("2 errors; first: 6319 Invalid SSL at /ssl");
        assertThat(problem.toJson()).isEqualTo("{\"type\":\"https://offer-rules.org/problems/offer\","
                + "\"title\":\"Invalid offer request\",\"status\":400,"
                + "\"detail\":\"2 errors; first: 6319 Invalid SSL at /ssl\",\"violations\":["
                + "{\"code\":6319,\"pointer\":\"/ssl\",\"message\":\"Invalid SSL\",\"severity\":\"error\"},"
                + "{\"code\":6303,\"pointer\":\"/status\",\"message\":\"Invalid Offer Status\",\"severity\":\"error\"}]}");
        assertThat(ProblemDetails.MEDIA_TYPE).isEqualTo("application/problem+json");
        assertThatThrownBy(() -> ProblemDetails.of(ValidationReport.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problemDetailsTakeAnotherTypeBase() {
        ValidationReport report = OfferValidator.create().validate(Offers.minimal().toBuilder().ssl(2).build());

        ProblemDetails problem = ProblemDetails.of(report).withTypeBase("https://api.example.com/problems/");

        assertThat(problem.type()).isEqualTo("https://api.example.com/problems/offer");
        assertThat(problem.violations()).extracting(Violation::codeNumber).containsExactly(6319);
        assertThatThrownBy(() -> problem.withTypeBase("urn:x:")).isInstanceOf(IllegalArgumentException.class);
    }
}
