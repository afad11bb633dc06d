package org.offerrules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one mechanism of the report to a file and of {@code data pull}'s lists; the ITs send the real signals. */
class TemporaryFilesTest {

    @TempDir
    Path dir;

    // not the process's, nor the JVM's hooks: abandon() is for good
    private final TemporaryFiles files = new TemporaryFiles(new Recorded());

    private static Writer writer(Path path) throws IOException {
        return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }

    @Test
    void aMovedFileIsOnItsTargetAndADeletedOneIsGone() throws IOException {
        Path a = dir.resolve(".a.ndjson.part");
        try (Writer w = files.create(a, TemporaryFilesTest::writer)) {
            w.write("{\"id\":1}\n");
        }
        Files.writeString(dir.resolve("a.ndjson"), "previous");
        files.moveOnto(a, dir.resolve("a.ndjson"));
        Path b = dir.resolve(".b.ndjson.part");
        try (Writer w = files.create(b, TemporaryFilesTest::writer)) {
            w.write("{\"id\":2}\n");
        }
        files.delete(b);
        assertThat(Files.readString(dir.resolve("a.ndjson"))).isEqualTo("{\"id\":1}\n");
        try (var listed = Files.list(dir)) {
            assertThat(listed.map(f -> f.getFileName().toString())).containsExactly("a.ndjson");
        }
        files.abandon(); // nothing left to delete: the moved file stays
        assertThat(Files.readString(dir.resolve("a.ndjson"))).isEqualTo("{\"id\":1}\n");
    }

    /** What the shutdown hook does: every open file goes, and the run, still going, creates and moves no other. */
    @Test
    void abandonRemovesEveryOpenFileAndRefusesAnyOther() throws IOException {
        Writer part = files.create(dir.resolve(".a.ndjson.part"), TemporaryFilesTest::writer);
        part.write("{\"id\":1}\n");
        OutputStream report = files.create(dir.resolve(".report.txt.x1.tmp"), Files::newOutputStream);
        files.abandon();
        part.close();
        report.close();
        assertThat(dir).isEmptyDirectory();
        assertThatThrownBy(() -> files.moveOnto(dir.resolve(".a.ndjson.part"), dir.resolve("a.ndjson")))
                .isInstanceOf(IOException.class).hasMessage("the JVM is ending");
        assertThatThrownBy(() -> files.create(dir.resolve(".b.ndjson.part"), TemporaryFilesTest::writer))
                .isInstanceOf(IOException.class).hasMessage("the JVM is ending");
        assertThat(dir).isEmptyDirectory();
    }

    /** The shutdown hooks of a JVM, recorded. */
    private static final class Recorded implements TemporaryFiles.Hooks {
        final List<Thread> registered = new ArrayList<>();
        int added;
        boolean ending;

        @Override
        public void add(Thread hook) {
            if (ending) {
                throw new IllegalStateException("Shutdown in progress");
            }
            assertThat(registered).doesNotContain(hook);
            registered.add(hook);
            added++;
        }

        @Override
        public void remove(Thread hook) {
            if (ending) {
                throw new IllegalStateException("Shutdown in progress");
            }
            assertThat(registered.remove(hook)).as("registered").isTrue();
        }
    }

    @Test
    void aHookIsRegisteredOnlyWhileATemporaryFileIsOpenAndOneAtMost() throws IOException {
        Recorded hooks = new Recorded();
        TemporaryFiles files = new TemporaryFiles(hooks);
        Path a = dir.resolve(".a.part");
        Path b = dir.resolve(".b.part");
        for (int run = 1; run <= 3; run++) { // a long-lived JVM: run after run
            files.create(a, TemporaryFilesTest::writer).close();
            files.create(b, TemporaryFilesTest::writer).close();
            assertThat(hooks.registered).hasSize(1);
            files.moveOnto(a, dir.resolve("a"));
            assertThat(hooks.registered).hasSize(1); // b is still open
            files.delete(b);
            assertThat(hooks.registered).isEmpty();
            assertThat(hooks.added).isEqualTo(run);
        }
        // a file that cannot be opened leaves no hook either
        assertThatThrownBy(() -> files.create(dir.resolve("no-such-folder").resolve(".c.part"), TemporaryFilesTest::writer))
                .isInstanceOf(IOException.class);
        assertThat(hooks.registered).isEmpty();
        try (var listed = Files.list(dir)) {
            assertThat(listed.map(f -> f.getFileName().toString())).containsExactly("a");
        }
    }

    @Test
    void theJvmEndingWhileTheLastFileIsDeletedOrBeforeOneIsCreatedIsNoFailure() throws IOException {
        Recorded hooks = new Recorded();
        TemporaryFiles files = new TemporaryFiles(hooks);
        Path a = dir.resolve(".a.part");
        files.create(a, TemporaryFilesTest::writer).close();
        hooks.ending = true; // the hook can no longer be removed: it runs, and finds nothing
        files.delete(a);
        assertThat(a).doesNotExist();
        assertThatThrownBy(() -> files.create(dir.resolve(".b.part"), TemporaryFilesTest::writer))
                .isInstanceOf(IOException.class).hasMessage("the JVM is ending");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFileThatCouldNotBeOpenedIsNotKept() throws IOException {
        Path missing = dir.resolve("no-such-folder").resolve(".a.part");
        assertThatThrownBy(() -> files.create(missing, TemporaryFilesTest::writer)).isInstanceOf(IOException.class);
        Path other = dir.resolve(".b.part");
        files.create(other, TemporaryFilesTest::writer).close();
        Files.createDirectories(missing.getParent());
        Files.writeString(missing, "someone else's");
        files.abandon();
        assertThat(missing).hasContent("someone else's"); // never created here: not deleted here
        assertThat(other).doesNotExist();
    }
}
