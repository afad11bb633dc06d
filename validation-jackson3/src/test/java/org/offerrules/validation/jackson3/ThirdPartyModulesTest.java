package org.offerrules.validation.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;

/**
 * Blackbird, the module Jackson 3 applications add beside ours for speed (what Jackson 2's parameter
 * names, JDK 8 and Java time modules did is Jackson 3's databind itself), before or after it, or found
 * with it by {@code findAndAddModules()}: an offer read alone, or in a bean beside an {@code Optional}
 * and an {@code Instant}, gives the findings, positions and path the Jackson 2 module's twin test
 * asserts, and is written the same.
 */
class ThirdPartyModulesTest {

    private static final String BROKEN = ModuleTest.withExtra("\"cap_tpye\": 1").replace("\"ssl\":1", "\"ssl\":\"yes\"")
            .replace("\"status\":\"Active\"", "\"status\":\"Live\"");
    private static final String MINIMAL = OfferWriter.toJson(Offers.minimal());
    private static final String BATCH_START = "{\"source\": \"feed\", \"receivedAt\": \"2026-12-07T17:00:00Z\",\n \"offer\": ";

    /** A bean as applications bind one (public fields: what Blackbird generates access for). */
    public static final class Batch {
        public String source;
        public Instant receivedAt;
        public Optional<Offer> offer;
    }

    /**
     * Whether Blackbird runs here: Blackbird 3.3 refuses to be registered before Java 25, in its own words
     * (CI runs the tests on Java 17 and on 25; Blackbird 3.1, of the lowest supported Jackson 3, runs on 17).
     */
    private static final boolean BLACKBIRD = blackbirdRuns();

    private static boolean blackbirdRuns() {
        try {
            JsonMapper.builder().addModule(new BlackbirdModule()).build();
            return true;
        } catch (IllegalStateException e) {
            assertThat(e).hasMessageContaining("requires Java").hasMessageContaining("BlackbirdModule");
            return false;
        }
    }

    static Stream<Arguments> mappers() {
        assumeTrue(BLACKBIRD, "Blackbird does not run on Java " + Runtime.version().feature());
        return Stream.of(
                Arguments.of("ours, then Blackbird", mapper(List.of(new OfferRulesModule(), new BlackbirdModule()))),
                Arguments.of("Blackbird, then ours", mapper(List.of(new BlackbirdModule(), new OfferRulesModule()))),
                Arguments.of("findAndAddModules", JsonMapper.builder().findAndAddModules().build()));
    }

    private static JsonMapper mapper(List<JacksonModule> modules) {
        JsonMapper.Builder builder = JsonMapper.builder();
        modules.forEach(builder::addModule);
        return builder.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void anOfferAloneGivesTheSameFindings(String name, JsonMapper mapper) {
        assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName)
                .contains("OfferRulesModule", new BlackbirdModule().getModuleName());
        InvalidOfferException e = (InvalidOfferException) catchThrowable(() -> mapper.readValue(BROKEN, Offer.class));
        assertThat(found(e)).containsExactly("6303 /status 1:51", "6319 /ssl 1:180", "6820 /cap_tpye 1:274");
        assertThat(mapper.readValue(MINIMAL, Offer.class)).isEqualTo(Offers.minimal());
        assertThat(mapper.writeValueAsString(Offers.full())).isEqualTo(OfferWriter.toJson(Offers.full()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void anOfferInABeanGivesTheSameFindingsAndPath(String name, JsonMapper mapper) {
        InvalidOfferException e = (InvalidOfferException) catchThrowable(
                () -> mapper.readValue(BATCH_START + BROKEN + "}", Batch.class));
        assertThat(found(e)).containsExactly("6303 /status 2:61", "6319 /ssl 2:190", "6820 /cap_tpye 2:284");
        assertThat(e.getPath()).extracting(reference -> reference.getPropertyName()).containsExactly("offer");

        Batch batch = mapper.readValue(BATCH_START + MINIMAL + "}", Batch.class);
        assertThat(batch.offer).contains(Offers.minimal());
        assertThat(batch.receivedAt).isEqualTo(Instant.parse("2026-12-07T17:00:00Z"));
        assertThat(mapper.writeValueAsString(batch)).contains("\"offer\":" + MINIMAL);
    }

    private static List<String> found(InvalidOfferException e) {
        assertThat(e).isNotNull();
        return e.report().violations().stream()
                .map(v -> v.codeNumber() + " " + v.pointer() + " " + v.line() + ":" + v.column()).toList();
    }
}
