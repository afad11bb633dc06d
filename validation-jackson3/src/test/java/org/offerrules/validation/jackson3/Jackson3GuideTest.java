package org.offerrules.validation.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

// snippet: imports
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.jackson3.InvalidOfferException;
import org.offerrules.validation.jackson3.OfferRulesModule;
import org.offerrules.validation.model.Offer;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
// end: imports

import org.junit.jupiter.api.Test;

import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.guide.Snippets;

/** The code of docs/jackson3.md, compiled and run. */
class Jackson3GuideTest {

    static final String VALID = OfferWriter.toJson(Offers.minimal());
    static final String BROKEN = "{\"advertiser_id\": \"twelve\", \"name\": \"Summer Sale\"}";
    static final String UPDATE = "{\"id\": 7, \"name\": \"Renamed\"}";

    @Test
    void registerReadAndChooseTheModePerRead() {
        List<String> printed = new ArrayList<>();
        String json = BROKEN;
        // snippet: jackson3-mapper
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new OfferRulesModule())          // or .findAndAddModules() (META-INF/services)
                .build();
        try {
            Offer offer = mapper.readValue(json, Offer.class);
        } catch (InvalidOfferException e) {                  // a tools.jackson.databind.DatabindException
            e.report().violations().forEach(v -> System.out.println(v));
        }
        // end: jackson3-mapper
        assertThatThrownBy(() -> mapper.readValue(json, Offer.class)).isInstanceOfSatisfying(InvalidOfferException.class,
                e -> e.report().violations().forEach(v -> printed.add(v.toString())));
        assertThat(printed).startsWith("1:1: error 6318 Invalid Access Type (/access_type)")
                .endsWith("1:19: error 6306 Invalid Advertiser ID (expected an integer, found \"twelve\") (/advertiser_id)");

        String update = UPDATE;
        // snippet: jackson3-mode
        Offer renamed = mapper.readerFor(Offer.class)
                .withAttribute(OfferRulesModule.MODE_ATTRIBUTE, ValidationMode.UPDATE)   // this read only
                .readValue(update);
        // end: jackson3-mode
        assertThat(renamed.name()).isEqualTo("Renamed");
    }

    @Test
    void untrustedInputAndTheReader() {
        // snippet: jackson3-untrusted
        JsonMapper hardened = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(OfferRulesModule.streamReadConstraints()).build())
                .addModule(new OfferRulesModule())
                .build();
        ReadResult result = OfferReader.create().read(BROKEN);   // never throws: the report, with positions
        // end: jackson3-untrusted
        assertThat(hardened.readValue(VALID, Offer.class)).isEqualTo(Offers.minimal());
        assertThat(result.report().codeNumbers()).contains(6306);
    }

    @Test
    void theGuideShowsThisCode() throws IOException {
        Path root = Snippets.root();
        Snippets.assertInSync(root.resolve("docs/jackson3.md"), List.of(root.resolve(
                "validation-jackson3/src/test/java/org/offerrules/validation/jackson3/Jackson3GuideTest.java")));
        assertThat(Files.readString(root.resolve("docs/jackson.md"))).contains("(jackson3.md)");
    }
}
