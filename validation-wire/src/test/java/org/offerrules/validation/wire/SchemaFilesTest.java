package org.offerrules.validation.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.offerrules.validation.Request;
import org.offerrules.validation.guide.Snippets;

/**
 * docs/schema holds one generated schema per request: this test fails when a committed file is not what
 * {@link JsonSchemas} writes now. {@code -Dregenerate=true} rewrites them instead: {@value #REGENERATE}.
 */
class SchemaFilesTest {

    static final String REGENERATE = "./mvnw -B -q test -pl validation-wire -am -Dtest=SchemaFilesTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dregenerate=true";

    /** The configuration file's schema, beside the requests': validation-config's ConfigSchemaTest writes it. */
    static final String CONFIG_SCHEMA = "offer-lint.schema.json";

    private static Path folder;

    @BeforeAll
    static void regenerate() throws Exception {
        folder = Snippets.root().resolve("docs/schema");
        if (Boolean.getBoolean("regenerate")) {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    if (!file.getFileName().toString().equals(CONFIG_SCHEMA)) {
                        Files.delete(file);
                    }
                }
            }
            for (Request request : Request.values()) {
                Files.writeString(folder.resolve(JsonSchemas.fileName(request)), JsonSchemas.of(request));
            }
        }
    }

    @Test
    void theCommittedSchemasAreFreshAndOnePerRequest() throws Exception {
        List<String> expected = new ArrayList<>();
        for (Request request : Request.values()) {
            expected.add(JsonSchemas.fileName(request));
            assertThat(Files.readString(folder.resolve(JsonSchemas.fileName(request))))
                    .as("docs/schema/" + JsonSchemas.fileName(request) + " is stale; regenerate with: " + REGENERATE)
                    .isEqualTo(JsonSchemas.of(request));
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(name -> !name.equals(CONFIG_SCHEMA)).toList())
                    .as("docs/schema has a file for no request; regenerate with: " + REGENERATE)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** Every field of the layout the binder reads is a property of the schema, and nothing else is. */
    @Test
    void theSchemaHasTheWireLayoutsFields() {
        String offer = JsonSchemas.of(Request.SET_OFFER);
        for (WireSchema.WireField field : WireSchema.OFFER.fields) {
            assertThat(offer).contains("\n        \"" + field.wireName + "\": {");
        }
        assertThat(offer).contains("\"cap_overall_limit\": {", "\"geo_countries\": {", "\"payout_type\": {");
    }
}
