package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.validation.ValidationMode;
import org.offerrules.validation.Violation;
import org.offerrules.validation.document.OfferReader;
import org.offerrules.validation.document.OfferWriter;
import org.offerrules.validation.document.ReadResult;
import org.offerrules.validation.fixtures.Mutator;
import org.offerrules.validation.fixtures.Mutators;
import org.offerrules.validation.fixtures.OfferGen;
import org.offerrules.validation.fixtures.Source;
import org.offerrules.validation.model.Offer;

/**
 * The CLI's JSON report, the Jackson reader and the Java API agree on every one of 400 generated
 * documents (valid ones and single mutations), written as one NDJSON file and linted in-process.
 */
class CliAgreementTest {

    static final long SEED = 0xC11_2026L;
    static final int DOCUMENTS = 400;

    @Test
    void theCliTheReaderAndTheJavaApiAgreeOnEveryGeneratedDocument(@TempDir Path dir) throws IOException {
        Source s = Source.seeded(SEED);
        List<Mutator> mutators = Mutators.of(ValidationMode.CREATE);
        List<String> lines = new ArrayList<>();
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            Offer offer = OfferGen.offer(s);
            if (s.bool()) {
                offer = s.pick(mutators).apply(s, offer).offer();
            }
            offers.add(offer);
            lines.add(OfferWriter.toJson(offer));
        }
        Path file = dir.resolve("generated.ndjson");
        Files.write(file, lines, StandardCharsets.UTF_8);

        Cli cli = Cli.run("--format=json", "--no-progress", "--threads=2", file.toString());

        // what the reader and the Java API say, document by document, in the CLI's terms
        OfferReader reader = OfferReader.create();
        Map<Integer, List<String>> expected = new TreeMap<>();
        int withErrors = 0;
        for (int d = 0; d < DOCUMENTS; d++) {
            // bytes, as the CLI reads files: columns count bytes (docs/decisions/jackson.md, Positions)
            ReadResult read = reader.read(lines.get(d).getBytes(StandardCharsets.UTF_8));
            assertThat(read.offer()).isNotNull();
            List<String> javaApi = new ArrayList<>();
            reader.validator().validate(read.offer()).violations().forEach(v -> javaApi.add(v.codeNumber() + " " + v.pointer()));
            List<String> json = new ArrayList<>();
            read.report().violations().forEach(v -> json.add(v.codeNumber() + " " + v.pointer()));
            if (read.offer().equals(offers.get(d))) {
                // (NaN travels as a string: a type error, after which the rule's own report is dropped)
                assertThat(json).as("document %d: reader and Java API", d).containsExactlyInAnyOrderElementsOf(javaApi);
            }
            for (Violation v : read.report().violations()) {
                expected.computeIfAbsent(d, k -> new ArrayList<>()).add(render(d, d + 1, v.column(), v.codeNumber(),
                        v.pointer(), v.severity().name().toLowerCase(java.util.Locale.ROOT), v.message()));
            }
            withErrors += read.isValid() ? 0 : 1;
        }
        assertThat(withErrors).as("a mix of valid and broken documents").isBetween(DOCUMENTS / 4, DOCUMENTS * 3 / 4);

        JsonNode report = new ObjectMapper().readTree(cli.out());
        Map<Integer, List<String>> actual = new TreeMap<>();
        for (JsonNode v : report.get("violations")) {
            assertThat(v.get("file").asText()).endsWith("generated.ndjson");
            int d = v.get("document").asInt();
            actual.computeIfAbsent(d, k -> new ArrayList<>()).add(render(d, v.get("line").asInt(), v.get("column").asInt(),
                    v.get("code").asInt(), v.get("pointer").asText(), v.get("severity").asText(), v.get("message").asText()));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(report.get("summary").get("documents").asInt()).isEqualTo(DOCUMENTS);
        assertThat(report.get("summary").get("withErrors").asInt()).isEqualTo(withErrors);
        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.err()).doesNotContain("Exception");
    }

    private static String render(int document, int line, int column, int code, String pointer, String severity, String message) {
        return document + " " + line + ":" + column + " " + code + " " + pointer + " " + severity + " " + message;
    }
}
