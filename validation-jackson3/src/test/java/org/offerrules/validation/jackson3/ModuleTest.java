package org.offerrules.validation.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.ServiceLoader;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import org.offerrules.validation.OfferValidator;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferForm;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;

/**
 * The Jackson 3 module: discovery, one exception with every violation, features, the per-read mode
 * and the writer. What it reads is compared with the Jackson 2 module in {@link AgreementTest}.
 */
class ModuleTest {

    private static final String MINIMAL = OfferWriter.toJson(Offers.minimal());
    private static final String BROKEN = withExtra("\"cap_tpye\": 1").replace("\"ssl\":1", "\"ssl\":\"yes\"")
            .replace("\"status\":\"Active\"", "\"status\":\"Live\"");
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new OfferRulesModule()).build();

    /** {@link #MINIMAL} with {@code extra} fields appended. */
    static String withExtra(String extra) {
        return MINIMAL.substring(0, MINIMAL.length() - 1) + "," + extra + "}";
    }

    @Test
    void isAJacksonModuleServiceFoundByFindAndAddModulesAndReadsAndWritesTheWireFormat() {
        assertThat(ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::type))
                .contains(OfferRulesModule.class);
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName).contains("OfferRulesModule");

        String json = mapper.writeValueAsString(Offers.full());
        assertThat(json).isEqualTo(OfferWriter.toJson(Offers.full())).contains("\"geo_countries\":[");
        assertThat(mapper.readValue(json, Offer.class)).isEqualTo(Offers.full());
    }

    @Test
    void itsVersionIsThePomsVersion() {
        tools.jackson.core.Version version = new OfferRulesModule().version();
        assertThat(version.isUnknownVersion()).isFalse();
        assertThat(version.toString()).isEqualTo(System.getProperty("offerRules.version"));
        assertThat(version.getArtifactId()).isEqualTo("validation-jackson3");
    }

    /** What it throws carries the report; which report, the {@link AgreementTest} compares with the 2.x module. */
    @Test
    void readValueThrowsADatabindExceptionCarryingTheReport() {
        assertThatThrownBy(() -> MAPPER.readValue(BROKEN, Offer.class))
                .isInstanceOf(tools.jackson.databind.DatabindException.class)
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> {
                    assertThat(e.report().codeNumbers()).containsExactly(6303, 6319, 6820);
                    assertThat(e.getOriginalMessage()).startsWith("invalid offer: 3 violations: 1:51: error 6303");
                });
    }

    @Test
    void anOfferNestedInOtherValuesFailsWithTheSameExceptionAndAPath() {
        String json = "[" + MINIMAL + "," + BROKEN + "]";
        assertThatThrownBy(() -> MAPPER.readValue(json, new TypeReference<List<Offer>>() { }))
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> {
                    assertThat(e.report().codeNumbers()).containsExactly(6303, 6319, 6820);
                    assertThat(e.getPath()).extracting(JacksonException.Reference::getIndex).containsExactly(1);
                });
    }

    @Test
    void featuresChooseTheModeValidationAndWarnings() {
        String update = "{\"id\": 7, \"name\": \"Renamed\"}";
        JsonMapper updating = JsonMapper.builder().addModule(new OfferRulesModule().enable(OfferRulesFeature.UPDATE_MODE)).build();
        assertThatThrownBy(() -> MAPPER.readValue(update, Offer.class)).isInstanceOf(InvalidOfferException.class);
        assertThat(updating.readValue(update, Offer.class).name()).isEqualTo("Renamed");

        JsonMapper lenient = JsonMapper.builder().addModule(new OfferRulesModule().disable(OfferRulesFeature.VALIDATE_ON_READ)).build();
        assertThat(lenient.readValue("{\"status\": \"Live\"}", Offer.class).status()).isEqualTo("Live");
        assertThatThrownBy(() -> lenient.readValue("{\"ssl\": \"yes\"}", Offer.class))
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> assertThat(e.report().codeNumbers()).containsExactly(6319));

        String withUnknown = withExtra("\"cap_tpye\": 1");
        assertThat(MAPPER.readValue(withUnknown, Offer.class)).isEqualTo(Offers.minimal());
        JsonMapper strict = JsonMapper.builder().addModule(new OfferRulesModule().configure(OfferRulesFeature.FAIL_ON_WARNINGS, true)).build();
        assertThatThrownBy(() -> strict.readValue(withUnknown, Offer.class))
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> assertThat(e.report().codeNumbers()).containsExactly(6820));

        JsonMapper strictTypes = JsonMapper.builder().addModule(new OfferRulesModule().enable(OfferRulesFeature.STRICT_TYPES)).build();
        String numberAsText = MINIMAL.replace("\"advertiser_id\":12", "\"advertiser_id\":\"12\"");
        assertThat(MAPPER.readValue(numberAsText, Offer.class)).isEqualTo(Offers.minimal());
        assertThatThrownBy(() -> strictTypes.readValue(numberAsText, Offer.class))
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> assertThat(e.report().codeNumbers()).containsExactly(6306));

        assertThat(OfferRulesFeature.VALIDATE_ON_READ.enabledByDefault()).isTrue();
        assertThat(OfferRulesFeature.UPDATE_MODE.enabledByDefault()).isFalse();
        assertThat(OfferRulesFeature.collectDefaults()).isEqualTo(OfferRulesFeature.VALIDATE_ON_READ.getMask());
        assertThat(new OfferRulesModule().isEnabled(OfferRulesFeature.VALIDATE_ON_READ)).isTrue();
        assertThat(new OfferRulesModule().disable(OfferRulesFeature.VALIDATE_ON_READ).isEnabled(OfferRulesFeature.VALIDATE_ON_READ)).isFalse();
    }

    @Test
    void theModeAttributeChoosesTheModeOfOneReadWithoutASecondMapper() {
        String update = "{\"id\": 7, \"name\": \"Renamed\"}";
        ObjectReader offers = MAPPER.readerFor(Offer.class);
        assertThatThrownBy(() -> offers.readValue(update)).isInstanceOfSatisfying(InvalidOfferException.class,
                e -> assertThat(e.report().codeNumbers()).contains(6310, 6311));
        Offer renamed = offers.withAttribute(OfferRulesModule.MODE_ATTRIBUTE, ValidationMode.UPDATE).readValue(update);
        assertThat(renamed.name()).isEqualTo("Renamed");

        // the attribute wins over an update validator's mode too
        JsonMapper updating = JsonMapper.builder().addModule(new OfferRulesModule()
                .validator(OfferValidator.builder().mode(ValidationMode.UPDATE).build())).build();
        assertThat(updating.readValue(update, Offer.class).name()).isEqualTo("Renamed");
        assertThatThrownBy(() -> updating.readerFor(Offer.class)
                .withAttribute(OfferRulesModule.MODE_ATTRIBUTE, ValidationMode.CREATE).readValue(update))
                .isInstanceOf(InvalidOfferException.class);

        assertThatThrownBy(() -> offers.withAttribute(OfferRulesModule.MODE_ATTRIBUTE, "update").readValue(update))
                .hasMessageContaining(OfferRulesModule.MODE_ATTRIBUTE + " must be a ValidationMode");
    }

    @Test
    void theSharedLimitsHardenAMappersFactory() {
        JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(OfferRulesModule.streamReadConstraints()).build())
                .addModule(new OfferRulesModule()).build();
        String deep = "{\"events\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertThatThrownBy(() -> mapper.readValue(deep, Offer.class))
                .isInstanceOfSatisfying(InvalidOfferException.class, e -> assertThat(e.report().violations())
                        .extracting(Violation::codeNumber, Violation::column).containsExactly(tuple(6055, 43)));
    }

    @Test
    void theWriterAndTheFormRoundTrip() {
        for (Offer offer : List.of(Offers.minimal(), Offers.full())) {
            assertThat(OfferReader.create().read(OfferWriter.toJson(offer)).offer()).isEqualTo(offer);
            assertThat(OfferReader.create().readForm(OfferForm.write(offer)).offer()).isEqualTo(offer);
        }
    }
}
