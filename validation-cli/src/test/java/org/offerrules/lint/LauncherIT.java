package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The repository's {@code ./offer-lint} launcher as users run it, on the JDK running the tests: it
 * makes its start-up archive once (a dynamic CDS archive, or an AOT cache on JDK 25 and later), uses
 * it afterwards, and gives exactly the jar's answers with or without it.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "offer-lint").toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("offerLint.jar")).toAbsolutePath();

    @Test
    void makesItsStartUpArchiveOnceAndAnswersAsTheJarDoes() throws Exception {
        String suffix = Runtime.version().feature() >= 25 ? ".aot" : ".jsa";
        deleteArchives(suffix);
        OfferLintIT.Run jar = OfferLintIT.run("--no-progress", "../docs/examples");

        OfferLintIT.Run first = launch(Map.of(), "--no-progress", "../docs/examples");
        List<Path> archives = archives(suffix);
        assertThat(archives).as("archives next to %s", JAR).hasSize(1);
        FileTime made = Files.getLastModifiedTime(archives.get(0));
        OfferLintIT.Run second = launch(Map.of(), "--no-progress", "../docs/examples/caps-in-wrong-order.json");
        OfferLintIT.Run without = launch(Map.of("OFFER_LINT_NO_ARCHIVE", "1"), "--no-progress", "../docs/examples");

        assertThat(first).isEqualTo(without).isEqualTo(new OfferLintIT.Run(1, jar.out(), ""));
        assertThat(second.status()).isEqualTo(1);
        assertThat(second.out()).contains("caps-in-wrong-order.json:16:24: error 6399");
        assertThat(second.err()).isEmpty();
        assertThat(archives(suffix)).containsExactlyElementsOf(archives);
        assertThat(Files.getLastModifiedTime(archives.get(0))).as("the archive is made once").isEqualTo(made);
    }

    @Test
    void anyJvmOptionsTheUserSetsReplaceTheDefaults() throws Exception {
        OfferLintIT.Run run = launch(Map.of("OFFER_LINT_JAVA_OPTS", "-Xmx64m -XX:+UseSerialGC"), "--no-progress",
                "../docs/examples/valid-offer.json");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
    }

    private static OfferLintIT.Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new OfferLintIT.Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    private static List<Path> archives(String suffix) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(JAR.getParent(), JAR.getFileName() + ".*" + suffix)) {
            files.forEach(found::add);
        }
        found.sort(null);
        return found;
    }

    private static void deleteArchives(String suffix) throws IOException {
        for (Path archive : archives(suffix)) {
            Files.delete(archive);
        }
    }
}
