package org.offerrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.ProblemDetails;
import org.offerrules.validation.fixtures.Bytes;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The starter in a Spring MVC application, through MockMvc: bodies read and validated in their
 * endpoint's mode, {@code @Valid} through the library, and every failure as problem details.
 */
class OfferRulesMvcTest {

    private static final String VALID = "{\"advertiser_id\": 12, \"name\": \"Summer Sale\", \"status\": \"Active\","
            + " \"expire_date\": \"2030/12/31\", \"type\": \"Mobile\","
            + " \"url\": \"https://track.example.com/click?tid={TID}\", \"access_type\": \"Public\", \"ssl\": 1,"
            + " \"tracking_protocol\": \"Server Postback URL\", \"currency\": 1, \"payout_type\": \"CPA\", \"payout\": 2.5}";
    private static final String RENAME = "{\"id\": 31, \"name\": \"Renamed\"}";

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                    HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class,
                    OfferRulesAutoConfiguration.class))
            .withUserConfiguration(OffersController.class);

    /**
     * A form POST is read from the bytes the client sent, kept by the starter's filter before the container
     * parses parameters: a broken escape is the field's code at the client's column, where Spring's body
     * rebuilt from the parameters failed in the container (FormBodyTomcatTest: on a real Tomcat).
     */
    @Test
    void aFormPostIsReadFromTheBytesTheClientSent() {
        runner.run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                    .addFilters(context.getBean("offerRulesFormBodyFilter",
                            org.springframework.boot.web.servlet.FilterRegistrationBean.class).getFilter())
                    .build();
            mvc.perform(post("/offers").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("name=%ZZ&&ssl=x"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(ProblemDetails.MEDIA_TYPE))
                    .andExpect(jsonPath("$.violations[?(@.pointer == '/name')].message").value(
                            "Empty Offer Name (malformed percent-encoding `%ZZ` at column 6)"))
                    .andExpect(jsonPath("$.violations[?(@.pointer == '/name')].column").value(1))
                    .andExpect(jsonPath("$.violations[?(@.pointer == '/ssl')].code").value(6319))
                    .andExpect(jsonPath("$.violations[?(@.pointer == '/ssl')].column").value(11));
        });
    }

    @Test
    void aBodyOverTheMaxBodySizeIsRefusedBeforeItIsBound() {
        runner.withPropertyValues("offer-rules.max-body-size=400B").run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            String padded = VALID.substring(0, VALID.length() - 1) + ", \"description\": \"" + "x".repeat(200) + "\"}";

            mvc.perform(post("/offers").contentType(MediaType.APPLICATION_JSON).content(padded))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(ProblemDetails.MEDIA_TYPE))
                    .andExpect(jsonPath("$.violations.length()").value(1))
                    .andExpect(jsonPath("$.violations[0].code").value(6055))
                    .andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.endsWith(
                            "the body is larger than 400 bytes (offer-rules.max-body-size)")));
            mvc.perform(post("/offers").contentType(MediaType.APPLICATION_JSON).content(VALID))
                    .andExpect(status().isOk());
        });
    }

    /** Each body the reader cannot read, and where it stops reading it: the answers offer-lint gives. */
    @Test
    void everyBodyThatCannotBeReadIsA6055ProblemWithItsPosition() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("not json", "1:1");
        bodies.put("", "1:1");
        bodies.put(" \n ", "2:2");
        bodies.put("null", "1:1");
        bodies.put("{} trailing", "1:4");
        bodies.put(VALID + " {}", (VALID.length() + 2) + "");
        runner.run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            for (Map.Entry<String, String> body : bodies.entrySet()) {
                String[] at = body.getValue().contains(":") ? body.getValue().split(":") : new String[] {"1", body.getValue()};
                for (MediaType type : new MediaType[] {MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, null}) {
                    MockHttpServletRequestBuilder request = post("/offers").content(body.getKey());
                    mvc.perform(type == null ? request : request.contentType(type))
                            .andExpect(status().isBadRequest())
                            .andExpect(content().contentType(ProblemDetails.MEDIA_TYPE))
                            .andExpect(jsonPath("$.violations.length()").value(1))
                            .andExpect(jsonPath("$.violations[0].code").value(6055))
                            .andExpect(jsonPath("$.violations[0].line").value(Integer.parseInt(at[0])))
                            .andExpect(jsonPath("$.violations[0].column").value(Integer.parseInt(at[1])));
                }
            }
            mvc.perform(post("/offers").contentType(MediaType.APPLICATION_JSON).content("{} trailing"))
                    .andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.containsString("trailing content")));
            // a type the starter does not read: 415, the same problem
            mvc.perform(post("/offers").contentType(MediaType.APPLICATION_XML).content("<offer/>"))
                    .andExpect(status().isUnsupportedMediaType())
                    .andExpect(content().contentType(ProblemDetails.MEDIA_TYPE))
                    .andExpect(header().string("Accept", org.hamcrest.Matchers.containsString("application/x-www-form-urlencoded")))
                    .andExpect(jsonPath("$.status").value(415))
                    .andExpect(jsonPath("$.violations[0].code").value(6055))
                    .andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.containsString("application/xml")));
            // a charset Java does not know: the type as it was sent, not "(none)"
            mvc.perform(post("/offers").header("Content-Type", "application/json;charset=x-no-such-charset").content("{}"))
                    .andExpect(status().isUnsupportedMediaType())
                    .andExpect(jsonPath("$.violations[0].code").value(6055))
                    .andExpect(jsonPath("$.violations[0].message").value("Invalid json data: the content type "
                            + "application/json;charset=x-no-such-charset is not read (not a media type, or a charset Java "
                            + "does not know); send application/json or application/x-www-form-urlencoded"));
        });
    }

    /**
     * A body's bytes are read as {@code offer-lint} reads a file's: a byte that is not UTF-8 is a 6055 at
     * its place in JSON and is reported on its field in a form body; a decoder made it a replacement
     * character and the body passed. Another declared charset is decoded strictly.
     */
    @Test
    void bytesThatAreNotInTheBodysCharsetAreReportedAtTheirPlace() {
        runner.run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            byte[] json = Bytes.of("{\"id\": 31,\n \"name\": \"Caf", 0xE9, "\"}");
            mvc.perform(patch("/offers/31").contentType(MediaType.APPLICATION_JSON).content(json))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations.length()").value(1))
                    .andExpect(jsonPath("$.violations[0].code").value(6055))
                    .andExpect(jsonPath("$.violations[0].message").value("Invalid json data: Invalid UTF-8 in the input"))
                    .andExpect(jsonPath("$.violations[0].line").value(2))
                    .andExpect(jsonPath("$.violations[0].column").value(14));
            mvc.perform(patch("/offers/31").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content(Bytes.of("id=31&name=Caf", 0xE9)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations.length()").value(1))
                    .andExpect(jsonPath("$.violations[0].code").value(6309))
                    .andExpect(jsonPath("$.violations[0].pointer").value("/name"))
                    .andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.containsString(
                            "bytes that are not UTF-8 at column 15")))
                    .andExpect(jsonPath("$.violations[0].column").value(7));
            // UTF-16 of an odd length: its last byte is half a character
            byte[] utf16 = "{\"id\": 31,\r\n\"name\": \"x".getBytes(StandardCharsets.UTF_16BE);
            mvc.perform(patch("/offers/31").contentType(MediaType.parseMediaType("application/json;charset=UTF-16BE"))
                            .content(java.util.Arrays.copyOf(utf16, utf16.length + 1)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value(6055))
                    .andExpect(jsonPath("$.violations[0].message").value("Invalid json data: Invalid UTF-16BE in the input"))
                    .andExpect(jsonPath("$.violations[0].line").value(2))
                    .andExpect(jsonPath("$.violations[0].column").value(11));
            // a charset in which the byte is a letter
            mvc.perform(patch("/offers/31").contentType(MediaType.parseMediaType("application/json;charset=ISO-8859-1"))
                            .content(Bytes.of("{\"id\": 31, \"name\": \"Caf", 0xE9, "\"}")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("Caf\u00e9"));
        });
    }

    @Test
    void aFormBodyIsReadAsTheApiReadsIt() {
        runner.run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

            mvc.perform(patch("/offers/31").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("id=31&ssl=x"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(ProblemDetails.MEDIA_TYPE))
                    .andExpect(jsonPath("$.violations[0].code").value(6319))
                    .andExpect(jsonPath("$.violations[0].pointer").value("/ssl"))
                    .andExpect(jsonPath("$.violations[0].line").value(1));
            mvc.perform(patch("/offers/31").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("id=31&name=Renamed"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("Renamed"));
        });
    }

    @Test
    void theWarningsOfABodyThatIsReadAreHeadersOfTheAnswer() {
        runner.run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

            mvc.perform(patch("/offers/31").contentType(MediaType.APPLICATION_JSON).content("{\"id\":31,\"nmae\":\"Caf\u00e9\"}"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Offer-Rules-Warning-Count", "1"))
                    .andExpect(header().string("Offer-Rules-Warning", org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.startsWith("{\"code\":6820,\"pointer\":\"/nmae\","),
                            org.hamcrest.Matchers.endsWith("\"severity\":\"warning\",\"line\":1,\"column\":10}"))));
            StringBuilder many = new StringBuilder("{\"id\":31");
            for (int i = 0; i < 12; i++) {
                many.append(",\"unknown_").append(i).append("\":1");
            }
            mvc.perform(patch("/offers/31").contentType(MediaType.APPLICATION_JSON).content(many.append('}').toString()))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Offer-Rules-Warning-Count", "12"))
                    .andExpect(result -> assertThat(result.getResponse().getHeaders("Offer-Rules-Warning")).hasSize(Warnings.MAX));
            mvc.perform(patch("/offers/31").contentType(MediaType.APPLICATION_JSON).content(RENAME))
                    .andExpect(status().isOk())
                    .andExpect(header().doesNotExist("Offer-Rules-Warning"))
                    .andExpect(header().doesNotExist("Offer-Rules-Warning-Count"));
        });
    }

    @Test
    void readingValidatesInTheEndpointsModeAndAnswersProblemDetails() {
        runner.withPropertyValues("offer-rules.problem-type-base=https://api.example.com/problems/").run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

            mvc.perform(post("/offers").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"advertiser_id\": \"abc\", \"name\": \"\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(ProblemDetails.MEDIA_TYPE))
                    .andExpect(jsonPath("$.type").value("https://api.example.com/problems/offer"))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.violations[?(@.code == 6306)].pointer").value("/advertiser_id"))
                    .andExpect(jsonPath("$.violations[?(@.code == 6306)].line").value(1))
                    .andExpect(jsonPath("$.violations[?(@.code == 6306)].column").value(19))
                    .andExpect(jsonPath("$.violations[?(@.code == 6309)].pointer").value("/name"))
                    .andExpect(jsonPath("$.violations[?(@.code == 6309)].column").value(34));
            mvc.perform(post("/offers").contentType(MediaType.APPLICATION_JSON).content(VALID))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.advertiser_id").value(12));
            // an update in create mode lacks the create-required fields; in update mode it is valid
            mvc.perform(post("/offers").contentType(MediaType.APPLICATION_JSON).content(RENAME))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[?(@.code == 6305)].pointer").value("/advertiser_id"));
            mvc.perform(patch("/offers/31").contentType(MediaType.APPLICATION_JSON).content(RENAME))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("Renamed"));
            // columns count characters, not the body's UTF-8 bytes
            mvc.perform(patch("/offers/31").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"id\": 31, \"name\": \"Café\", \"advertiser_id\": \"abc\"}".getBytes(StandardCharsets.UTF_8)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value(6306))
                    .andExpect(jsonPath("$.violations[0].column").value(45));
            // requireValid in the controller
            mvc.perform(post("/offers/31/name").param("name", ""))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(ProblemDetails.MEDIA_TYPE))
                    .andExpect(jsonPath("$.violations[0].code").value(6309))
                    .andExpect(jsonPath("$.violations[0].pointer").value("/name"))
                    .andExpect(jsonPath("$.violations[0].line").doesNotExist());
            // not an offer: left to Spring
            mvc.perform(post("/offers/31/name"))
                    .andExpect(status().isBadRequest())
                    .andExpect(result -> assertThat(result.getResponse().getContentType()).isNull());
        });
    }

    @Test
    void withoutValidationOnReadValidChecksTheRulesInTheEndpointsMode() {
        runner.withPropertyValues("offer-rules.validate-on-read=false").run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

            // a binding problem still fails the read, with its position
            mvc.perform(post("/offers").contentType(MediaType.APPLICATION_JSON).content("{\"advertiser_id\": \"abc\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value(6306))
                    .andExpect(jsonPath("$.violations[0].column").value(19));
            // the rules are @Valid's, in create mode
            mvc.perform(post("/offers").contentType(MediaType.APPLICATION_JSON)
                            .content(VALID.replace("\"name\": \"Summer Sale\",", "")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(ProblemDetails.MEDIA_TYPE))
                    .andExpect(jsonPath("$.violations.length()").value(1))
                    .andExpect(jsonPath("$.violations[0].code").value(6308))
                    .andExpect(jsonPath("$.violations[0].pointer").value("/name"));
            // and in update mode where the endpoint says so
            mvc.perform(patch("/offers/31").contentType(MediaType.APPLICATION_JSON).content(RENAME))
                    .andExpect(status().isOk());
            mvc.perform(patch("/offers/31").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Renamed\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value(6301))
                    .andExpect(jsonPath("$.violations[0].pointer").value("/id"));
        });
    }

    /**
     * A byte order mark before a JSON body is skipped by the reader, and so by the application's mapper
     * that binds the body after it when the rules are not checked on read.
     */
    @Test
    void aByteOrderMarkBeforeTheBodyIsSkippedWhetherOrNotTheRulesAreCheckedOnRead() {
        byte[] marked = Bytes.of(0xEF, 0xBB, 0xBF, RENAME);
        for (String onRead : new String[] {"true", "false"}) {
            runner.withPropertyValues("offer-rules.validate-on-read=" + onRead).run(context -> {
                MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
                mvc.perform(patch("/offers/31").contentType(MediaType.APPLICATION_JSON).content(marked))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.name").value("Renamed"));
                mvc.perform(patch("/offers/31").contentType(MediaType.parseMediaType("application/json;charset=UTF-16BE"))
                                .content(("\uFEFF" + RENAME).getBytes(StandardCharsets.UTF_16BE)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.name").value("Renamed"));
            });
        }
    }
}
