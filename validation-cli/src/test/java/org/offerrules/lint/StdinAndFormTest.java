package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.validation.document.OfferForm;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.fixtures.Offers;

import picocli.CommandLine;

/** {@code offer-lint -} (standard input, JSON or form bodies) and {@code *.form} files. */
class StdinAndFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFERS_NDJSON = "../docs/examples/offers.ndjson";
    private static final String VENDOR = "../validation-jackson/src/test/resources/vendor/setOffer-v2-example.form";

    private static Cli run(String stdin, String... args) {
        return Cli.withStdin(stdin, args);
    }

    /** The column of the value of {@code app_id=} in the vendor's example, 1-based. */
    private static int appIdColumn() throws Exception {
        String body = Files.readString(Path.of(VENDOR));
        return body.indexOf("&app_id=") + 2; // the parameter, after its '&': 1097
    }

    @Test
    void aJsonOfferOnStandardInputIsReportedAsStdin() {
        String offer = OfferWriter.toJson(Offers.minimal()).replace("\"advertiser_id\":12", "\"advertiser_id\":true");

        Cli cli = run(offer, "--no-progress", "-");

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out().lines().toList()).startsWith(
                "<stdin>:1:18: error 6306 Invalid Advertiser ID (expected an integer, found a boolean) (/advertiser_id)", "");
        assertThat(cli.out()).containsPattern("files\\s+1\\n").containsPattern("documents\\s+1\\n");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void ndjsonPipedInGivesTheSameFindingsAsTheFile() throws Exception {
        String ndjson = Files.readString(Path.of(OFFERS_NDJSON));

        for (String format : new String[] {"text", "json"}) {
            Cli file = Cli.run("--no-progress", "--format", format, OFFERS_NDJSON);
            Cli piped = run(ndjson, "--no-progress", "--format", format, "-");

            assertThat(piped.status()).isEqualTo(file.status()).isEqualTo(1);
            assertThat(piped.out()).as(format).isEqualTo(file.out().replace(OFFERS_NDJSON, "<stdin>"));
        }
        assertThat(run(ndjson, "--no-progress", "-").out()).contains(
                "<stdin>:2:217: error 6324 Invalid Offer Currency (/currency)",
                "<stdin>:4:250: warning 6820 Invalid cap_typ parameter. Unknown field; did you mean `cap_type`? (/cap_typ)");
    }

    /**
     * A pipe named on the command line ({@code offer-lint <(jq -c '.[]' all.json)}, a named pipe) is read
     * as a stream, as standard input is; a folder's walk skips one, since nobody may ever write to it.
     */
    @Test
    void aPipeNamedOnTheCommandLineIsReadAsAStreamAndAFoldersPipeIsSkipped(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("offers.ndjson");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo makes named pipes");
        byte[] ndjson = Files.readAllBytes(Path.of(OFFERS_NDJSON));
        Thread writer = new Thread(() -> {
            try (var out = Files.newOutputStream(pipe)) {
                out.write(ndjson);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        Cli piped = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> Cli.run("--no-progress", pipe.toString()));
        // the writer ends once the linter has read to the end; still waiting to open the pipe after that
        // long means the linter never opened it: a reader lets it go (opening one sooner could wait forever
        // for a writer that has just closed it)
        writer.join(10_000);
        if (writer.isAlive()) {
            Files.newInputStream(pipe).close();
            writer.join();
        }
        Cli file = Cli.run("--no-progress", OFFERS_NDJSON);
        assertThat(piped.status()).isEqualTo(file.status()).isEqualTo(1);
        assertThat(piped.out()).isEqualTo(file.out().replace(OFFERS_NDJSON, pipe.toString()));

        // a device: /dev/null is an empty input
        Cli empty = Cli.run("--no-progress", "/dev/null");
        assertThat(empty.status()).isEqualTo(1);
        assertThat(empty.out()).startsWith("/dev/null:1:1: error 6055 Invalid json data: no JSON document in the input");

        // the same pipe in a folder: not opened (nobody writes to it now)
        Files.copy(Path.of("../docs/examples/valid-offer.json"), dir.resolve("valid-offer.json"));
        Cli folder = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> Cli.run("--no-progress", dir.toString()));
        assertThat(folder.status()).isZero();
        assertThat(folder.out()).containsPattern("files\\s+1\\n");
    }

    @Test
    void anArrayOnStandardInputIsDetectedFromTheContent() {
        String array = "[" + OfferWriter.toJson(Offers.minimal()) + ",\n" + OfferWriter.toJson(Offers.minimal().toBuilder().ssl(3).build()) + "]";

        Cli cli = run(array, "--no-progress", "--format", "json", "-");

        assertThat(cli.status()).isEqualTo(1);
        JsonNode v = readJson(cli.out()).at("/violations/0");
        assertThat(v.get("file").asText()).isEqualTo("<stdin>");
        assertThat(v.get("document").asInt()).isEqualTo(1);
        assertThat(v.get("code").asInt()).isEqualTo(6319);
        assertThat(v.get("line").asInt()).isEqualTo(2);
    }

    @Test
    void anInputWithoutADocumentIsOneFindingWhateverItsKind(@TempDir Path dir) throws Exception {
        String json = "error 6055 Invalid json data: no JSON document in the input";
        String form = "error 6820 Invalid form body parameter. (no form body in the input)";
        // empty, and white space on blank lines: placed after the last white space, as the readers place it
        String[][] inputs = {{"", "1:1"}, {"  \n\t\r\n ", "3:2"}, {"\n\n", "3:1"}};
        for (String[] input : inputs) {
            for (String[] kind : new String[][] {{"x.json", json}, {"x.ndjson", json}, {"x.form", form}, {"x.query", form}}) {
                Path file = Files.writeString(dir.resolve(kind[0]), input[0]);
                Cli cli = Cli.run("--no-progress", file.toString());
                assertThat(cli.status()).as(kind[0] + " " + input[1]).isEqualTo(1);
                assertThat(cli.out()).as(kind[0]).startsWith(file + ":" + input[1] + ": " + kind[1] + " (document 0)\n")
                        .containsPattern("documents\\s+1\\n");
            }
            assertThat(run(input[0], "--no-progress", "-").out()).startsWith("<stdin>:" + input[1] + ": " + json + " (document 0)\n");
            assertThat(run(input[0], "--no-progress", "--stdin-format", "form", "-").out())
                    .startsWith("<stdin>:" + input[1] + ": " + form + " (document 0)\n");
        }
    }

    @Test
    void formBodiesOnStandardInputNeedStdinFormatForm() throws Exception {
        String bodies = OfferForm.write(Offers.minimal()) + "\n\n" + Files.readString(Path.of(VENDOR)) + "\n";

        Cli cli = run(bodies, "--no-progress", "--stdin-format", "form", "-");

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out().lines().toList()).startsWith(
                "<stdin>:3:" + appIdColumn() + ": error 63993 Invalid app id (/app_id)", "");
        assertThat(cli.out()).containsPattern("documents\\s+2\\n");
        // read as JSON, a form body is broken JSON
        assertThat(run(bodies, "--no-progress", "-").out()).contains("<stdin>:1:1: error 6055 Invalid json data");
    }

    @Test
    void standardInputIsReportedBeforeTheFilesGivenWithIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("offer.json");
        Files.writeString(file, OfferWriter.toJson(Offers.minimal().toBuilder().currency(0).build()));
        String stdin = OfferWriter.toJson(Offers.minimal().toBuilder().ssl(3).build());

        Cli cli = run(stdin, "--no-progress", file.toString(), "-");

        assertThat(cli.out().lines().filter(l -> l.contains(": error ")).toList()).containsExactly(
                "<stdin>:1:" + (stdin.indexOf("\"ssl\":3") + 7) + ": error 6319 Invalid SSL (/ssl)",
                file + ":1:" + (Files.readString(file).indexOf("\"currency\":0") + 12) + ": error 6324 Invalid Offer Currency (/currency)");
        assertThat(cli.out()).containsPattern("files\\s+2\\n");
    }

    @Test
    void theSarifReportNamesStandardInputAndPassesTheSchema() throws Exception {
        String stdin = OfferWriter.toJson(Offers.minimal().toBuilder().ssl(3).build());

        JsonNode sarif = readJson(run(stdin, "--no-progress", "--format", "sarif", "-").out());

        assertThat(SchemaValidation.sarif().problems(JSON.writeValueAsString(sarif))).isEmpty();
        JsonNode location = sarif.at("/runs/0/results/0/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("%3Cstdin%3E");
        assertThat(location.at("/artifactLocation/description/text").asText()).isEqualTo("standard input");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(1);
        assertThat(location.at("/region/startColumn").asInt()).isEqualTo(stdin.indexOf("\"ssl\":3") + 7);
    }

    @Test
    void theVendorsFormExampleLintsWithItsPlaceholderAppId() throws Exception {
        Cli cli = Cli.run("--no-progress", VENDOR);

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out().lines().toList()).startsWith(VENDOR + ":1:" + appIdColumn() + ": error 63993 Invalid app id (/app_id)", "");
        assertThat(cli.out()).containsPattern("documents\\s+1\\n").containsPattern("with errors\\s+1\\n");
    }

    @Test
    void foldersAreSearchedForFormFilesToo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.form"), OfferForm.write(Offers.minimal()) + "\n"
                + OfferForm.write(Offers.minimal()).replace("currency=1", "currency=abc") + "\n");
        Files.writeString(dir.resolve("b.json"), OfferWriter.toJson(Offers.minimal()));
        Files.writeString(dir.resolve("c.txt"), "currency=abc");

        JsonNode report = readJson(Cli.run("--no-progress", "--format", "json", dir.toString()).out());

        assertThat(report.get("files").asInt()).isEqualTo(2);
        assertThat(report.get("documents").asInt()).isEqualTo(3);
        JsonNode v = report.at("/violations/0");
        assertThat(v.get("file").asText()).endsWith("a.form");
        assertThat(v.get("line").asInt()).isEqualTo(2);
        assertThat(v.get("code").asInt()).isEqualTo(6324);
        assertThat(v.get("message").asText()).isEqualTo("Invalid Offer Currency (expected an integer, found \"abc\")");
    }

    @Test
    void standardInputIsNotClosed() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(OfferWriter.toJson(Offers.minimal()).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        CommandLine cli = OfferLint.commandLine(in);
        cli.setOut(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("--no-progress", "-")).isZero();
        assertThat(closed[0]).isFalse();
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
