package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.Severity;
import org.offerrules.validation.ValidationReport;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.Document;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferForm;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.guide.Snippets;
import org.offerrules.validation.model.Offer;

/** The code of docs/jackson.md, compiled and run. */
class JacksonGuideTest {

    static final String VALID = OfferWriter.toJson(Offers.minimal());
    static final String BROKEN = """
            {"advertiser_id": "twelve", "name": "Summer Sale", "status": "Live",
             "expire_date": "2030/12/31", "type": "Mobile", "url": "https://track.example.com/click?tid={TID}",
             "access_type": "Public", "ssl": 1, "tracking_protocol": "Server Postback URL", "currency": 1,
             "payout_type": "CPA", "payout": 2.5, "cap_typ": "Budget"}""";

    // snippet: reader
    // Immutable and thread-safe: build once. Create mode unless .mode(ValidationMode.UPDATE).
    static final OfferReader READER = OfferReader.create();
    // end: reader

    @Test
    void readWithoutExceptions() {
        String json = BROKEN;
        List<String> lines = new ArrayList<>();
        // snippet: read
        ReadResult result = READER.read(json);          // never throws for bad input
        for (Violation v : result.report().violations()) {
            System.out.printf("%d:%d %s %d %s (%s)%n",
                    v.line(), v.column(), v.severity(), v.codeNumber(), v.message(), v.pointer());
        }
        Offer offer = result.offer();                   // null only when the JSON was not an object
        // end: read
        result.report().violations().forEach(v -> lines.add(String.format("%d:%d %s %d %s (%s)",
                v.line(), v.column(), v.severity(), v.codeNumber(), v.message(), v.pointer())));
        assertThat(offer).isNotNull();
        assertThat(String.join("\n", lines)).isEqualTo("""
                1:19 ERROR 6306 Invalid Advertiser ID (expected an integer, found \"twelve\") (/advertiser_id)
                1:62 ERROR 6303 Invalid Offer Status (/status)
                4:39 WARNING 6820 Invalid cap_typ parameter. Unknown field; did you mean `cap_type`? (/cap_typ)""");
        assertThat(result.isValid()).isFalse();
        assertThat(READER.read(VALID).isValid()).isTrue();
    }

    @Test
    void registerTheModule() throws Exception {
        // snippet: register
        ObjectMapper mapper = new ObjectMapper().registerModule(new OfferRulesModule());
        // or let Jackson find it (META-INF/services): new ObjectMapper().findAndRegisterModules()
        // end: register
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertThat(found.getRegisteredModuleIds()).contains(new OfferRulesModule().getTypeId());
        assertThat(found.readValue(VALID, Offer.class)).isEqualTo(Offers.minimal());
        assertThat(mapper.readValue(VALID, Offer.class)).isEqualTo(Offers.minimal());
    }

