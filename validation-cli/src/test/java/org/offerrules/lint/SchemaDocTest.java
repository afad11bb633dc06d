package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.Request;
import org.offerrules.validation.wire.JsonSchemas;

/**
 * {@code offer-lint schema} prints validation-wire's {@link JsonSchemas} (whose {@code SchemaFilesTest}
 * keeps docs/schema fresh): valid draft 2020-12 schemas, with the rules in the descriptions and patterns
 * that editors read as the tests do.
 */
class SchemaDocTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommandPrintsTheSchemaOfTheRequestSetOfferByDefault() {
        Cli byDefault = Cli.run("schema");
        Cli advertiser = Cli.run("schema", "--request", "setAdvertiser");

        assertThat(byDefault.status()).isZero();
        assertThat(byDefault.out()).isEqualTo(JsonSchemas.of(Request.SET_OFFER));
        assertThat(advertiser.out()).isEqualTo(JsonSchemas.of(Request.SET_ADVERTISER));
        assertThat(Cli.run("schema").out()).as("the same bytes every run").isEqualTo(byDefault.out());
    }

    @Test
    void anUnknownRequestIsAUsageError() {
        Cli cli = Cli.run("schema", "--request", "setOffers");

        assertThat(cli.status()).isEqualTo(OfferLint.USAGE);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("--request: unknown request 'setOffers' (one of setOffer, setAdvertiser,");
    }

    /** Each schema is a valid draft 2020-12 schema: it passes the draft's own meta-schema. */
    @Test
    void everySchemaPassesTheDraft202012MetaSchema() {
        var meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(JsonSchemas.DIALECT));
        for (Request request : Request.values()) {
            assertThat(meta.validate(JsonSchemas.of(request), InputFormat.JSON)).as(request.method()).isEmpty();
        }
    }

    /** Field descriptions carry each rule with its code, the hover text of an editor. */
    @Test
    void descriptionsCarryTheRulesWithTheirCodes() throws Exception {
        JsonNode offer = JSON.readTree(JsonSchemas.of(Request.SET_OFFER)).at("/$defs/Offer/properties");

        assertThat(offer.at("/advertiser_id/description").asText())
                .isEqualTo("6305: advertiser_id must be present (create mode).\n"
                        + "6306: advertiser_id must be an integer greater than 0.\n"
                        + "6307 (lookup): the advertiser exists (OfferLookup.advertiserExists; data folder: advertisers).");
        assertThat(offer.at("/cap_overall_limit/description").asText()).contains("6399: cap_overall_limit must be greater than");
        assertThat(JSON.readTree(JsonSchemas.of(Request.SET_OFFER)).at("/$defs/Event/properties/pre_event_id/description")
                .asText()).contains("6744: events: the pre_event_id chain has no cycle");
    }

    /**
     * The patterns use only what Java's and ECMAScript's regular expressions share, so that editors (which
     * use ECMAScript's) read them as the tests do; each compiles in Java.
     */
    @Test
    void everyPatternCompilesAndAvoidsEngineSpecificSyntax() throws Exception {
        TreeSet<String> patterns = new TreeSet<>();
        for (Request request : Request.values()) {
            JSON.readTree(JsonSchemas.of(request)).findValues("pattern").forEach(p -> patterns.add(p.asText()));
        }
        assertThat(patterns).isNotEmpty();
        for (String pattern : patterns) {
            Pattern.compile(pattern);
            assertThat(pattern).as(pattern).doesNotContain("\\z", "\\Z", "\\A", "(?<", "(?i", "\\x", "\\h", "\\R", "&&");
        }
    }
}
