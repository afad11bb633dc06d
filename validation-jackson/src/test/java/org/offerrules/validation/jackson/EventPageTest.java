package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Event;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.SetOfferEventBaseInfo;

/**
 * Issue 24, {@code setOfferEventBaseInfo} as its method page documents it
 * (https://support.fuseclick.com/api/afn/setofferMethods/2016/0808/256.html; docs/decisions/requests.md): every
 * parameter of the page is read and checked, a documented default is never required, {@code offer_id} is
 * required on create only, and the event's price follows the page. Each case through the Java API, the JSON
 * reader and the form reader, by code and pointer.
 */
class EventPageTest {

    private static final OfferReader CREATE = OfferReader.builder().request(SetOfferEventBaseInfo.class).build();
    private static final OfferReader UPDATE = OfferReader.builder().request(SetOfferEventBaseInfo.class)
            .mode(ValidationMode.UPDATE).build();
    private static final OfferValidator JAVA_CREATE = OfferValidator.create();
    private static final OfferValidator JAVA_UPDATE = OfferValidator.builder().mode(ValidationMode.UPDATE).build();

    /** Every parameter of the page, with a value the page allows: a second event of offer 12 to create. */
    private static Map<String, Object> page() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("offer_id", 12);
        p.put("e_tkn", "sign_up");
        p.put("event_name", "Sign up");
        p.put("is_private", 0);
        p.put("pre_event_id", 3);
        p.put("description", "The user signs up");
        p.put("status", 1);
        p.put("tracking_method", "Server Postback URL");
        p.put("is_end_point", 1);
        p.put("revenue_type", "RPA");
        p.put("revenue", 2.5);
        p.put("revenue_percent", 10);
        p.put("payout_type", "CPA");
        p.put("payout", 1.5);
        p.put("payout_percent", 5);
        p.put("can_multiply_conversion", 0);
        p.put("need_approval", 0);
        p.put("conversion_point", "SOI");
        return p;
    }

    private static Map<String, Object> with(Map<String, Object> base, String name, Object value) {
        Map<String, Object> p = new LinkedHashMap<>(base);
        if (value == null) {
            p.remove(name);
        } else {
            p.put(name, value);
        }
        return p;
    }

    private static String json(Map<String, Object> p) {
        return p.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": " + (e.getValue() instanceof String s ? "\"" + s + "\"" : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String form(Map<String, Object> p) {
        return p.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static List<String> found(ValidationReport report) {
        List<String> out = new ArrayList<>();
        for (Violation v : report.violations()) {
            out.add(v.codeNumber() + " " + v.pointer());
        }
        return out;
    }

    /** The findings of {@code p} read by {@code reader} from JSON, and from a form body, which must agree. */
    private static List<String> read(OfferReader reader, Map<String, Object> p) {
        ReadResult fromJson = reader.read(json(p));
        ReadResult fromForm = reader.readForm(form(p));
        assertThat(found(fromForm.report())).as("form body %s", form(p)).isEqualTo(found(fromJson.report()));
        return found(fromJson.report());
    }

    /** The findings of {@code p} read from JSON and validated again through the Java API, which must agree. */
    private static List<String> checked(Map<String, Object> p) {
        List<String> read = read(CREATE, p);
        SetOfferEventBaseInfo request = CREATE.read(json(p)).request(SetOfferEventBaseInfo.class);
        assertThat(found(JAVA_CREATE.validate(request))).as("Java API").isEqualTo(read);
        return read;
    }

    @Test
    void everyParameterOfThePageIsReadAndValid() {
        assertThat(checked(page())).isEmpty();
        SetOfferEventBaseInfo request = CREATE.read(json(page())).request(SetOfferEventBaseInfo.class);
        assertThat(request.trackingMethod()).isEqualTo("Server Postback URL");
        assertThat(request.payout()).isEqualTo(1.5);
        assertThat(request.revenuePercent()).isEqualTo(10.0);
        assertThat(request.conversionPoint()).isEqualTo("SOI");
        assertThat(request.description()).isEqualTo("The user signs up");
        // the request carries the whole event: an offer document's event with the same fields
        assertThat(SetOfferEventBaseInfo.of(12, request.event())).isEqualTo(request);
        assertThat(OfferWriter.toJson(request)).contains("\"need_approval\":0").contains("\"revenue_type\":\"RPA\"");
    }

    @Test
    void aCreateWithoutStatusTakesThePagesDefault() {
        assertThat(checked(with(page(), "status", null))).isEmpty();
        assertThat(checked(with(page(), "status", 2))).containsExactly("6740 /status");
    }

    @Test
    void anUpdateNamesItsEventByIdWithoutOfferId() {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("id", 4);
        update.put("payout", 2);
        assertThat(read(UPDATE, update)).isEmpty();
        SetOfferEventBaseInfo request = UPDATE.read(json(update)).request(SetOfferEventBaseInfo.class);
        assertThat(found(JAVA_UPDATE.validate(request))).isEmpty();
        assertThat(read(UPDATE, with(update, "offer_id", 0))).containsExactly("6704 /offer_id");
        assertThat(read(UPDATE, with(update, "id", null))).containsExactly("6702 /id");
        assertThat(checked(with(page(), "offer_id", null))).containsExactly("6704 /offer_id");
    }

    @Test
    void theEventsDocumentedValuesAreChecked() {
        assertThat(checked(with(page(), "revenue_type", "RPX"))).containsExactly("6714 /revenue_type");
        assertThat(checked(with(page(), "payout_type", "CPX"))).containsExactly("6720 /payout_type");
        assertThat(checked(with(page(), "tracking_method", "Email Postback"))).containsExactly("6726 /tracking_method");
        assertThat(checked(with(page(), "is_end_point", 2))).containsExactly("6727 /is_end_point");
        assertThat(checked(with(page(), "need_approval", 2))).containsExactly("6728 /need_approval");
        assertThat(checked(with(page(), "can_multiply_conversion", 2))).containsExactly("6729 /can_multiply_conversion");
        assertThat(checked(with(page(), "payout", -1))).containsExactly("6723 /payout");
        assertThat(checked(with(page(), "revenue", -1))).containsExactly("6717 /revenue");
        assertThat(checked(with(page(), "payout_percent", 101))).containsExactly("6724 /payout_percent");
        assertThat(checked(with(page(), "conversion_point", "Lead"))).containsExactly("6745 /conversion_point");
    }

    @Test
    void theDocumentedParametersAreNotUnknown() {
        assertThat(CREATE.read(json(page())).report().violations()).noneMatch(v -> v.codeNumber() == 6820);
        assertThat(CREATE.readForm(form(page())).report().violations()).noneMatch(v -> v.codeNumber() == 6820);
        assertThat(read(CREATE, with(page(), "payout_tier", 1))).containsExactly("6820 /payout_tier");
    }

    @Test
    void aCreateNeedsBothPricesAsThePageSays() {
        assertThat(checked(with(page(), "revenue_type", null))).containsExactly("6713 /revenue_type");
        assertThat(checked(with(page(), "revenue", null))).containsExactly("6715 /revenue");
        assertThat(checked(with(page(), "payout_type", null))).containsExactly("6719 /payout_type");
        assertThat(checked(with(page(), "payout", null))).containsExactly("6721 /payout");
        // an update changes only what it carries: no price is needed
        assertThat(read(UPDATE, Map.of("id", 4, "status", 0))).isEmpty();
    }

    @Test
    void theEventPagesSpellingOfTheCombinedTypesIsAccepted() {
        Map<String, Object> combined = with(with(page(), "payout_type", "CPA + CPS"), "revenue_type", "RPA + RPS");
        assertThat(checked(combined)).isEmpty();
        assertThat(checked(with(combined, "payout_percent", null))).containsExactly("6722 /payout_percent");
        assertThat(checked(with(combined, "revenue_percent", null))).containsExactly("6716 /revenue_percent");
        assertThat(checked(with(page(), "payout_type", "CPA+CPS"))).isEmpty();
        assertThat(checked(with(page(), "payout_type", "CPA  + CPS"))).containsExactly("6720 /payout_type");
        // letter case aside, as every named value (issue 24, docs/decisions/vendor-conformance.md)
        assertThat(checked(with(page(), "payout_type", "cpa + cps"))).isEmpty();
    }

    @Test
    void eventsInsideAnOfferFollowTheEventPageToo() {
        Event initial = Offers.events(1).get(0);
        Offer spaced = Offers.minimal().toBuilder().events(List.of(initial.toBuilder().payoutType("CPA + CPS")
                .payoutPercent(5.0).revenueType("RPA + RPS").revenuePercent(10.0).build())).build();
        assertThat(found(JAVA_CREATE.validate(spaced))).isEmpty();
        OfferReader offers = OfferReader.create();
        assertThat(found(offers.read(OfferWriter.toJson(spaced)).report())).isEmpty();

        Offer noRevenueType = Offers.minimal().toBuilder().events(List.of(initial.toBuilder().revenueType((String) null)
                .build())).build();
        assertThat(found(JAVA_CREATE.validate(noRevenueType))).containsExactly("6713 /events/0/revenue_type");
        assertThat(found(offers.read(OfferWriter.toJson(noRevenueType)).report()))
                .containsExactly("6713 /events/0/revenue_type");
        assertThat(found(JAVA_UPDATE.validate(noRevenueType.toBuilder().id(7).build()))).isEmpty();
    }
}
