package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why an input cannot be read, in words: the one helper every message uses, never a class name. */
class UnreadableReasonTest {

    /** An input that fails without a message said "(IOException)". */
    @Test
    void aFailureWithoutAMessageIsASentenceNotAClassName() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException();
            }
        };
        Cli cli = Cli.run(OfferLint.commandLine(failing), "--no-progress", "-");
        assertThat(cli.status()).isEqualTo(OfferLint.USAGE);
        assertThat(cli.err()).isEqualTo("offer-lint: <stdin>: cannot be read (the system gave no reason)\n");
    }

    @Test
    void theReasonOfEachKindOfFailure(@TempDir Path dir) {
        assertThat(OfferLint.reason(new IOException())).isEqualTo("the system gave no reason");
        assertThat(OfferLint.reason(new IOException(" "))).isEqualTo("the system gave no reason");
        assertThat(OfferLint.reason(new UncheckedIOException(new IOException()))).isEqualTo("the system gave no reason");
        assertThat(OfferLint.reason(new UncheckedIOException("wrapped", new IOException("Input/output error"))))
                .isEqualTo("Input/output error");
        assertThat(OfferLint.reason(new NoSuchFileException(dir.resolve("gone/x.json").toString()))).isEqualTo("no such folder");
        assertThat(OfferLint.reason(new NoSuchFileException(dir.resolve("x.json").toString())))
                .isEqualTo("no such file or folder");
        assertThat(OfferLint.reason(new AccessDeniedException("x.json"))).isEqualTo("permission denied");
    }
}
