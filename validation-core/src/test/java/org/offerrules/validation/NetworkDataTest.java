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
                Arguments.of("offers.json", "{\"httpStatus\": 200, \"data\": 5}", "offers.json:1: no list of offers: an object "
                        + "without an array in data; an array of records, or the API's answer with one in data, expected"),
                Arguments.of("offers.json", "{\"id\": 12}", "offers.json:1: no list of offers: an object "
                        + "without an array in data; an array of records, or the API's answer with one in data, expected"),
                Arguments.of("offers.json", "", "offers.json:1: no list of offers: an array of records, or the API's "
                        + "answer with one in data, expected, not the end of the input"),
                Arguments.of("categories.json", "[\n 7\n]", "categories.json:2: a record is a JSON object, not a number"),
                Arguments.of("categories.json", "[{\"id\": 7}, null]", "categories.json:1: a record is a JSON object, not null"),
                Arguments.of("categories.json", "[\"7\", \"8\"]", "categories.json:1: a record is a JSON object, not a string"),
                // two pages saved one after the other: the second was never read, its ids "unknown"
                Arguments.of("offers.json", "[{\"id\": 1}]\n[{\"id\": 2}]\n", "offers.json:2: malformed JSON: an array after "
                        + "the list; a .json file holds one list (pages saved one after the other go in a .ndjson file, a "
                        + "record a line)"),
                Arguments.of("offers.json", "{\"data\": {\"list\": [{\"id\": 1}], \"page\": 1}, \"httpStatus\": 200} x",
                        "offers.json:1: malformed JSON: 'x…' after the list; a .json file holds one list (pages saved one "
                        + "after the other go in a .ndjson file, a record a line)"),
                Arguments.of("offers.json", "{\"data\": [{\"id\": 1}] \"httpStatus\": 200}",
                        "offers.json:1: malformed JSON: ',' expected, not a string"),
                Arguments.of("offers.json", "[{\"id\": 1}] \u00e9", "offers.json:1: malformed JSON: the byte 0xC3 after the "
                        + "list; a .json file holds one list (pages saved one after the other go in a .ndjson file, a record a line)"),
                // a byte above 0x7F was read as the end of the input
                Arguments.of("offers.ndjson", "{\"id\": 1} \u00ff\n", "offers.ndjson:1: malformed JSON: text after the value"),
                Arguments.of("offers.json", "[{\"id\": 12.0}]", "offers.json:1: id 12.0 is not a whole number above 0"),
                Arguments.of("offers.csv", "", "offers.csv:1: an empty file: a CSV file begins with its header (id, ...)"),
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
    void everyIdThatIsNoWholeNumberAboveZeroIsAProblemAtItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("offers.json"), "[{\"id\": -3},\n{\"id\": 9223372036854775808},\n{\"id\": true},\n"
                + "{\"id\": \"2147483648\"},\n{\"id\": [1]},\n{\"id\": null},\n{\"id\": \" 12 \"}, {\"id\": 12}]");

        assertThatThrownBy(() -> NetworkData.load(dir)).isInstanceOfSatisfying(NetworkData.BadDataException.class,
                e -> assertThat(e.problems()).map(p -> p.substring(p.lastIndexOf('/') + 1)).containsExactly(
                        "offers.json:1: id -3 is not a whole number above 0",
                        "offers.json:2: id 9223372036854775808 is not a whole number above 0",
                        "offers.json:3: id true is not a whole number above 0",
                        "offers.json:4: id \"2147483648\" is not a whole number above 0",
                        "offers.json:5: id an object or an array is not a whole number above 0",
                        "offers.json:6: no id"));
    }

    /**
     * A data file's name on what is no file was skipped as a missing file: its lookups silently off (a
     * folder, a dangling link, a loop of links).
     */
    @Test
    void aDataFilesNameOnWhatIsNoFileIsAProblem(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("advertisers.json"));
        Files.createSymbolicLink(dir.resolve("offers.ndjson"), dir.resolve("no-such-file.ndjson"));
        Files.createSymbolicLink(dir.resolve("categories.csv"), dir.resolve("categories.csv"));
        // another name on a folder is no data file, as before
        Files.createDirectories(dir.resolve("backup.json"));

        assertThatThrownBy(() -> NetworkData.load(dir)).isInstanceOfSatisfying(NetworkData.BadDataException.class,
                e -> assertThat(e.problems()).map(p -> p.substring(p.lastIndexOf('/') + 1)).containsExactly(
                        "advertisers.json: a folder, not a data file",
                        "categories.csv: a symbolic link to nothing (its target does not exist, or the links make a loop)",
                        "offers.ndjson: a symbolic link to nothing (its target does not exist, or the links make a loop)"));
    }

    /** A link to a file elsewhere is read as the file, as offer-lint follows links to the files it lints. */
    @Test
    void aLinkToAFileOutsideTheFolderIsReadAsTheFile(@TempDir Path dir) throws Exception {
        Path outside = Files.writeString(dir.resolve("saved-advertisers.json"), "[{\"id\": 12}]");
        Path folder = Files.createDirectories(dir.resolve("data"));
        Files.createSymbolicLink(folder.resolve("advertisers.json"), outside);

        NetworkData data = NetworkData.load(folder);

        assertThat(data.advertiserExists(12)).isTrue();
        assertThat(data.advertiserExists(13)).isFalse();
    }

    static Stream<Arguments> encodings() {
        return Stream.of("UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE").flatMap(charset ->
                Stream.of(Arguments.of(charset, true), Arguments.of(charset, false)));
    }

    /**
     * A file saved as UTF-16 (Windows PowerShell 5's {@code >}) or UTF-32, with or without its byte order
     * mark, is read as its text: it was a problem that named "the end of the input" or a NUL.
     */
    @ParameterizedTest(name = "{0}, byte order mark {1}")
    @MethodSource("encodings")
    void aFileInAnotherUnicodeEncodingIsReadAsItsText(String charset, boolean mark, @TempDir Path dir) throws Exception {
        java.nio.charset.Charset cs = java.nio.charset.Charset.forName(charset);
        String bom = mark ? "\uFEFF" : "";
        String pad = "x".repeat(20_000); // the list after the first reads
        Files.write(dir.resolve("advertisers.json"), (bom + "{\"httpStatus\": 200, \"note\": \"" + pad + "\",\n\"data\": [\n"
                + "{\"id\": 12, \"email\": \"Zo\u00eb\ud83d\ude00@example.com\"},\n{\"id\": \"13\"}]}").getBytes(cs));
        Files.write(dir.resolve("offers.ndjson"), (bom + "{\"id\": 7}\n{\"id\": 8}\n").getBytes(cs));
        Files.write(dir.resolve("categories.csv"), (bom + "id,name\n6,Caf\u00e9\n").getBytes(cs));

        NetworkData data = NetworkData.load(dir);

        assertThat(data.records()).containsExactly(java.util.Map.entry("advertisers", 2), java.util.Map.entry("categories", 1),
                java.util.Map.entry("offers", 2));
        assertThat(data.advertiserWithEmail("zo\u00eb\ud83d\ude00@example.com")).isEqualTo(12);
        assertThat(data.advertiserExists(13)).isTrue();
        assertThat(data.offerExists(8)).isTrue();
        assertThat(data.categoryExists(6)).isTrue();
        assertThat(data.categoryExists(7)).isFalse();

        Files.write(dir.resolve("offers.ndjson"), (bom + "{\"id\": 7}\n{\"id\": \"x8\"}\n").getBytes(cs));
        assertThatThrownBy(() -> NetworkData.load(dir)).isInstanceOfSatisfying(NetworkData.BadDataException.class,
                e -> assertThat(e.problems()).map(p -> p.substring(p.lastIndexOf('/') + 1))
                        .containsExactly("offers.ndjson:2: id \"x8\" is not a whole number above 0"));
    }

    /**
     * Bytes that are not in the encoding a file's first bytes tell (a UTF-16 file cut after an odd byte) are
     * one problem of the whole file that names the encoding; they were decoded to U+FFFD and reported as
     * bytes the file does not hold ("not the byte 0xEF"). A JSON file's encoding is told by its first two
     * characters, so a UTF-8 one that starts with a NUL is UTF-8, its NUL named ("not the byte 0xE7" before).
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"advertisers.json", "offers.ndjson", "categories.csv"})
    void bytesNotInTheFilesEncodingAreOneProblemNamingIt(String file, @TempDir Path dir) throws Exception {
        String text = file.endsWith(".csv") ? "id,name\n6,Caf\u00e9\n" : file.endsWith(".ndjson") ? "{\"id\": 7}\n"
                : "[{\"id\": 12}]";
        byte[] utf16 = text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        Files.write(dir.resolve(file), java.util.Arrays.copyOf(utf16, utf16.length + 1)); // an odd byte at the end
        assertThatThrownBy(() -> NetworkData.load(dir)).isInstanceOfSatisfying(NetworkData.BadDataException.class,
                e -> assertThat(e.problems()).map(p -> p.substring(p.lastIndexOf('/') + 1))
                        .containsExactly(file + ": bytes that are not UTF-16LE, the encoding its first bytes tell; save it as UTF-8"));
    }

    @Test
    void aJsonFileThatStartsWithANulIsUtf8(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("advertisers.json"), "\u0000[{\"id\": 12}]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> NetworkData.load(dir)).isInstanceOfSatisfying(NetworkData.BadDataException.class,
                e -> assertThat(e.problems()).map(p -> p.substring(p.lastIndexOf('/') + 1)).containsExactly(
                        "advertisers.json:1: no list of advertisers: an array of records, or the API's answer with one in "
                                + "data, expected, not the byte 0x00"));
    }

    /** What follows the list in the API's answer is read to its end, and the list's records are all kept. */
    @Test
    void theFieldsAfterTheListOfAnAnswerAreRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("offers.json"), "{\"httpStatus\": 200, \"data\": {\"page\": 1, \"list\": "
                + "[{\"id\": 1}, {\"id\": 2}], \"total\": {\"all\": [2]}}, \"msg\": \"ok\"}\n");

        assertThat(NetworkData.load(dir).records()).containsExactly(java.util.Map.entry("offers", 2));
    }

    /** A file written under another name is read as the folder's file it will be. */
    @Test
    void theProblemsOfAFileAreThoseTheFolderWouldReport(@TempDir Path dir) throws Exception {
        Path part = Files.writeString(dir.resolve(".offers.ndjson.part"), "{\"id\": 1}\n{\"id\": \"abc\"}\n");

        assertThat(NetworkData.problems(part, "offers.ndjson"))
                .containsExactly("offers.ndjson:2: id \"abc\" is not a whole number above 0");
        Files.writeString(part, "{\"id\": 1}\n");
        assertThat(NetworkData.problems(part, "offers.ndjson")).isEmpty();
        assertThatThrownBy(() -> NetworkData.problems(part, "offer.ndjson")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a data file's name: offer.ndjson; the names are advertisers, ");
        assertThatThrownBy(() -> NetworkData.problems(part, "offers.part")).isInstanceOf(IllegalArgumentException.class);
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
