package org.offerrules.validation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.afterburner.AfterburnerModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Offers;
import org.offerrules.validation.model.Offer;

/**
 * The modules applications register beside ours (Spring Boot's parameter names, JDK 8 and Java time;
 * Blackbird or Afterburner for speed), before or after it, or found with it by
 * {@code findAndRegisterModules()}: an offer read alone, or in a bean beside an {@code Optional} and an
 * {@code Instant} those modules read, gives the findings, positions and path of a mapper with ours
 * alone, and is written the same. validation-jackson3's twin holds Jackson 3 to the same answers.
 */
class ThirdPartyModulesTest {

    private static final String BROKEN = ReadingTest.minimal("\"cap_tpye\": 1").replace("\"ssl\":1", "\"ssl\":\"yes\"")
            .replace("\"status\":\"Active\"", "\"status\":\"Live\"");
    private static final String BATCH_START = "{\"source\": \"feed\", \"receivedAt\": \"2026-12-07T17:00:00Z\",\n \"offer\": ";

    /** A bean as applications bind one (public fields: what Afterburner and Blackbird generate access for). */
    public static final class Batch {
        public String source;
        public Instant receivedAt;
        public Optional<Offer> offer;
    }

    static Stream<Arguments> mappers() {
        return Stream.of(
                Arguments.of("ours, then parameter names, JDK 8, Java time, Blackbird", mapper(List.of(new OfferRulesModule(),
                        new ParameterNamesModule(), new Jdk8Module(), new JavaTimeModule(), new BlackbirdModule()))),
                Arguments.of("parameter names, JDK 8, Java time, Blackbird, then ours", mapper(List.of(new ParameterNamesModule(),
                        new Jdk8Module(), new JavaTimeModule(), new BlackbirdModule(), new OfferRulesModule()))),
                Arguments.of("ours, then JDK 8, Java time, Afterburner", mapper(List.of(new OfferRulesModule(), new Jdk8Module(),
                        new JavaTimeModule(), new AfterburnerModule()))),
                Arguments.of("JDK 8, Java time, Afterburner, then ours", mapper(List.of(new Jdk8Module(), new JavaTimeModule(),
                        new AfterburnerModule(), new OfferRulesModule()))),
                Arguments.of("findAndRegisterModules", new ObjectMapper().findAndRegisterModules()));
    }

    private static ObjectMapper mapper(List<Module> modules) {
        ObjectMapper mapper = new ObjectMapper();
        modules.forEach(mapper::registerModule);
        return mapper;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void anOfferAloneGivesTheSameFindings(String name, ObjectMapper mapper) throws Exception {
        InvalidOfferException e = (InvalidOfferException) catchThrowable(() -> mapper.readValue(BROKEN, Offer.class));
        assertThat(found(e)).containsExactly("6303 /status 1:51", "6319 /ssl 1:180", "6820 /cap_tpye 1:274");
        assertThat(mapper.readValue(ReadingTest.MINIMAL, Offer.class)).isEqualTo(Offers.minimal());
        assertThat(mapper.writeValueAsString(Offers.full())).isEqualTo(OfferWriter.toJson(Offers.full()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void anOfferInABeanGivesTheSameFindingsAndPath(String name, ObjectMapper mapper) throws Exception {
        InvalidOfferException e = (InvalidOfferException) catchThrowable(
                () -> mapper.readValue(BATCH_START + BROKEN + "}", Batch.class));
        assertThat(found(e)).containsExactly("6303 /status 2:61", "6319 /ssl 2:190", "6820 /cap_tpye 2:284");
        assertThat(e.getPath()).extracting(reference -> reference.getFieldName()).containsExactly("offer");

        Batch batch = mapper.readValue(BATCH_START + ReadingTest.MINIMAL + "}", Batch.class);
        assertThat(batch.offer).contains(Offers.minimal());
        assertThat(batch.receivedAt).isEqualTo(Instant.parse("2026-12-07T17:00:00Z"));
        assertThat(mapper.writeValueAsString(batch)).contains("\"offer\":" + OfferWriter.toJson(Offers.minimal()));
    }

    private static List<String> found(InvalidOfferException e) {
        assertThat(e).isNotNull();
        return e.report().violations().stream()
                .map(v -> v.codeNumber() + " " + v.pointer() + " " + v.line() + ":" + v.column()).toList();
    }
}
