package org.offerrules.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.offerrules.validation.guide.Snippets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** docs/spring-boot.md shows the code the tests run and the properties the starter has. */
class SpringBootGuideTest {

    private static final Path ROOT = Snippets.root();
    private static final Path GUIDE = ROOT.resolve("docs/spring-boot.md");
    private static final Path TESTS = ROOT.resolve("offer-rules-spring-boot-starter/src/test/java/org/offerrules/spring/boot");

    @Test
    void theGuideShowsTheTestedCode() throws Exception {
        Snippets.assertInSync(GUIDE, List.of(TESTS.resolve("OffersController.java"),
                TESTS.resolve("OfferRulesSpringValidatorTest.java"), TESTS.resolve("jackson2/OfferRulesConfiguration.java"),
                TESTS.resolve("jackson2/OfferProblems.java"), TESTS.resolve("jackson2/OffersController.java"),
                // the example's, which its OffersApplicationIT runs
                ROOT.resolve("examples/spring-boot/src/main/java/org/offerrules/examples/spring/OffersApplication.java")));
    }

    @Test
    void thePropertiesTableIsTheGeneratedMetadata() throws Exception {
        JsonNode metadata = JsonMapper.builder().build().readTree(
                Path.of("target/classes/META-INF/spring-configuration-metadata.json").toFile());
        Map<String, String> generated = new LinkedHashMap<>();
        for (JsonNode property : metadata.get("properties")) {
            // a property without a default (a map, a list, a file) is documented as `none`
            JsonNode defaultValue = property.get("defaultValue");
            generated.put(property.get("name").asString(), defaultValue == null ? "none" : defaultValue.asString());
        }
        Matcher table = Pattern.compile("<!-- properties -->\\n(.*?)\\n\\n", Pattern.DOTALL).matcher(Files.readString(GUIDE));
        assertThat(table.find()).as("the guide's properties table").isTrue();
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([\\w.-]+)` \\| `([^`]*)` \\|").matcher(table.group(1));
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }
        assertThat(documented).containsExactlyInAnyOrderEntriesOf(generated);
    }
}
