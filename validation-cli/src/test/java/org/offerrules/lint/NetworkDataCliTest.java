package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.NetworkFolder;
import org.offerrules.validation.fixtures.NetworkFolder.Case;

/** {@code offer-lint --data DIR}: the lookups a data folder answers, and a run's documents against each other. */
class NetworkDataCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    static Stream<Case> cases() {
        return NetworkFolder.cases().stream();
    }

    /** The findings: code, pointer, file name, line and severity. */
    static List<Tuple> findings(Cli cli) throws Exception {
        List<Tuple> found = new ArrayList<>();
        for (JsonNode v : JSON.readTree(cli.out()).get("violations")) {
            found.add(tuple(v.get("code").asInt(), v.get("pointer").asText(),
                    Path.of(v.get("file").asText()).getFileName().toString(), v.get("line").asInt(),
                    v.get("severity").asText()));
        }
        return found;
    }

    @Test
    void aConfigurationFileNamesTheFolderOfItsFiles(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        NetworkFolder.write(Files.createDirectories(repo.resolve("network")));
        Files.writeString(repo.resolve(".offer-lint.yaml"), "data: network\n");
        Path offers = Files.createDirectories(repo.resolve("offers"));
        Path file = Files.writeString(offers.resolve("unknown-advertiser.json"),
                OfferWriter.toJson(NetworkFolder.knownOffer().toBuilder().advertiserId(13).build()));

        assertThat(findings(Cli.run("--no-progress", "--format", "json", file.toString())))
                .containsExactly(tuple(6307, "/advertiser_id", "unknown-advertiser.json", 1, "error"));
        assertThat(findings(Cli.run("--no-progress", "--format", "json", "--no-config", file.toString()))).isEmpty();

        Files.delete(repo.resolve("network/advertisers.json"));
        Files.writeString(repo.resolve("network/advertisers.csv"), "id,email\nx7,a@example.com\n");
        Cli bad = Cli.run("--no-progress", file.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).startsWith("offer-lint: data: ").contains("advertisers.csv:2").doesNotContain("\n\t");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachLookupOfTheFolderIsItsCodeAtItsPointer(Case c) throws Exception {
        Path data = Files.createDirectories(shared.resolve("data"));
        NetworkFolder.write(data);
        Path file = Files.writeString(shared.resolve(c.name().replace(' ', '-') + ".json"), OfferWriter.toJson(c.body()));

        Cli cli = Cli.run("--no-progress", "--format", "json", "--request", c.request().method(), "--mode",
                c.mode() == ValidationMode.UPDATE ? "update" : "create", "--data", data.toString(), file.toString());

        assertThat(cli.err()).isEmpty();
        List<Tuple> expected = c.code() == 0 ? List.of()
                : List.of(tuple(c.code(), c.pointer(), file.getFileName().toString(), 1, "error"));
        assertThat(findings(cli)).isEqualTo(expected);
        assertThat(cli.status()).isEqualTo(c.code() == 0 ? OfferLint.OK : OfferLint.FINDINGS);
    }

    @ParameterizedTest(name = "--threads {0}")
    @ValueSource(ints = {1, 2})
    void twoNewAdvertisersWithOneEmailInTwoFilesAreOne6113AtTheSecond(int threads, @TempDir Path dir) throws Exception {
        String advertiser = "{\"email\": \"%s\", \"status\": \"Active\", \"company\": \"Acme\", \"first_name\": \"Ada\"}\n";
        Path first = Files.writeString(dir.resolve("a.ndjson"), advertiser.formatted("one@example.com")
                + advertiser.formatted("shared@example.com"));
        Path second = Files.writeString(dir.resolve("b.ndjson"), advertiser.formatted("two@example.com")
                + advertiser.formatted("Shared@example.com") + advertiser.formatted("three@example.com"));

        Cli cli = Cli.run("--no-progress", "--format", "json", "--request", "setAdvertiser", "--threads",
                String.valueOf(threads), first.toString(), second.toString());

        assertThat(findings(cli)).containsExactly(tuple(6113, "/email", "b.ndjson", 2, "error"));
        assertThat(cli.status()).isEqualTo(OfferLint.FINDINGS);
    }

    @Test
    void anOfferUpdatedTwiceIsAWarningAtTheSecond(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("updates.ndjson"),
                "{\"id\": 41, \"name\": \"A\"}\n{\"id\": 42, \"name\": \"B\"}\n{\"id\": 41, \"status\": \"Paused\"}\n");

        Cli cli = Cli.run("--no-progress", "--format", "json", "--mode", "update", "--threads", "2", file.toString());

        assertThat(findings(cli)).containsExactly(tuple(6006, "/id", "updates.ndjson", 3, "warning"));
        assertThat(cli.status()).isEqualTo(OfferLint.OK);
    }

    @ParameterizedTest(name = "--threads {0}")
    @ValueSource(ints = {1, 2})
    void theBatchsFindingsTakeTheConfiguredLevelsOfTheirFilesInEveryReport(int threads, @TempDir Path repo)
            throws Exception {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".offer-lint.yaml"), """
                rules:
                  "6006": error
                overrides:
                  - files: ["offers/**"]
                    mode: update
                  - files: ["advertisers/**"]
                    request: setAdvertiser
                  - files: ["**/legacy/**"]
                    rules: {"6006": off, "6113": warning}
                """);
        String advertiser = "{\"email\": \"%s\", \"status\": \"Active\", \"company\": \"Acme\", \"first_name\": \"Ada\"}\n";
        Files.createDirectories(repo.resolve("advertisers/legacy"));
        Files.createDirectories(repo.resolve("offers/legacy"));
        Files.writeString(repo.resolve("advertisers/a.ndjson"),
                advertiser.formatted("shared@example.com") + advertiser.formatted("shared@example.com"));
        Files.writeString(repo.resolve("advertisers/legacy/b.ndjson"), advertiser.formatted("Shared@example.com"));
        String updates = "{\"id\": %d, \"name\": \"A\"}\n{\"id\": %<d, \"status\": \"Paused\"}\n";
        Files.writeString(repo.resolve("offers/u.ndjson"), updates.formatted(41));
        Files.writeString(repo.resolve("offers/legacy/u.ndjson"), updates.formatted(51));
        String[] run = {"--no-progress", "--threads", String.valueOf(threads), repo.toString()};

        Cli json = Cli.run(Stream.concat(Stream.of("--format", "json"), Stream.of(run)).toArray(String[]::new));

        assertThat(findings(json)).containsExactly(tuple(6113, "/email", "a.ndjson", 2, "error"),
                tuple(6113, "/email", "b.ndjson", 1, "warning"), tuple(6006, "/id", "u.ndjson", 2, "error"));
        JsonNode summary = JSON.readTree(json.out()).get("summary");
        assertThat(List.of(summary.get("withErrors").asInt(), summary.get("withWarnings").asInt(),
                summary.get("errors").asInt(), summary.get("warnings").asInt())).containsExactly(2, 1, 2, 1);
        assertThat(json.status()).isEqualTo(OfferLint.FINDINGS);

        Cli sarif = Cli.run(Stream.concat(Stream.of("--format", "sarif"), Stream.of(run)).toArray(String[]::new));
        List<String> results = new ArrayList<>();
        for (JsonNode result : JSON.readTree(sarif.out()).at("/runs/0/results")) {
            results.add(result.get("ruleId").asText() + " " + result.get("level").asText());
        }
        assertThat(results).containsExactly("6113 error", "6113 warning", "6006 error");

        Path baseline = repo.resolve("baseline.json");
        Cli written = Cli.run(Stream.concat(Stream.of("--write-baseline", baseline.toString()), Stream.of(run))
                .toArray(String[]::new));
        assertThat(written.status()).as(written.err()).isZero();
        Cli sifted = Cli.run(Stream.concat(Stream.of("--format", "json", "--baseline", baseline.toString()),
                Stream.of(run)).toArray(String[]::new));
        assertThat(findings(sifted)).isEmpty();
        assertThat(JSON.readTree(sifted.out()).at("/summary/baseline/baselined").asInt()).isEqualTo(3);
        assertThat(sifted.status()).isEqualTo(OfferLint.OK);
    }

    /**
     * A bad record is one line at its file and line, and no lint. Two pages of a list saved one after the
     * other in a .json file: the second page's ids were left unread, "unknown" (false 6307s).
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            offers.csv       | id,name\\n12,Summer\\nx7,Backup\\n | :3: id "x7" is not a whole number above 0
            advertisers.json | [{"id": 11}]\\n[{"id": 12}]\\n   | :2: malformed JSON: an array after the list; a .json file holds one list (pages saved one after the other go in a .ndjson file, a record a line)
            """)
    void aBadLineOfADataFileIsAUsageErrorAtItsFileAndLine(String file, String text, String problem, @TempDir Path dir)
            throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve(file), text.replace("\\n", "\n"));
        Path offer = Files.writeString(dir.resolve("offer.json"), OfferWriter.toJson(NetworkFolder.knownOffer()));

        Cli cli = Cli.run("--no-progress", "--data", data.toString(), offer.toString());

        assertThat(cli.status()).isEqualTo(OfferLint.USAGE);
        assertThat(cli.err()).isEqualTo("offer-lint: --data: " + data.resolve(file).toString().replace('\\', '/')
                + problem + System.lineSeparator());
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void aMissingDataFolderIsAUsageError(@TempDir Path dir) {
        Cli cli = Cli.run("--no-progress", "--data", dir.resolve("nowhere").toString(), dir.toString());

        assertThat(cli.status()).isEqualTo(OfferLint.USAGE);
        assertThat(cli.err()).startsWith("offer-lint: --data " + dir.resolve("nowhere") + ": cannot be read");
    }

    /** A file as the folder said "cannot be read (" and its own path; a file of the folder that cannot be read is named. */
    @Test
    void aFileForTheFolderOrAnUnreadableFileOfItIsNamed(@TempDir Path dir) throws Exception {
        Path offer = Files.writeString(dir.resolve("offer.json"), OfferWriter.toJson(NetworkFolder.knownOffer()));

        Cli cli = Cli.run("--no-progress", "--data", offer.toString(), offer.toString());

        assertThat(cli.status()).isEqualTo(OfferLint.USAGE);
        assertThat(cli.err()).isEqualTo("offer-lint: --data " + offer + ": cannot be read (not a folder)" + System.lineSeparator());
        // as root every file can be read: the failure the folder's load throws, named
        assertThat(DataFolder.unreadable(dir, new java.nio.file.AccessDeniedException(dir.resolve("advertisers.json").toString())))
                .isEqualTo(dir.resolve("advertisers.json").toString().replace('\\', '/'));
        assertThat(DataFolder.unreadable(dir, new java.io.IOException("disk"))).isEqualTo(dir.toString().replace('\\', '/'));
    }

    @Test
    void codesSaysWhichLookupsTheFolderAnswers(@TempDir Path dir) throws Exception {
        NetworkFolder.write(dir);
        Files.delete(dir.resolve("applications.ndjson"));

        Cli cli = Cli.run("codes", "--format", "json", "--data", dir.toString());

        assertThat(cli.status()).isZero();
        List<Tuple> lookups = new ArrayList<>();
        for (JsonNode code : JSON.readTree(cli.out())) {
            // the lookup codes, and the offline codes with a lookup rule too (6387): no other
            assertThat(code.has("active")).as(code.toString()).isEqualTo(code.get("check").asText().equals("lookup")
                    || DataFolder.askedCodes().contains(code.get("code").asInt()));
            if (code.has("active") && List.of(6307, 6113, 6802, 6229, 6006).contains(code.get("code").asInt())) {
                lookups.add(tuple(code.get("code").asInt(), code.get("active").asBoolean()));
            }
        }
        assertThat(lookups).containsExactly(tuple(6113, true), tuple(6229, true), tuple(6307, true), tuple(6802, false));
        assertThat(Cli.run("codes", "--data", dir.toString()).out()).contains("lookups answered by " + dir + ": ")
                .containsPattern("lookups skipped: .*6802");
    }

    /** 6387 is checked offline (the ids' form) and by lookup (does the category exist): both outputs say so. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void codesAsTextAndAsJsonNameTheSameLookups(boolean withCategories, @TempDir Path dir) throws Exception {
        NetworkFolder.write(dir);
        if (!withCategories) {
            Files.delete(dir.resolve("categories.json"));
        }

        String text = Cli.run("codes", "--data", dir.toString()).out();
        List<Integer> answered = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        for (JsonNode code : JSON.readTree(Cli.run("codes", "--format", "json", "--data", dir.toString()).out())) {
            if (code.has("active")) {
                (code.get("active").asBoolean() ? answered : skipped).add(code.get("code").asInt());
            }
        }

        assertThat(text).contains("lookups answered by " + dir + ": " + joined(answered) + System.lineSeparator())
                .contains("lookups skipped: " + joined(skipped) + System.lineSeparator());
        assertThat(withCategories ? answered : skipped).contains(6387);
    }

    private static String joined(List<Integer> codes) {
        return codes.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" "));
    }
}
