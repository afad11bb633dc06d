package org.offerrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.junit.jupiter.api.Test;
import org.offerrules.validation.Request;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferForm;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.fixtures.RequestGen;
import org.offerrules.validation.fixtures.Source;
import org.offerrules.validation.jackson3.HandEditedDocuments;
import org.offerrules.validation.model.ChangeOfferApplicationStatus;
import org.offerrules.validation.model.GenerateLink;
import org.offerrules.validation.model.GetConversions;
import org.offerrules.validation.model.GetOfferApplicationList;
import org.offerrules.validation.model.GetOfferById;
import org.offerrules.validation.model.ListPaging;
import org.offerrules.validation.model.ListPagingV2;
import org.offerrules.validation.model.Offer;
import org.offerrules.validation.model.ReportQuery;
import org.offerrules.validation.model.SetAdvertiser;
import org.offerrules.validation.model.SetAffiliateBaseInfo;
import org.offerrules.validation.model.SetAffiliatePaymentInfo;
import org.offerrules.validation.model.SetAffiliatePostback;
import org.offerrules.validation.model.SetConversionStatus;
import org.offerrules.validation.model.SetOfferAffiliateList;
import org.offerrules.validation.model.SetOfferEventBaseInfo;
import org.offerrules.validation.model.SetOfferSpecialPayouts;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The starter answers as the library reads: generated bodies of every request, created and updated,
 * valid and broken the ways hand-edited documents break ({@link HandEditedDocuments}), as JSON and as
 * form bodies, in UTF-8 and in another declared charset, posted to a controller through MockMvc. The
 * problem's violations (code, pointer, severity, line, column, message), or the warnings of a body that
 * passes, are the violations of the library's {@link OfferReader} on the same document; the one
 * intended difference is trailing content, the whole answer in the starter (decisions/spring-boot.md).
 */
class BodiesAgreePropertiesTest {

    static final long SEED = 0x5B00_2026L;
    static final int EXAMPLES = Integer.getInteger("offerRules.examples", 1_000);

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String TRAILING = "trailing content after the offer";
    private static final Map<String, OfferReader> READERS = new ConcurrentHashMap<>();

