package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offerrules.validation.guide.Snippets;
import org.offerrules.validation.jackson.InvalidOfferException;
import org.offerrules.validation.jackson.OfferRulesModule;
import org.offerrules.validation.model.Offer;

/** The README's code: the program it shows is compiled and run, its Jackson snippet too. */
class ReadmeTest {

    private static final Path ROOT = Snippets.root();

    @Test
    void theJavaExampleIsTheFileItNamesAndPrintsWhatItShows(@TempDir Path classes) throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Path program = ROOT.resolve("docs/examples/CheckOffer.java");
        Matcher block = Pattern.compile("<!-- file: docs/examples/CheckOffer.java -->\\s*\\n```java\\n(.*?)```",
                Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README shows docs/examples/CheckOffer.java").isTrue();
        assertThat(block.group(1)).isEqualTo(Files.readString(program));

        String printed = compileAndRun(program, classes);

        Matcher output = Pattern.compile("<!-- output of CheckOffer -->\\s*\\n```\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(output.find()).as("README shows what CheckOffer prints").isTrue();
        assertThat(output.group(1)).isEqualTo(printed);
        assertThat(printed).isEqualTo("6313 /url No TID Token in Offer URL\n");
    }

    @Test
    void theJacksonExampleRuns() throws Exception {
        String json = "{\"advertiser_id\": \"twelve\", \"name\": \"Summer Sale\"}";
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            // snippet: readme-jackson
            ObjectMapper mapper = new ObjectMapper().registerModule(new OfferRulesModule());
            try {
                Offer offer = mapper.readValue(json, Offer.class);
            } catch (InvalidOfferException e) {
                e.report().violations().forEach(System.out::println);   // every problem, with line and column
            }
            // end: readme-jackson
        } finally {
            System.setOut(stdout);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher shown = Pattern.compile("<!-- output of readme-jackson -->\\s*\\n```\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(shown.find()).as("README shows what the Jackson example prints").isTrue();
        assertThat(shown.group(1)).isEqualTo(printed);
        assertThat(printed).contains("1:19: error 6306 Invalid Advertiser ID (expected an integer, found \"twelve\")");
        assertThat(readme).contains("String json = \"" + json.replace("\"", "\\\"") + "\";");
        Snippets.assertInSync(ROOT.resolve("README.md"),
                List.of(ROOT.resolve("validation-cli/src/test/java/org/offerrules/lint/ReadmeTest.java")));
    }

    private static String compileAndRun(Path source, Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), source.toString());
        if (status != 0) {
            fail("docs/examples/CheckOffer.java does not compile");
        }
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeTest.class.getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            loader.loadClass("CheckOffer").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(stdout);
        }
        return captured.toString(StandardCharsets.UTF_8).replace(File.separator.equals("\\") ? "\r\n" : "\n", "\n");
    }
}
