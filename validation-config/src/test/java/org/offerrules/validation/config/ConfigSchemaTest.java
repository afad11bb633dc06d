package org.offerrules.validation.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The configuration file's JSON Schema: committed in docs/schema as generated (rewrite it with
 * {@code -Dregenerate=true}), accepting what {@link ConfigFile} accepts and rejecting the bad files.
 */
class ConfigSchemaTest {

    private static final Path FILE = Path.of("../docs/schema/offer-lint.schema.json");

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ConfigSchema.json(), InputFormat.JSON);

    private static List<Error> check(String yaml) throws IOException {
        String json = new ObjectMapper().writeValueAsString(new YAMLMapper().readTree(yaml));
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    @Test
    void theCommittedSchemaIsTheGeneratedOne() throws IOException {
        if (Boolean.getBoolean("regenerate")) {
            Files.writeString(FILE, ConfigSchema.json(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8)).isEqualTo(ConfigSchema.json());
    }

    @Test
    void acceptsAFileTheLoaderAccepts() throws IOException {
        String yaml = """
                rules:
                  "6820": warning
                  "63993": "off"
                  offer: error
                  ACME-2: warning
                overrides:
                  - files: ["legacy/**"]
                    rules: {"6313": "off", "ACME-1": "off"}
                  - files: ["advertisers/**"]
                    request: setAdvertiser
                    mode: update
                    strict-types: true
                house-rules:
                  - {code: ACME-1, message: "payout must not exceed revenue", compare: {left: payout, op: "<=", right: revenue}}
                  - code: ACME-2
                    message: a preview URL, please
                    severity: warning
                    request: setOffer
                    required: preview_url
                """;
        ConfigFile.read(new java.io.StringReader(yaml), Path.of(".offer-lint.yaml"));
        assertThat(check(yaml)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "rulez: {}",
        "rules: {\"68200\": warning}",
        "rules: {\"6041\": warning}",
        "rules: {\"6820\": warn}",
        "rules: {\"ACME-1\": warn}",
        "rules: {\"ACME-0\": off}",
        "overrides: {files: [\"a/**\"]}",
        "overrides: [{rules: {\"6313\": error}}]",
        "overrides: [{files: [\"a/**\"], request: setAdvertisers}]",
        "overrides: [{files: [\"a/**\"], strict-types: maybe}]",
        "house-rules: [{code: \"6399\", message: m, required: name}]",
        "house-rules: [{code: ACME-1, required: name}]",
        "house-rules: [{code: ACME-1, message: m, compare: {left: payout, op: \"=<\", right: revenue}}]"})
    void rejectsWhatTheLoaderRejects(String yaml) throws IOException {
        assertThat(check(yaml)).isNotEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ConfigFile.read(new java.io.StringReader(yaml), Path.of(".offer-lint.yaml")))
                .isInstanceOf(ConfigException.class);
    }
}