    /** A request body as it is sent, and the document it is in the library's reader. */
    record Body(Request request, ValidationMode mode, boolean form, Charset charset, String how, String text) {
        @Override
        public String toString() {
            return request.method() + " " + mode + (form ? " form" : " JSON") + " in " + charset + ", " + how + ": "
                    + text;
        }
    }

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                    HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class,
                    OfferRulesAutoConfiguration.class))
            .withUserConfiguration(ENDPOINTS);

    @Test
    void theStarterAnswersAsTheLibraryReads() {
        runner.run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                    .addFilters(context.getBean("offerRulesFormBodyFilter", FilterRegistrationBean.class).getFilter())
                    .build();
            qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(Source.gen(BodiesAgreePropertiesTest::body))
                    .checkAssert(body -> assertThat(answer(mvc, body)).as(body.toString()).isEqualTo(expected(body)));
        });
    }

    /** Every request type has an endpoint here, or the property leaves it out. */
    @Test
    void everyRequestTypeHasAnEndpoint() {
        assertThat(Arrays.stream(ENDPOINTS).map(BodiesAgreePropertiesTest::bodyType).collect(Collectors.toSet()))
                .isEqualTo(Arrays.stream(Request.values()).map(Request::type).collect(Collectors.toSet()));
    }

    // ---- the two answers

    /** The starter's answer: the problem's violations, or the warnings of a body it took. */
    private static List<String> answer(MockMvc mvc, Body body) {
        try {
            return answered(mvc, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> answered(MockMvc mvc, Body body) throws Exception {
        byte[] bytes = body.text().getBytes(body.charset());
        MediaType type = new MediaType(body.form() ? MediaType.APPLICATION_FORM_URLENCODED : MediaType.APPLICATION_JSON,
                body.charset());
        String path = "/" + Request.of(body.request().type()).method();
        MockHttpServletResponse response = mvc.perform((body.mode() == ValidationMode.UPDATE ? patch(path) : post(path))
                .contentType(type).content(bytes)).andReturn().getResponse();
        List<String> out = new ArrayList<>();
        out.add(String.valueOf(response.getStatus()));
        if (response.getStatus() == 200) {
            for (String warning : response.getHeaders(Warnings.HEADER)) {
                out.add(line(JSON.readTree(warning)));
            }
        } else {
            JSON.readTree(response.getContentAsByteArray()).get("violations").forEach(v -> out.add(line(v)));
        }
        return out;
    }

    /**
     * The library's answer on the same document: JSON as its UTF-8 bytes, read as offer-lint reads a file; a
     * form as the bytes sent in their charset, which is offer-lint's reader of a *.form line for UTF-8.
     */
    private static List<String> expected(Body body) {
        OfferReader reader = READERS.computeIfAbsent(body.request().type().getName() + body.mode(),
                k -> OfferReader.builder().mode(body.mode()).request(Request.of(body.request().type()).type()).build());
        byte[] utf8 = body.text().getBytes(StandardCharsets.UTF_8);
        ReadResult read = body.form() ? reader.readForm(body.text().getBytes(body.charset()), body.charset())
                : reader.read(utf8);
        ValidationReport report = read.report();
        List<Violation> answered = read.isValid() ? report.warnings() : report.violations();
        String status = read.isValid() ? "200" : "400";
        List<Violation> atDocument = report.errors().stream()
                .filter(v -> v.codeNumber() == 6055 && v.pointer().isEmpty()).toList();
        if (!body.form() && read.request() != null && !atDocument.isEmpty()) {
            // trailing content is the whole answer, and says it trails (decisions/spring-boot.md)
            Violation trailing = atDocument.get(atDocument.size() - 1);
            answered = List.of(trailing.message().contains(TRAILING) ? trailing
                    : trailing.withMessage(trailing.message().replaceFirst("^Invalid json data: ", "$0" + TRAILING + ": ")));
        }
        List<String> out = new ArrayList<>();
        out.add(status);
        answered.stream().limit(read.isValid() ? Warnings.MAX : Long.MAX_VALUE).map(BodiesAgreePropertiesTest::line)
                .forEach(out::add);
        return out;
    }

    private static String line(JsonNode v) {
        return (v.has("line") ? v.get("line").asInt() + ":" + v.get("column").asInt() : "-") + " "
                + v.get("severity").asString() + " " + v.get("code").asString() + " " + v.get("pointer").asString() + " "
                + v.get("message").asString();
    }

    private static String line(Violation v) {
        return (v.hasLocation() ? v.line() + ":" + v.column() : "-") + " " + v.severity().name().toLowerCase(java.util.Locale.ROOT)
                + " " + (v.code().isHouse() ? v.code().id() : String.valueOf(v.codeNumber())) + " " + v.pointer() + " "
                + v.message();
    }

    // ---- the bodies

    private static final Charset[] OTHER = {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
            StandardCharsets.ISO_8859_1, Charset.forName("windows-1252")};
    private static final String[] FORM_INSERTED = {"%", "%ZZ", "%C3", "%FF", "&", "=", "+", "x", "\u00e9", "\u4e2d",
            "\uD83C\uDF89", "%F0%9F%8E%89", "\u0001", "\t", "[0]", "[]"};

    static Body body(Source s) {
        boolean form = s.oneIn(3);
        String how;
        String text;
        Request request;
        ValidationMode mode;
        if (form) {
            mode = s.pick(ValidationMode.values());
            request = s.oneIn(3) ? Request.SET_OFFER : s.pick(Request.values());
            String written = OfferForm.write(RequestGen.valid(s, request, mode));
            int at = s.intBetween(0, written.length());
            String[] edit = switch (s.intBetween(0, 3)) {
                case 0 -> new String[] {"as written", written};
                case 1 -> new String[] {"cut at " + at, written.substring(0, at)};
                default -> {
                    String inserted = s.pick(FORM_INSERTED);
                    yield new String[] {"'" + inserted + "' put in at " + at, written.substring(0, at) + inserted
                            + written.substring(at)};
                }
            };
            how = edit[0];
            text = edit[1];
        } else {
            HandEditedDocuments.Case c = HandEditedDocuments.generate(s);
            request = c.request();
            mode = c.mode();
            how = c.how();
            text = c.json();
        }
        Charset charset = StandardCharsets.UTF_8;
        if (s.bool()) {
            Charset other = s.pick(OTHER);
            charset = other.newEncoder().canEncode(text) ? other : StandardCharsets.UTF_16BE;
        }
        return new Body(request, mode, form, charset, how, text);
    }

    // ---- the endpoints: one per request type, created (POST) and updated (PATCH)

    /** The endpoints of one request type, at its method's name. */
    abstract static class Endpoint<T extends Record> {
        @PostMapping
        T create(@RequestBody @Valid T body) {
            return body;
        }

        @PatchMapping
        T update(@RequestBody @Valid @OfferRules(mode = ValidationMode.UPDATE) T body) {
            return body;
        }
    }

    @RestController
    @RequestMapping("/" + "setOffer")
    static final class OfferEndpoint extends Endpoint<Offer> {
    }

    @RestController
    @RequestMapping("/" + SetAdvertiser.METHOD)
    static final class SetAdvertiserEndpoint extends Endpoint<SetAdvertiser> {
    }

    @RestController
    @RequestMapping("/" + ChangeOfferApplicationStatus.METHOD)
    static final class ChangeOfferApplicationStatusEndpoint extends Endpoint<ChangeOfferApplicationStatus> {
    }

    @RestController
    @RequestMapping("/" + GenerateLink.METHOD)
    static final class GenerateLinkEndpoint extends Endpoint<GenerateLink> {
    }

    @RestController
    @RequestMapping("/" + SetConversionStatus.METHOD)
    static final class SetConversionStatusEndpoint extends Endpoint<SetConversionStatus> {
    }

    @RestController
    @RequestMapping("/" + SetOfferAffiliateList.METHOD)
    static final class SetOfferAffiliateListEndpoint extends Endpoint<SetOfferAffiliateList> {
    }

    @RestController
    @RequestMapping("/" + ReportQuery.OFFER_REPORT)
    static final class ReportQueryEndpoint extends Endpoint<ReportQuery> {
    }

    @RestController
    @RequestMapping("/" + ListPaging.METHOD)
    static final class ListPagingEndpoint extends Endpoint<ListPaging> {
    }

    @RestController
    @RequestMapping("/" + ListPagingV2.METHOD)
    static final class ListPagingV2Endpoint extends Endpoint<ListPagingV2> {
    }

    @RestController
    @RequestMapping("/" + SetAffiliateBaseInfo.METHOD)
    static final class SetAffiliateBaseInfoEndpoint extends Endpoint<SetAffiliateBaseInfo> {
    }

    @RestController
    @RequestMapping("/" + SetAffiliatePaymentInfo.METHOD)
    static final class SetAffiliatePaymentInfoEndpoint extends Endpoint<SetAffiliatePaymentInfo> {
    }

    @RestController
    @RequestMapping("/" + SetAffiliatePostback.METHOD)
    static final class SetAffiliatePostbackEndpoint extends Endpoint<SetAffiliatePostback> {
    }

    @RestController
    @RequestMapping("/" + GetConversions.METHOD)
    static final class GetConversionsEndpoint extends Endpoint<GetConversions> {
    }

    @RestController
    @RequestMapping("/" + GetOfferById.METHOD)
    static final class GetOfferByIdEndpoint extends Endpoint<GetOfferById> {
    }

    @RestController
    @RequestMapping("/" + SetOfferEventBaseInfo.METHOD)
    static final class SetOfferEventBaseInfoEndpoint extends Endpoint<SetOfferEventBaseInfo> {
    }

    @RestController
    @RequestMapping("/" + GetOfferApplicationList.METHOD)
    static final class GetOfferApplicationListEndpoint extends Endpoint<GetOfferApplicationList> {
    }

    @RestController
    @RequestMapping("/" + SetOfferSpecialPayouts.METHOD)
    static final class SetOfferSpecialPayoutsEndpoint extends Endpoint<SetOfferSpecialPayouts> {
    }

    private static final Class<?>[] ENDPOINTS = {
            OfferEndpoint.class,
            SetAdvertiserEndpoint.class,
            ChangeOfferApplicationStatusEndpoint.class,
            GenerateLinkEndpoint.class,
            SetConversionStatusEndpoint.class,
            SetOfferAffiliateListEndpoint.class,
            ReportQueryEndpoint.class,
            ListPagingEndpoint.class,
            ListPagingV2Endpoint.class,
            SetAffiliateBaseInfoEndpoint.class,
            SetAffiliatePaymentInfoEndpoint.class,
            SetAffiliatePostbackEndpoint.class,
            GetConversionsEndpoint.class,
            GetOfferByIdEndpoint.class,
            SetOfferEventBaseInfoEndpoint.class,
            GetOfferApplicationListEndpoint.class,
            SetOfferSpecialPayoutsEndpoint.class};

    private static Class<?> bodyType(Class<?> endpoint) {
        return org.springframework.core.ResolvableType.forClass(endpoint).as(Endpoint.class).getGeneric(0).resolve();
    }
}
