package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF's {@code artifactLocation.uri} is a URI reference (RFC 3986) for any file name. A name with a
 * colon in its first segment (a timestamp: {@code offers-10:30.json}) was {@code "uri": null}, which the
 * SARIF schema refuses and code scanning rejects with the whole upload.
 */
class SarifUriTest {

    @Test
    void everyFileNameIsAUriReferenceTheSchemaTakes(@TempDir Path dir) throws Exception {
        List<String> args = new ArrayList<>(List.of("--no-progress", "--format=sarif"));
        for (String name : new String[] {"offers-10:30.json", "ünï cødé 🎉.json", "a#b?%41.json", "[x] <y>.json"}) {
            args.add(Files.writeString(dir.resolve(name), ReportFailureTest.OFFER).toString());
        }

        Cli cli = Cli.run(args.toArray(String[]::new));

        assertThat(cli.status()).isEqualTo(1);
        assertThat(SchemaValidation.sarif().problems(cli.out())).isEmpty();
        List<String> uris = new ArrayList<>();
        for (JsonNode result : new ObjectMapper().readTree(cli.out()).at("/runs/0/results")) {
            uris.add(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        }
        String folder = SarifReport.uri(dir.toString());
        assertThat(uris).containsExactly(folder + "/%5Bx%5D%20%3Cy%3E.json", folder + "/a%23b%3F%2541.json",
                folder + "/offers-10:30.json", folder + "/%C3%BCn%C3%AF%20c%C3%B8d%C3%A9%20%F0%9F%8E%89.json");
    }

    @Test
    void aColonInTheFirstNameOfARelativePathIsEncodedAndADrivePathIsAFileUri() {
        assertThat(SarifReport.uri("offers-10:30.json")).isEqualTo("offers-10%3A30.json");
        assertThat(SarifReport.uri("a:b/c:d.json")).isEqualTo("a%3Ab/c:d.json");
        assertThat(SarifReport.uri("offers\\summer.json")).isEqualTo("offers/summer.json");
        assertThat(SarifReport.uri("C:\\offers\\a b.json")).isEqualTo("file:///C:/offers/a%20b.json");
        assertThat(SarifReport.uri("<stdin>")).isEqualTo("%3Cstdin%3E");
        assertThat(SarifReport.uri("-rf.json")).isEqualTo("-rf.json");
    }
}
