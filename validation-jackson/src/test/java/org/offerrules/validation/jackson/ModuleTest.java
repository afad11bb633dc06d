package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.Violation;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;

/** The Jackson module: discovery, binding with validation, one exception with every violation, features. */
class ModuleTest {

    private static final String BROKEN = ReadingTest.minimal("\"cap_tpye\": 1").replace("\"ssl\":1", "\"ssl\":\"yes\"")
            .replace("\"status\":\"Active\"", "\"status\":\"Live\"");

    @Test
    void isFoundByTheServiceLoaderAndReadsAndWritesTheWireFormat() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThat(mapper.getRegisteredModuleIds()).contains(OfferRulesModule.class.getName());

        String json = mapper.writeValueAsString(Offers.full());
        assertThat(mapper.readValue(json, Offer.class)).isEqualTo(Offers.full());
    }

    @Test
    void itsVersionIsThePomsVersion() {
        com.fasterxml.jackson.core.Version version = new OfferRulesModule().version();
        assertThat(version.isUnknownVersion()).isFalse();
        assertThat(version.toString()).isEqualTo(System.getProperty("offerRules.version"));
        assertThat(version.getGroupId()).isEqualTo("org.offerrules");
        assertThat(version.getArtifactId()).isEqualTo("validation-jackson");
    }

    @Test
    void readValueThrowsOneExceptionCarryingEveryViolationWithPositions() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new OfferRulesModule());

        assertThatThrownBy(() -> mapper.readValue(BROKEN, Offer.class))
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> {
                    assertThat(e.report().violations())
                            .extracting(Violation::codeNumber, Violation::pointer, Violation::line, Violation::column)
                            .containsExactly(
                                    tuple(6303, "/status", 1, 51),
                                    tuple(6319, "/ssl", 1, 180),
                                    tuple(6820, "/cap_tpye", 1, 274));
                    assertThat(e.getMessage()).startsWith("invalid offer: 3 violations: 1:51: error 6303");
                });
    }

    @Test
    void anOfferNestedInOtherValuesFailsWithTheSameExceptionAndAPath() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new OfferRulesModule());
        String json = "[" + ReadingTest.MINIMAL + "," + BROKEN + "]";

        assertThatThrownBy(() -> mapper.readValue(json, new TypeReference<List<Offer>>() { }))
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> {
                    assertThat(e.report().codeNumbers()).containsExactly(6303, 6319, 6820);
                    assertThat(e.getPath()).extracting(JsonMappingException.Reference::getIndex).containsExactly(1);
                });
        assertThatThrownBy(() -> mapper.readValue("{\"offer\": " + BROKEN + "}", new TypeReference<Map<String, Offer>>() { }))
                .isInstanceOf(InvalidOfferException.class);
    }

    @Test
    void malformedJsonInsideTheOfferIsTheSameException() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new OfferRulesModule());
        assertThatThrownBy(() -> mapper.readValue("{\"name\": \"x\", \"ssl\": }", Offer.class))
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> assertThat(e.report().violations())
                        .extracting(Violation::codeNumber, Violation::line, Violation::column)
                        .containsExactly(tuple(6055, 1, 22)));
    }

    @Test
    void featuresChooseTheModeValidationAndWarnings() throws Exception {
        String update = "{\"id\": 7, \"name\": \"Renamed\"}";
        ObjectMapper create = new ObjectMapper().registerModule(new OfferRulesModule());
        ObjectMapper updating = new ObjectMapper().registerModule(new OfferRulesModule().enable(OfferRulesFeature.UPDATE_MODE));
        assertThatThrownBy(() -> create.readValue(update, Offer.class)).isInstanceOf(InvalidOfferException.class);
        assertThat(updating.readValue(update, Offer.class).name()).isEqualTo("Renamed");

        ObjectMapper lenient = new ObjectMapper().registerModule(new OfferRulesModule().disable(OfferRulesFeature.VALIDATE_ON_READ));
        assertThat(lenient.readValue("{\"status\": \"Live\"}", Offer.class).status()).isEqualTo("Live");
        assertThatThrownBy(() -> lenient.readValue("{\"ssl\": \"yes\"}", Offer.class))
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> assertThat(e.report().codeNumbers()).containsExactly(6319));

        String withUnknown = ReadingTest.minimal("\"cap_tpye\": 1");
        assertThat(create.readValue(withUnknown, Offer.class)).isEqualTo(Offers.minimal());
        ObjectMapper strict = new ObjectMapper().registerModule(new OfferRulesModule().enable(OfferRulesFeature.FAIL_ON_WARNINGS));
        assertThatThrownBy(() -> strict.readValue(withUnknown, Offer.class))
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> assertThat(e.report().codeNumbers()).containsExactly(6820));

        assertThat(OfferRulesFeature.VALIDATE_ON_READ.enabledByDefault()).isTrue();
        assertThat(OfferRulesFeature.UPDATE_MODE.enabledByDefault()).isFalse();
        assertThat(OfferRulesFeature.FAIL_ON_WARNINGS.enabledByDefault()).isFalse();
        assertThat(new OfferRulesModule().isEnabled(OfferRulesFeature.VALIDATE_ON_READ)).isTrue();
    }

    @Test
    void theSharedLimitsHardenAMappersFactory() {
        ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(OfferRulesModule.streamReadConstraints()).build())
                .registerModule(new OfferRulesModule());
        String deep = "{\"events\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertThatThrownBy(() -> mapper.readValue(deep, Offer.class))
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> assertThat(e.report().violations())
                        .extracting(Violation::codeNumber, Violation::column).containsExactly(tuple(6055, 43)));
    }
}
