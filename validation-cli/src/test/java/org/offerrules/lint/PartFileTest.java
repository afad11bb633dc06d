package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartFileTest {

    @TempDir
    Path dir;

    @Test
    void aCompletedPartFileIsMovedOntoItsTargetAndADiscardedOneIsGone() throws IOException {
        try (PartFile part = new PartFile()) {
            try (Writer w = part.open(dir.resolve(".a.ndjson.part"))) {
                w.write("{\"id\":1}\n");
            }
            part.complete(dir.resolve("a.ndjson"));
            try (Writer w = part.open(dir.resolve(".b.ndjson.part"))) {
                w.write("{\"id\":2}\n");
            }
            part.discard();
        }
        assertThat(Files.readString(dir.resolve("a.ndjson"))).isEqualTo("{\"id\":1}\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("a.ndjson");
        }
    }

    /** What the shutdown hook does: the open part file goes, and the pull, still running, writes no other. */
    @Test
    void abandonedRemovesTheOpenPartFileAndRefusesAnyOther() throws IOException {
        try (PartFile part = new PartFile()) {
            Writer w = part.open(dir.resolve(".a.ndjson.part"));
            w.write("{\"id\":1}\n");
            part.abandon();
            w.close();
            assertThat(dir).isEmptyDirectory();
            assertThatThrownBy(() -> part.complete(dir.resolve("a.ndjson"))).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> part.open(dir.resolve(".b.ndjson.part"))).isInstanceOf(IOException.class)
                    .hasMessage("the JVM is ending");
            assertThat(dir).isEmptyDirectory();
        }
    }
}
