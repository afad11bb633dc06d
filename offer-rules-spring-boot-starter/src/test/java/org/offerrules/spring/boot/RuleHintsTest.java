package org.offerrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.ErrorCode;
import org.offerrules.validation.ErrorFamily;
import org.offerrules.validation.RuleSettings;
import org.offerrules.validation.RuleSettings.Level;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The IDE hints of {@code offer-rules.rules}: its keys are the codes a rule key may name
 * ({@link RuleSettings#codes()}) and the error families, its values the levels. They are written into
 * {@code additional-spring-configuration-metadata.json} from the registry (rewrite it with
 * {@code -Dregenerate=true}), which Boot's configuration processor merges into the jar's metadata.
 */
class RuleHintsTest {

    private static final Path ADDITIONAL = Path.of("src/main/resources/META-INF/additional-spring-configuration-metadata.json");
    private static final Path MERGED = Path.of("target/classes/META-INF/spring-configuration-metadata.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theCommittedHintsAreTheRegistrysCodesFamiliesAndLevels() throws Exception {
        String generated = generated();
        if (Boolean.getBoolean("regenerate")) {
            Files.writeString(ADDITIONAL, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(ADDITIONAL, StandardCharsets.UTF_8)).isEqualTo(generated);
    }

    @Test
    void theJarsMetadataHintsEveryCodeAFamilyAndLevel() throws Exception {
        Map<String, List<String>> hints = new LinkedHashMap<>();
        for (JsonNode hint : JSON.readTree(MERGED.toFile()).get("hints")) {
            List<String> values = new ArrayList<>();
            hint.get("values").forEach(v -> values.add(v.get("value").asString()));
            hints.put(hint.get("name").asString(), values);
        }
        List<String> keys = new ArrayList<>();
        RuleSettings.codes().forEach(code -> keys.add(String.valueOf(code)));
        for (ErrorFamily family : ErrorFamily.values()) {
            keys.add(family.name().toLowerCase(Locale.ROOT));
        }
        assertThat(hints.get("offer-rules.rules.keys")).containsExactlyElementsOf(keys).contains("6820", "6006", "offer");
        assertThat(hints.get("offer-rules.rules.values")).containsExactly("off", "warning", "error");
        // every hinted key is one the settings take
        keys.forEach(key -> RuleSettings.builder().rule(key, Level.OFF));
    }

    /** The committed file: its hand-written properties as they are, then the hints from the registry. */
    private static String generated() throws Exception {
        List<Map<String, String>> properties = new ArrayList<>();
        for (JsonNode property : JSON.readTree(ADDITIONAL.toFile()).get("properties")) {
            Map<String, String> fields = new LinkedHashMap<>();
            property.properties().forEach(field -> fields.put(field.getKey(), field.getValue().asString()));
            properties.add(fields);
        }
        List<Map<String, String>> keys = new ArrayList<>();
        for (int number : RuleSettings.codes()) {
            ErrorCode code = ErrorCode.of(number);
            keys.add(value(String.valueOf(number), number + ": " + code.messageTemplate() + " ("
                    + code.family().name().toLowerCase(Locale.ROOT) + ")"));
        }
        for (ErrorFamily family : ErrorFamily.values()) {
            String name = family.name().toLowerCase(Locale.ROOT);
            keys.add(value(name, "Every code of the " + name + " family; a code's own level wins."));
        }
        List<Map<String, String>> levels = List.of(
                value(Level.OFF.key(), "The violations are left out."),
                value(Level.WARNING.key(), "The violations are warnings."),
                value(Level.ERROR.key(), "The violations are errors."));
        StringBuilder out = new StringBuilder("{\n  \"properties\": [");
        objects(out, properties, "    ");
        out.append("\n  ],\n  \"hints\": [\n    {\n      \"name\": \"offer-rules.rules.keys\",\n      \"values\": [");
        objects(out, keys, "        ");
        out.append("\n      ]\n    },\n    {\n      \"name\": \"offer-rules.rules.values\",\n      \"values\": [");
        objects(out, levels, "        ");
        return out.append("\n      ]\n    }\n  ]\n}\n").toString();
    }

    private static Map<String, String> value(String value, String description) {
        Map<String, String> hint = new LinkedHashMap<>();
        hint.put("value", value);
        hint.put("description", description);
        return hint;
    }

    /** Objects of text fields, one field a line, as the file was written by hand. */
    private static void objects(StringBuilder out, List<Map<String, String>> objects, String indent) {
        for (int i = 0; i < objects.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append(indent).append("{");
            int field = 0;
            for (Map.Entry<String, String> entry : objects.get(i).entrySet()) {
                out.append(field++ == 0 ? "\n" : ",\n").append(indent).append("  ")
                        .append(JSON.writeValueAsString(entry.getKey())).append(": ")
                        .append(JSON.writeValueAsString(entry.getValue()));
            }
            out.append("\n").append(indent).append("}");
        }
    }
}