    @Test
    void readValueThrowsOneExceptionWithEveryViolation() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new OfferRulesModule());
        String json = BROKEN;
        ValidationReport seen = null;
        String message = null;
        // snippet: readValue
        try {
            Offer offer = mapper.readValue(json, Offer.class);
        } catch (InvalidOfferException e) {
            ValidationReport report = e.report();    // binding problems and rule violations, with positions
            report.errors().forEach(v -> System.out.println(v.codeNumber() + " " + v.pointer()));
        }
        // end: readValue
        try {
            mapper.readValue(json, Offer.class);
        } catch (InvalidOfferException e) {
            seen = e.report();
            message = e.getOriginalMessage();
        }
        assertThat(seen).isNotNull();
        // what docs/jackson.md shows
        assertThat(java.nio.file.Files.readString(Snippets.root().resolve("docs/jackson.md"))).contains("```\n" + message + "\n```");
        assertThat(seen.codeNumbers()).containsExactly(6306, 6303, 6820);

        // snippet: nested
        String batch = "[" + VALID + ", " + BROKEN + "]";
        try {
            List<Offer> offers = mapper.readValue(batch, new com.fasterxml.jackson.core.type.TypeReference<List<Offer>>() { });
        } catch (InvalidOfferException e) {
            e.getPath().get(0).getIndex();   // 1: the second offer of the list
        }
        // end: nested
        assertThatThrownBy(() -> mapper.readValue(batch, new com.fasterxml.jackson.core.type.TypeReference<List<Offer>>() { }))
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> assertThat(e.getPath().get(0).getIndex()).isEqualTo(1));
    }

    @Test
    void write() throws Exception {
        Offer offer = Offers.minimal();
        ObjectMapper mapper = new ObjectMapper().registerModule(new OfferRulesModule());
        // snippet: write
        String json = OfferWriter.toJson(offer);             // flat wire format, absent fields left out
        String same = mapper.writeValueAsString(offer);       // the module's serializer writes the same
        // end: write
        assertThat(same).isEqualTo(json);
        assertThat(json).startsWith("{\"advertiser_id\":12,\"name\":\"Summer Sale\",\"status\":\"Active\"");
        assertThat(READER.read(json).offer()).isEqualTo(offer);
    }

    static final String FORM = "advertiser_id=abc&name=Summer+Sale&status=Active&expire_date=2030%2F12%2F31"
            + "&type=Mobile&url=https%3A%2F%2Ftrack.example.com%2Fclick%3Ftid%3D%7BTID%7D&access_type=Public&ssl=1"
            + "&tracking_protocol=Server+Postback+URL&currency=1&payout_type=CPA&payout=2.5"
            + "&geo_targeting=1&geo_type=1&geo_countries[0]=US&geo_countries[2]=CA&geo_enforce=0&cap_typ=Budget";

    @Test
    void theFormEncodingBothWays() {
        Offer offer = Offers.minimal();
        // snippet: form
        String body = OfferForm.write(offer);      // advertiser_id=12&name=Summer+Sale&...&payout=2.5
        ReadResult read = READER.readForm(body);   // the same records and codes as JSON; never throws
        // end: form
        assertThat(body).startsWith("advertiser_id=12&name=Summer+Sale&").endsWith("&payout=2.5");
        assertThat(read.offer()).isEqualTo(offer);
        assertThat(read.isValid()).isTrue();
        List<String> lines = new ArrayList<>();
        READER.readForm(FORM).report().violations().forEach(v -> lines.add(String.format("%d:%d %s %d %s (%s)",
                v.line(), v.column(), v.severity(), v.codeNumber(), v.message(), v.pointer())));
        assertThat(String.join("\n", lines)).isEqualTo(FORM_OUTPUT);
    }

    static final String FORM_OUTPUT = """
            1:1 ERROR 6306 Invalid Advertiser ID (expected an integer, found \"abc\") (/advertiser_id)
            1:299 ERROR 6356 Invalid GEO Country (`geo_countries[1]` is missing: indexes count from 0 without gaps) (/geo_countries/1)
            1:333 WARNING 6820 Invalid cap_typ parameter. Unknown parameter; did you mean `cap_type`? (/cap_typ)""";

    @Test
    void features() throws Exception {
        // snippet: features
        OfferRulesModule module = new OfferRulesModule()
                .enable(OfferRulesFeature.UPDATE_MODE)        // only `id` required (default: create mode)
                .enable(OfferRulesFeature.FAIL_ON_WARNINGS)   // unknown fields fail too (default: they do not)
                .disable(OfferRulesFeature.VALIDATE_ON_READ)  // only binding problems fail (default: rules run)
                .validator(OfferValidator.builder().failFast(true).build());
        ObjectMapper mapper = new ObjectMapper().registerModule(module);   // configure before registering
        // end: features
        assertThat(module.isEnabled(OfferRulesFeature.UPDATE_MODE)).isTrue();
        // rules off: a status nobody knows binds; an unknown field fails because warnings fail
        assertThatThrownBy(() -> mapper.readValue(BROKEN, Offer.class))
                .isInstanceOfSatisfying(InvalidOfferException.class,
                        e -> assertThat(e.report().codeNumbers()).containsExactly(6306, 6820));
        ObjectMapper lenient = new ObjectMapper().registerModule(new OfferRulesModule());
        assertThat(lenient.readValue(VALID.substring(0, VALID.length() - 1) + ",\"cap_typ\":\"Budget\"}", Offer.class)).isNotNull();
    }

    @Test
    void untrustedInput() throws Exception {
        // snippet: untrusted
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(OfferRulesModule.streamReadConstraints())   // depth 32, 8 MiB, ...
                .build();
        ObjectMapper mapper = JsonMapper.builder(factory).addModule(new OfferRulesModule()).build();
        // end: untrusted
        StreamReadConstraints limits = OfferRulesModule.streamReadConstraints();
        assertThat(mapper.getFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(limits.getMaxNestingDepth());
        String deep = "{\"events\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertThatThrownBy(() -> mapper.readValue(deep, Offer.class)).isInstanceOf(InvalidOfferException.class);
        assertThat(mapper.readValue(VALID, Offer.class)).isEqualTo(Offers.minimal());
    }

    @Test
    void documentsOfAFile() throws IOException {
        Path file = Snippets.root().resolve("docs/examples/offers.ndjson");
        List<String> seen = new ArrayList<>();
        // snippet: documents
        try (DocumentStream documents = READER.documents(file)) {   // object, array or NDJSON; read lazily
            while (documents.hasNext()) {
                Document document = documents.next();
                ValidationReport report = document.result().report();
                System.out.println("document " + document.index() + " (line " + document.line() + "): "
                        + (report.isValid() ? "valid" : report.codeNumbers()));
            }
        }
        // end: documents
        List<String> printed = new ArrayList<>();
        try (DocumentStream documents = READER.documents(file)) {
            documents.forEachRemaining(d -> {
                ValidationReport report = d.result().report();
                printed.add("document " + d.index() + " (line " + d.line() + "): "
                        + (report.isValid() ? "valid" : report.codeNumbers()));
                seen.add(d.index() + ":" + report.codeNumbers() + ":"
                        + report.violations().stream().map(Violation::severity).toList());
            });
        }
        // what docs/jackson.md shows
        assertThat(printed).containsExactly("document 0 (line 1): valid", "document 1 (line 2): [6324, 6327]",
                "document 2 (line 3): [6055]", "document 3 (line 4): valid");
        assertThat(seen).containsExactly("0:[]:[]", "1:[6324, 6327]:[ERROR, ERROR]", "2:[6055]:[ERROR]",
                "3:[6820]:[" + Severity.WARNING + "]");
    }

    @Test
    void theGuideShowsThisCode() throws Exception {
        Path root = Snippets.root();
        Snippets.assertInSync(root.resolve("docs/jackson.md"), List.of(root.resolve(
                "validation-jackson/src/test/java/org/offerrules/validation/jackson/JacksonGuideTest.java")));
        // the document and the output the guide shows are the ones this test reads and checks
        String guide = java.nio.file.Files.readString(root.resolve("docs/jackson.md"));
        assertThat(guide).contains("```json\n" + BROKEN + "\n```")
                .contains("1:19 ERROR 6306 Invalid Advertiser ID (expected an integer, found \"twelve\") (/advertiser_id)\n"
                        + "1:62 ERROR 6303 Invalid Offer Status (/status)\n"
                        + "4:39 WARNING 6820 Invalid cap_typ parameter. Unknown field; did you mean `cap_type`? (/cap_typ)\n")
                .contains("document 0 (line 1): valid\ndocument 1 (line 2): [6324, 6327]\n"
                        + "document 2 (line 3): [6055]\ndocument 3 (line 4): valid\n")
                .contains("```\n" + FORM + "\n```").contains("```\n" + FORM_OUTPUT + "\n```");
    }
}
