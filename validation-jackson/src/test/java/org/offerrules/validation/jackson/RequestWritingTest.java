package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.document.OfferForm;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.fixtures.AffiliateRequests;
import org.offerrules.validation.fixtures.RequestGen;
import org.offerrules.validation.fixtures.Requests;
import org.offerrules.validation.model.ListPaging;
import org.offerrules.validation.model.PostbackUrl;
import org.offerrules.validation.model.SetAffiliatePostback;

/**
 * The writers ({@link OfferWriter#toJson(Object)}, {@link OfferForm#write(Object)}) for every request:
 * concrete output per type, and what a reader of the type reads back from either is an equal request
 * without violations. Fixed seeds; QuickTheories prints the seed and the shrunk case on failure.
 */
class RequestWritingTest {

    private static final long SEED = JsonPropertiesTest.SEED + 300;
    private static final int EXAMPLES = JsonPropertiesTest.EXAMPLES;

    private static final Map<Request, OfferReader> CREATE = readers(ValidationMode.CREATE);
    private static final Map<Request, OfferReader> UPDATE = readers(ValidationMode.UPDATE);

    private static Map<Request, OfferReader> readers(ValidationMode mode) {
        Map<Request, OfferReader> readers = new EnumMap<>(Request.class);
        for (Request r : Request.values()) {
            readers.put(r, OfferReader.builder().request(r.type()).mode(mode).build());
        }
        return readers;
    }

    @Test
    void eachRequestIsWrittenWithItsWireNamesInDeclarationOrder() {
        assertThat(OfferWriter.toJson(Requests.fullAdvertiser())).isEqualTo("{\"email\":\"ops@example.com\","
                + "\"status\":\"Active\",\"company\":\"Acme Ltd\",\"first_name\":\"Ada\",\"last_name\":\"Lovelace\","
                + "\"am_id\":7,\"password\":\"s3cret!\",\"im_type\":\"Telegram\",\"im_account\":\"@ada\","
                + "\"fax\":\"+1 555 0100\",\"title\":\"CTO\",\"address1\":\"1 Main St\",\"address2\":\"Suite 2\","
                + "\"city\":\"Sacramento\",\"zipcode\":\"95814\",\"country\":\"US\",\"state\":\"CA\"}");
        assertThat(OfferForm.write(Requests.fullAdvertiser())).isEqualTo("email=ops%40example.com&status=Active"
                + "&company=Acme+Ltd&first_name=Ada&last_name=Lovelace&am_id=7&password=s3cret%21&im_type=Telegram"
                + "&im_account=%40ada&fax=%2B1+555+0100&title=CTO&address1=1+Main+St&address2=Suite+2&city=Sacramento"
                + "&zipcode=95814&country=US&state=CA");

        assertThat(OfferWriter.toJson(AffiliateRequests.affiliate())).isEqualTo("{\"email\":\"pub@example.com\","
                + "\"status\":\"Active\",\"first_name\":\"Grace\",\"password\":\"s3cret!\"}");
        assertThat(OfferForm.write(AffiliateRequests.fullAffiliate().toBuilder().id(21).build())).isEqualTo(
                "id=21&email=pub%40example.com&status=Active&first_name=Grace&last_name=Hopper&am_id=7"
                + "&payout_tier_id=2&invoice_frequency=Bi-weekly&password=s3cret%21&phone=%2B1+555+0101"
                + "&im_type=Skype&im_account=grace.h&company=Navy+Media&title=CEO&address1=2+Pier+Rd"
                + "&address2=Floor+3&city=Toronto&zipcode=M5V+2T6&country=CA&state=ON");

        assertThat(OfferWriter.toJson(AffiliateRequests.paymentInfo())).isEqualTo("{\"id\":21,"
                + "\"payment_method\":\"Check\",\"check_payment_to\":1,\"check_payment_type\":\"Standard\"}");
        assertThat(OfferForm.write(AffiliateRequests.paymentInfo()))
                .isEqualTo("id=21&payment_method=Check&check_payment_to=1&check_payment_type=Standard");

        assertThat(OfferWriter.toJson(AffiliateRequests.postback())).isEqualTo("{\"id\":21,\"offer_id\":12,"
                + "\"post_back_urls\":[{\"type\":\"Server Postback URL\","
                + "\"url\":\"https://track.example.com/pb?click={transaction_id}\"},"
                + "{\"type\":\"Image Pixel\",\"url\":\"https://track.example.com/px.gif\"}]}");
        assertThat(OfferForm.write(AffiliateRequests.postback())).isEqualTo("id=21&offer_id=12"
                + "&post_back_urls[0][type]=Server+Postback+URL"
                + "&post_back_urls[0][url]=https%3A%2F%2Ftrack.example.com%2Fpb%3Fclick%3D%7Btransaction_id%7D"
                + "&post_back_urls[1][type]=Image+Pixel&post_back_urls[1][url]=https%3A%2F%2Ftrack.example.com%2Fpx.gif");

        assertThat(OfferWriter.toJson(Requests.applicationStatus())).isEqualTo("{\"id\":12,\"action\":\"approve\"}");
        assertThat(OfferForm.write(Requests.applicationStatus())).isEqualTo("id=12&action=approve");

        assertThat(OfferWriter.toJson(Requests.link())).isEqualTo("{\"a\":2,\"o\":12}");
        assertThat(OfferForm.write(Requests.link())).isEqualTo("a=2&o=12"); // the vendor's example

        assertThat(OfferWriter.toJson(Requests.conversionStatus())).isEqualTo("{\"conversion_ids\":"
                + "\"201512_1010,201512_1033,201512_1034,201512_1035,201512_1036,201512_1037\",\"status\":\"Approved\"}");
        assertThat(OfferForm.write(Requests.conversionStatus())).isEqualTo("conversion_ids=201512_1010%2C201512_1033"
                + "%2C201512_1034%2C201512_1035%2C201512_1036%2C201512_1037&status=Approved");

        assertThat(OfferWriter.toJson(Requests.affiliateList()))
                .isEqualTo("{\"id\":12,\"approved_affiliate\":\"11,12,13\",\"blocked_affiliate\":\"21,22,23\"}");
        assertThat(OfferForm.write(Requests.affiliateList()))
                .isEqualTo("id=12&approved_affiliate=11%2C12%2C13&blocked_affiliate=21%2C22%2C23");

        assertThat(OfferWriter.toJson(Requests.fullReport())).isEqualTo("{\"from\":\"2024/01/01\","
                + "\"to\":\"2024/01/31 23\",\"timezone\":-5,\"page\":1,\"page_size\":10000,\"offer\":\"1,3\","
                + "\"affiliate\":\"2\",\"advertiser\":\"4, 5\",\"manager\":\"7\",\"currency\":\"68\",\"country\":\"US,CA\","
                + "\"click_country\":\"GB\",\"event_range\":1,\"status\":\"4\",\"order\":\"DESC\",\"a\":2,"
                + "\"category\":\"3, 4\",\"traffic\":\"1\",\"event_private\":1,\"revenue\":0,\"conversion\":1,"
                + "\"browser\":\"chrome, safari\",\"orderBy\":\"ck_offer_name\",\"ck_offer_id\":1,\"ck_offer_name\":0,"
                + "\"ck_sub3\":1,\"ck_hour\":1}");
        assertThat(OfferForm.write(Requests.report()))
                .isEqualTo("from=2024%2F01%2F01&to=2024%2F01%2F31+23&timezone=-5&page=1");

        assertThat(OfferWriter.toJson(Requests.paging())).isEqualTo("{\"page\":2,\"limit\":500,\"orderBy\":\"expire_date\","
                + "\"status\":\"active\",\"from\":\"2024/01/01\",\"a\":2,\"type\":\"desktop,mobile\",\"country\":\"CN,US\","
                + "\"category\":\"6,7\",\"id\":\"1,5,6\",\"offer_name\":\"game\"}");
        assertThat(OfferForm.write(Requests.pagingV2())).isEqualTo("page=1&limit=10000&from=2018%2F01%2F01"
                + "&offer_ids=3%2C123%2C445&advertiser_ids=4%2C23%2C54&country=CN%2CUS%2CCA%2CBD&status=Active&event_info=1"
                + "&geo_info=0&device_info=1&cap_info=0&category_info=1&traffic_type_info=0&a=2&type=Mobile&offer_name=game"
                + "&top_cr=10");
        assertThat(OfferWriter.toJson(ListPaging.builder().build())).isEqualTo("{}");
        assertThat(OfferForm.write(ListPaging.builder().build())).isEmpty();
    }

