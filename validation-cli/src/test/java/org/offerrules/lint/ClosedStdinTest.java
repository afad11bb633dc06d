package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code offer-lint - <&-}: with descriptor 0 closed, the JVM's first open file (the JDK's
 * {@code lib/modules}) became standard input, and the run reported thousands of 6055 findings about it.
 */
class ClosedStdinTest {

    private static final byte[] JDK_FILE = {(byte) 0xCA, (byte) 0xFE, 0, 0, '{', 1};

    @Test
    void descriptorZeroOnAFileOfTheJdkIsAClosedStandardInput(@TempDir Path dir) throws Exception {
        Path javaHome = Files.createDirectories(dir.resolve("jdk/lib"));
        Path modules = Files.write(javaHome.resolve("modules"), JDK_FILE);
        Path fd0 = Files.createSymbolicLink(dir.resolve("fd0"), modules);

        InputStream in = ClosedStdin.guard(new ByteArrayInputStream(JDK_FILE), fd0, dir.resolve("jdk"), () -> null);
        Cli cli = Cli.run(OfferLint.commandLine(in), "--no-progress", "-");

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("offer-lint: <stdin>: cannot be read (standard input is closed)\n");
        assertThat(cli.out()).doesNotContain("6055");
    }

    @Test
    void devStdinNamedWhileClosedIsOnlyThatNotTheJdk(@TempDir Path dir) throws Exception {
        // offer-lint /dev/stdin <&-: /dev/stdin is descriptor 0, one of the JVM's own files
        Path javaHome = Files.createDirectories(dir.resolve("jdk/lib"));
        Path modules = Files.write(javaHome.resolve("modules"), JDK_FILE);
        Path fd0 = Files.createSymbolicLink(dir.resolve("fd0"), modules);
        Path stdin = Files.createSymbolicLink(dir.resolve("stdin"), fd0);
        Path offers = Files.writeString(dir.resolve("offers.json"), "{}", StandardCharsets.UTF_8);

        assertThat(ClosedStdin.names(stdin, fd0, dir.resolve("jdk"), () -> null)).isTrue();
        // an open standard input, redirected from a file: /dev/stdin is that file
        Path redirected = Files.createSymbolicLink(dir.resolve("fd0-open"), offers);
        assertThat(ClosedStdin.names(Files.createSymbolicLink(dir.resolve("stdin-open"), redirected), redirected,
                dir.resolve("jdk"), () -> null)).isFalse();
        assertThat(ClosedStdin.names(offers, fd0, dir.resolve("jdk"), () -> null)).isFalse();
        // the command line looks only at the names of standard input
        assertThat(ClosedStdin.names(stdin)).isFalse();
    }

    @Test
    void theJarAndAClassDataArchiveAreTheJvmsOwnToo(@TempDir Path dir) throws Exception {
        Path jar = Files.write(dir.resolve("offer-lint.jar"), JDK_FILE);
        Path archive = Files.write(dir.resolve("offer-lint.jar.17.jsa"), JDK_FILE);
        Path elsewhere = dir.resolve("jdk");
        InputStream in = new ByteArrayInputStream(JDK_FILE);

        assertThatThrownBy(() -> ClosedStdin.guard(in, Files.createSymbolicLink(dir.resolve("a"), jar), elsewhere, () -> jar)
                .read()).isInstanceOf(IOException.class).hasMessage(ClosedStdin.CLOSED);
        assertThatThrownBy(() -> ClosedStdin.guard(in, Files.createSymbolicLink(dir.resolve("b"), archive), elsewhere,
                () -> jar).read()).isInstanceOf(IOException.class).hasMessage(ClosedStdin.CLOSED);
    }

    @Test
    void aFileRedirectedInIsReadAsIt(@TempDir Path dir) throws Exception {
        Path offers = Files.writeString(dir.resolve("offers.json"), "{}", StandardCharsets.UTF_8);

        // offer-lint - < offers.json, and no /proc (not Linux): standard input as it is
        assertThat(ClosedStdin.guard(new ByteArrayInputStream(new byte[] {'{', '}'}),
                Files.createSymbolicLink(dir.resolve("fd0"), offers), dir.resolve("jdk"),
                () -> dir.resolve("offer-lint.jar")).readAllBytes()).containsExactly('{', '}');
        assertThat(ClosedStdin.guard(new ByteArrayInputStream(new byte[] {'{', '}'}), dir.resolve("no-proc"),
                dir.resolve("jdk"), () -> null).readAllBytes()).containsExactly('{', '}');
    }

    /** It looked at descriptor 0 on every start: now only when standard input is read ({@code -} named). */
    @Test
    void standardInputIsLookedAtOnlyWhenItIsRead(@TempDir Path dir) throws Exception {
        Path javaHome = Files.createDirectories(dir.resolve("jdk/lib"));
        Path fd0 = Files.createSymbolicLink(dir.resolve("fd0"), Files.write(javaHome.resolve("modules"), JDK_FILE));
        AtomicInteger looked = new AtomicInteger();
        InputStream in = ClosedStdin.guard(new ByteArrayInputStream(JDK_FILE), fd0, dir.resolve("jdk"), () -> {
            looked.incrementAndGet();
            return null;
        });
        Path offer = Files.writeString(dir.resolve("offer.json"), "{}", StandardCharsets.UTF_8);

        Cli.run(OfferLint.commandLine(in), "--no-progress", offer.toString());
        assertThat(looked).hasValue(0);
        Cli cli = Cli.run(OfferLint.commandLine(in), "--no-progress", "-");
        assertThat(looked).hasValue(1);
        assertThat(cli.err()).isEqualTo("offer-lint: <stdin>: cannot be read (standard input is closed)\n");
    }
}
