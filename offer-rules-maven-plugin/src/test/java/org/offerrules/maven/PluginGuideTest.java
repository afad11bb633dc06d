package org.offerrules.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docs/cli.md's plugin configuration is the {@code <plugin>} block of the sample project that
 * SampleProjectIT builds (between {@code <!-- snippet: maven-plugin -->} and {@code <!-- end: maven-plugin -->}),
 * with this build's version. {@code -Dregenerate=true} writes it into the guide.
 */
class PluginGuideTest {

    static final Path GUIDE = Path.of("../docs/cli.md");
    private static final Path SAMPLE_POM = Path.of("src/it/sample/pom.xml");
    private static final Pattern DOC = Pattern.compile("(<!-- snippet: maven-plugin -->\\s*\\n```xml\\n)(.*?)(```)",
            Pattern.DOTALL);
    private static final Pattern SAMPLE = Pattern.compile(
            "\\n( *)<!-- snippet: maven-plugin -->\\n(.*?)\\n\\s*<!-- end: maven-plugin -->", Pattern.DOTALL);

    @Test
    void theGuideShowsTheSampleProjectsPluginBlock() throws IOException {
        String expected = sampleBlock();
        String guide = Files.readString(GUIDE);
        Matcher shown = DOC.matcher(guide);
        assertThat(shown.find()).as("a snippet: maven-plugin block in %s", GUIDE).isTrue();
        if (Boolean.getBoolean("regenerate")) {
            guide = guide.substring(0, shown.start(2)) + expected + guide.substring(shown.end(2));
            Files.writeString(GUIDE, guide);
            shown = DOC.matcher(guide);
            assertThat(shown.find()).isTrue();
        }
        assertThat(shown.group(2)).isEqualTo(expected);
    }

    /**
     * docs/cli.md says every parameter is in its table and can be set as the property
     * {@code offerlint.NAME}: so says the plugin's descriptor for each parameter a POM may set
     * ({@code plugin} once had no property).
     */
    @Test
    void everyParameterIsInTheGuidesTableAndHasItsProperty() throws Exception {
        String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
        String guide = Files.readString(GUIDE);
        assertThat(guide).contains("as the property `offerlint.NAME`");
        Matcher parameter = Pattern.compile("<parameter>\\s*<name>(\\w+)</name>.*?<editable>(\\w+)</editable>", Pattern.DOTALL)
                .matcher(descriptor);
        int editable = 0;
        while (parameter.find()) {
            if (parameter.group(2).equals("true")) {
                editable++;
                String name = parameter.group(1);
                assertThat(guide).as("docs/cli.md's parameter table").containsPattern("\\n\\| [^\\n]*`" + name + "`");
                assertThat(descriptor).as("the property of " + name).contains(">${offerlint." + name + "}</" + name + ">");
            }
        }
        assertThat(editable).isGreaterThan(15);
    }

    /** The sample's block, its indentation taken off, with the plugin's version; ends with a line break. */
    private static String sampleBlock() throws IOException {
        Matcher block = SAMPLE.matcher(Files.readString(SAMPLE_POM));
        assertThat(block.find()).as("a snippet: maven-plugin block in %s", SAMPLE_POM).isTrue();
        String indent = block.group(1);
        StringBuilder out = new StringBuilder();
        for (String line : block.group(2).split("\n", -1)) {
            out.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
        }
        return out.toString().replace("@project.version@", System.getProperty("it.pluginVersion"));
    }
}