    @Test
    void anEmptyAndANullPostbackListReadBackAsWritten() {
        SetAffiliatePostback empty = SetAffiliatePostback.builder().id(21).postBackUrls(List.of()).build();
        assertThat(OfferWriter.toJson(empty)).isEqualTo("{\"id\":21,\"post_back_urls\":[]}");
        assertThat(OfferForm.write(empty)).isEqualTo("id=21&post_back_urls=");
        assertRoundTrips(Request.SET_AFFILIATE_POSTBACK, empty, CREATE);
        SetAffiliatePostback withNull = SetAffiliatePostback.builder().id(21)
                .postBackUrls(java.util.Arrays.asList(PostbackUrl.builder().type("Image Pixel")
                        .url("https://t.example.com/a.gif").build(), null)).build();
        assertThat(OfferForm.write(withNull)).endsWith("&post_back_urls[1]=");
        ReadResult read = CREATE.get(Request.SET_AFFILIATE_POSTBACK).readForm(OfferForm.write(withNull));
        assertThat(read.request()).isEqualTo(withNull);
        assertThat(read.report().violations()).extracting(v -> v.codeNumber() + " " + v.pointer())
                .containsExactly("6225 /post_back_urls/1");
    }

    @Test
    void onlyRequestBodiesAreWritten() {
        assertThatThrownBy(() -> OfferWriter.toJson("id=1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> OfferForm.write(PostbackUrl.builder().build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PostbackUrl");
    }

    @Test
    void writingThenReadingAValidRequestGivesAnEqualValidRequest() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(RequestGen.requests(ValidationMode.CREATE))
                .checkAssert(sample -> assertRoundTrips(sample.request(), sample.body(), CREATE));
    }

    @Test
    void writingThenReadingAValidUpdateGivesAnEqualValidRequest() {
        qt().withFixedSeed(SEED + 1).withExamples(EXAMPLES).forAll(RequestGen.requests(ValidationMode.UPDATE))
                .checkAssert(sample -> assertRoundTrips(sample.request(), sample.body(), UPDATE));
    }

    /** Reads {@code body} back from its JSON and from its form body: equal, and no violation. */
    private static void assertRoundTrips(Request request, Object body, Map<Request, OfferReader> readers) {
        OfferReader reader = readers.get(request);
        ReadResult json = reader.read(OfferWriter.toJson(body));
        assertThat(json.report().violations()).as("JSON of %s", body).isEmpty();
        assertThat(json.request()).isEqualTo(body);
        ReadResult form = reader.readForm(OfferForm.write(body));
        assertThat(form.report().violations()).as("form of %s", body).isEmpty();
        assertThat(form.request()).isEqualTo(body);
    }
}
