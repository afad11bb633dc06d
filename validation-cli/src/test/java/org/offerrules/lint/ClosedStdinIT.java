package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard input closed by the shell ({@code <&-}), through the real jar: {@code -} and the names of
 * descriptor 0 ({@code /dev/stdin}) are each one line, never the JVM's own file read as offers (thousands
 * of 6055 findings, or "cannot be read (Unsupported UCS-4 endianness (3412) detected)"), and the other
 * paths are still linted.
 */
@EnabledOnOs(OS.LINUX)
class ClosedStdinIT {

    @Test
    void standardInputClosedIsOneLineForEachOfItsNames(@TempDir Path dir) throws Exception {
        Path offer = Files.writeString(dir.resolve("a.json"), ReportFailureTest.OFFER);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder("sh", "-c", "exec \"$0\" -jar \"$1\" --no-progress - /dev/stdin /dev/fd/0 \"$2\" <&-",
                java, System.getProperty("offerLint.jar"), offer.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(Files.readString(err)).isEqualTo("offer-lint: /dev/stdin: cannot be read (standard input is closed)\n"
                + "offer-lint: /dev/fd/0: cannot be read (standard input is closed)\n"
                + "offer-lint: <stdin>: cannot be read (standard input is closed)\n");
        assertThat(Files.readString(out)).contains(offer + ":1:197: error 6319 Invalid SSL (/ssl)")
                .doesNotContain("6055");
        assertThat(process.exitValue()).isEqualTo(2);
    }
}
