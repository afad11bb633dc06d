package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.Severity;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.fixtures.Requests;
import org.offerrules.validation.model.ChangeOfferApplicationStatus;
import org.offerrules.validation.model.GenerateLink;
import org.offerrules.validation.model.ListPaging;
import org.offerrules.validation.model.ReportQuery;
import org.offerrules.validation.model.SetAdvertiser;
import org.offerrules.validation.model.SetConversionStatus;
import org.offerrules.validation.model.SetOfferAffiliateList;

/** Reading the requests other than the offer by class: the same binding codes and positions as offers. */
class RequestReadingTest {

    private static final OfferReader READER = OfferReader.create();

    private static List<String> found(ReadResult result) {
        List<String> out = new ArrayList<>();
        for (Violation v : result.report().violations()) {
            out.add(v.codeNumber() + " " + v.pointer() + " " + v.line() + ":" + v.column());
        }
        return out;
    }

    @Test
    void theVendorsExamplesReadAsTheFixtures() {
        ReadResult application = READER.read("{\"id\": 12, \"action\": \"approve\"}", ChangeOfferApplicationStatus.class);
        assertThat(application.isValid()).isTrue();
        assertThat(application.request(ChangeOfferApplicationStatus.class)).isEqualTo(Requests.applicationStatus());
        assertThat(application.offer()).isNull();
        assertThat(READER.read("{\"conversion_ids\": \"201512_1010,201512_1033,201512_1034,201512_1035,201512_1036,"
                + "201512_1037\", \"status\": \"Approved\"}", SetConversionStatus.class).request())
                .isEqualTo(Requests.conversionStatus());
        assertThat(READER.read("{\"id\": 12, \"approved_affiliate\": \"11,12,13\", \"blocked_affiliate\": \"21,22,23\"}",
                SetOfferAffiliateList.class).request()).isEqualTo(Requests.affiliateList());
        assertThat(READER.readForm("a=2&o=12").isValid()).isFalse(); // an offer reader reads offers
        OfferReader links = OfferReader.builder().request(GenerateLink.class).build();
        assertThat(links.readForm("a=2&o=12").request()).isEqualTo(Requests.link());
        assertThat(links.requestType()).isEqualTo(GenerateLink.class);
    }

    @Test
    void ruleViolationsHaveTheirPositions() {
        ReadResult result = READER.read("{\"email\":\"x@\",\"status\":\"Active\",\"company\":\"A\",\"first_name\":\"B\"}",
                SetAdvertiser.class);
        assertThat(found(result)).containsExactly("6112 /email 1:10");
        assertThat(found(READER.read("{\"id\": 12,\n \"action\": \"approved\"}", ChangeOfferApplicationStatus.class)))
                .containsExactly("6803 /action 2:12");
    }

    @Test
    void bindingProblemsUseTheFieldsCodes() {
        assertThat(found(READER.read("{\"id\": \"twelve\", \"action\": \"approve\"}", ChangeOfferApplicationStatus.class)))
                .containsExactly("6801 /id 1:8");
        assertThat(found(READER.read("{\"a\": 1.5, \"o\": 12}", GenerateLink.class))).containsExactly("6402 /a 1:7");
        ReadResult unknown = READER.read("{\"a\": 2, \"o\": 12, \"aff\": 3}", GenerateLink.class);
        assertThat(unknown.report().violations()).extracting(Violation::codeNumber, Violation::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6820, Severity.WARNING));
    }

    @Test
    void aComponentsWireNameIsWhatJsonAndFormBodiesCarryAndWhatTheWritersWrite() {
        OfferReader paging = OfferReader.builder().request(ListPaging.class).build();
        ListPaging byPayout = ListPaging.builder().page(1).limit(500).orderBy("payout").build();
        assertThat(paging.read("{\"page\": 1, \"limit\": 500, \"orderBy\": \"payout\"}").request()).isEqualTo(byPayout);
        assertThat(paging.readForm("page=1&limit=500&orderBy=payout").request()).isEqualTo(byPayout);
        assertThat(found(paging.read("{\"page\": 1, \"orderBy\": \"Payouts\"}"))).containsExactly("6443 /orderBy 1:24");
        assertThat(found(paging.readForm("page=1&orderBy=7"))).containsExactly("6443 /orderBy 1:8");
        ReadResult snakeCase = paging.read("{\"page\": 1, \"order_by\": \"payout\"}");
        assertThat(snakeCase.report().violations()).extracting(v -> v.codeNumber() + " " + v.pointer() + " " + v.severity())
                .containsExactly("6820 /order_by WARNING");
        assertThat(snakeCase.request(ListPaging.class).orderBy()).isNull(); // the schema's names: WireSchemaTest
    }

    @Test
    void filesOfRequestsReadDocumentByDocument() throws Exception {
        OfferReader reader = OfferReader.builder().request(ChangeOfferApplicationStatus.class).build();
        byte[] ndjson = "{\"id\": 12, \"action\": \"approve\"}\n{\"id\": 0, \"action\": \"deny\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>();
        try (DocumentStream docs = reader.documents(new ByteArrayInputStream(ndjson))) {
            docs.forEachRemaining(d -> all.add(d.index() + " " + found(d.result())));
        }
        assertThat(all).containsExactly("0 []", "1 [6801 /id 2:8]");
    }

    @Test
    void theModuleReadsRequestsByClassAndThrowsEveryViolation() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new OfferRulesModule());
        assertThat(mapper.readValue("{\"a\": 2, \"o\": 12}", GenerateLink.class)).isEqualTo(Requests.link());
        assertThatThrownBy(() -> mapper.readValue("{\"id\": 12, \"action\": \"approved\"}",
                ChangeOfferApplicationStatus.class))
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> assertThat(e.report().violations())
                        .extracting(v -> v.codeNumber() + " " + v.pointer()).containsExactly("6803 /action"));
    }

    /**
     * The report pages (https://support.fuseclick.com/api/afn/reportmethods/2016/0808/292.html and 289, 314, 315)
     * are stored cut mid-list: a ck_ switch past the cut is checked as the listed ones, through the module too.
     */
    @Test
    void aColumnSwitchPastThePagesCutIsAColumnSwitchThroughTheModule() {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new OfferRulesModule());
        String period = "\"from\": \"2024/01/01\", \"to\": \"2024/01/31\", \"timezone\": 8, \"page\": 1";
        assertThatThrownBy(() -> mapper.readValue("{" + period + ", \"ck_sub4\": 1, \"ck_payout\": 2,"
                + " \"orderBy\": \"payout\"}", ReportQuery.class))
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> assertThat(e.report().violations())
                        .extracting(v -> v.codeNumber() + " " + v.pointer() + " " + v.severity())
                        .containsExactly("6910 /ck_payout ERROR", "6820 /orderBy ERROR"));
        ReadResult valid = READER.read("{" + period + ", \"ck_sub4\": 1, \"orderBy\": \"ck_sub4\"}", ReportQuery.class);
        assertThat(valid.report().violations()).isEmpty();
    }

    @Test
    void anythingButARequestIsRejected() {
        record Other(String x) {
        }
        assertThatThrownBy(() -> READER.read("{}", Other.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
