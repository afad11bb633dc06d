package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 4 MB offer of issue 29 through the real {@code offer-lint.jar} in 256 MiB: {@code geo_countries}
 * with a million entries used to exhaust memory (one finding per entry); it now ends with status 1 at
 * once, and a report of a hundred-odd findings.
 */
class BoundedWorkIT {

    @Test
    void aMillionEntryListEndsWithStatusOneAndASmallReport(@TempDir Path dir) throws Exception {
        Path offer = dir.resolve("geo.json");
        try (BufferedWriter out = Files.newBufferedWriter(offer, StandardCharsets.UTF_8)) {
            String valid = HostileInputIT.OFFER;
            out.write(valid, 0, valid.length() - 1);
            out.write(", \"geo_countries\": [\"US\"");
            for (int i = 1; i < 1_000_000; i++) {
                out.write(",\"US\"");
            }
            out.write("]}");
        }
        assertThat(Files.size(offer)).isGreaterThan(4_000_000);
        for (String format : List.of("text", "json")) {
            Path report = dir.resolve("report." + format);
            Path err = dir.resolve("stderr.txt");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-jar", System.getProperty("offerLint.jar"), "--no-progress", "--format", format,
                    "--output", report.toString(), offer.toString()).redirectError(err.toFile()).start();
            boolean ended = process.waitFor(60, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            System.out.printf("geo_countries of 1,000,000 entries, --format %s: %,d ms, report %,d bytes%n", format,
                    millis, Files.size(report));

            assertThat(ended).isTrue();
            assertThat(Files.readString(err)).isEmpty();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(Files.size(report)).isLessThan(1 << 20);
            assertThat(Files.readString(report)).contains("6356");
            // 2 s on an idle machine, JVM start included; more room here for a shared, loaded one
            assertThat(millis).as("milliseconds").isLessThan(10_000);
        }
    }
}
