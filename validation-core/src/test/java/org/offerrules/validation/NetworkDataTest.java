package org.offerrules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.offerrules.validation.OfferValidator.Engine;
import org.offerrules.validation.fixtures.NetworkFolder;
import org.offerrules.validation.fixtures.NetworkFolder.Case;
import org.offerrules.validation.fixtures.Requests;
import org.offerrules.validation.model.SetAdvertiser;

/** {@link NetworkData}: a data folder answers the lookups of its files, and rejects every bad record. */
class NetworkDataTest {

    @TempDir
    static Path shared;

    static Stream<Arguments> cases() {
        return NetworkFolder.cases().stream().flatMap(c -> Stream.of(Arguments.of(c, Engine.COMPILED),
                Arguments.of(c, Engine.HIBERNATE_VALIDATOR)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("cases")
    void eachLookupOfTheFolderIsItsCodeAtItsPointer(Case c, Engine engine) throws Exception {
        NetworkData data = NetworkData.load(NetworkFolder.write(Files.createDirectories(shared.resolve("data"))));
        OfferValidator validator = OfferValidator.builder().engine(engine).lookup(data).build();

        List<Object> found = validator.validate(c.body(), c.mode()).violations().stream()
                .map(v -> (Object) tuple(v.codeNumber(), v.pointer())).toList();

        assertThat(found).isEqualTo(c.code() == 0 ? List.of() : List.of(tuple(c.code(), c.pointer())));
    }

    @Test
    void aMissingFileLeavesItsLookupsSkipped(@TempDir Path dir) throws Exception {
        NetworkFolder.write(dir);
        Files.delete(dir.resolve("categories.json"));
        NetworkData data = NetworkData.load(dir);
        OfferValidator validator = OfferValidator.builder().lookup(data).build();

        assertThat(validator.validate(NetworkFolder.knownOffer().toBuilder().categories("6,99").build()).isValid()).isTrue();
        assertThat(data.answers("categoryExists")).isFalse();
        assertThat(data.answers("advertiserExists")).isTrue();
        assertThat(data.answers("noSuchQuestion")).isFalse();
        assertThat(data.records()).containsEntry("advertisers", 2).containsEntry("offers", 2).doesNotContainKey("categories");
    }

    @Test
    void anEmptyFolderKnowsNothing(@TempDir Path dir) throws Exception {
        NetworkData data = NetworkData.load(dir);

        assertThat(data.advertiserExists(1)).isTrue();
        assertThat(data.advertiserWithEmail("ops@example.com")).isNull();
        assertThat(data.records()).isEmpty();
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("advertisers.ndjson", "{\"id\": 1}\n{\"id\": \"x1\"}\n", "advertisers.ndjson:2: id \"x1\" is not a whole number above 0"),
                Arguments.of("offers.ndjson", "{\"id\": 1}\n\n{\"name\": \"no id\"}\n", "offers.ndjson:3: no id"),
                Arguments.of("offers.ndjson", "{\"id\": 1,}\n", "offers.ndjson:1: malformed JSON: a string expected, not '}…'"),
                Arguments.of("offers.json", "[\n{\"id\": 1},\n{\"id\": 0}\n]", "offers.json:3: id 0 is not a whole number above 0"),
                Arguments.of("offers.json", "[\n{\"id\": 1},\n{\"id\": 2}", "offers.json:3: the JSON ends inside the array"),
                Arguments.of("offers.json", "{\"httpStatus\": 200, \"data\": 5}", "offers.json:1: no list of offers: an array of records, or the API's answer with one in data, expected, not '}…'"),
                Arguments.of("categories.json", "[\n 7\n]", "categories.json:2: a record is a JSON object, not '7…'"),
                Arguments.of("offers.csv", "id,name\n1,a\n2\n", "offers.csv:3: 1 fields, the header has 2"),
                Arguments.of("offers.csv", "name\nfirst\n", "offers.csv:1: the header has no id column"),
                Arguments.of("offers.csv", "id,name\n1,\"open\n", "offers.csv:2: a quoted field is not closed"),
                Arguments.of("offers.csv", "id\n1\n99999999999\n", "offers.csv:3: id \"99999999999\" is not a whole number above 0"),
                Arguments.of("affiliates.ndjson", "{\"id\": 1, \"email\": \"a@example.com\"}\n{\"id\": 2, \"email\": \"A@example.com\"}\n",
                        "affiliates.ndjson:2: email A@example.com belongs to id 1 too"),
                Arguments.of("affiliates.ndjson", "{\"id\": 1, \"email\": 5}\n", "affiliates.ndjson:1: email 5 is not a string"),
                Arguments.of("advertiser.json", "[]", "advertiser.json: not a data file: the names are advertisers, "
                        + "affiliates, offers, categories, offer_groups, payout_tiers, managers, applications, postbacks "
                        + "(.json, .ndjson, .csv)"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badLines")
    void aBadLineIsAProblemAtItsFileAndLine(String file, String text, String problem, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(file), text);

        assertThatThrownBy(() -> NetworkData.load(dir)).isInstanceOfSatisfying(NetworkData.BadDataException.class,
                e -> assertThat(e.problems()).containsExactly(dir.resolve(problem.substring(0, problem.indexOf(':')))
                        .toString().replace('\\', '/') + problem.substring(problem.indexOf(':'))));
    }

    @Test
    void twoFilesOfOneEntityAreAProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("offers.csv"), "id\n1\n");
        Files.writeString(dir.resolve("offers.json"), "[]");

        assertThatThrownBy(() -> NetworkData.load(dir)).isInstanceOf(NetworkData.BadDataException.class)
                .hasMessageEndingWith("offers.json: offers has another file, offers.csv; keep one");
    }

    @Test
    void theBatchReportsTheSecondClaimOfAnEmailAndTheSecondUpdateOfAnId() {
        BatchCheck batch = new BatchCheck();
        SetAdvertiser first = Requests.advertiser();

        assertThat(batch.check(first, List.of())).isEmpty();
        assertThat(batch.check(first.toBuilder().email("OPS@example.com").build(), List.of()))
                .extracting(Violation::codeNumber, Violation::pointer, Violation::severity)
                .containsExactly(tuple(6113, "/email", Severity.ERROR));
        assertThat(batch.check(SetAdvertiser.builder().id(5).email("five@example.com").build(), List.of())).isEmpty();
        // its own address again, on a second update of the same advertiser: only the update is reported
        assertThat(batch.check(SetAdvertiser.builder().id(5).email("five@example.com").build(), List.of()))
                .extracting(Violation::codeNumber, Violation::pointer, Violation::severity)
                .containsExactly(tuple(6006, "/id", Severity.WARNING));
        assertThat(batch.check(SetAdvertiser.builder().id(6).email("five@example.com").build(), List.of()))
                .extracting(Violation::codeNumber).containsExactly(6113);
        // an affiliate's address is not an advertiser's
        assertThat(batch.check(Requests.valid(Request.SET_AFFILIATE_BASE_INFO), List.of())).isEmpty();
    }
}
