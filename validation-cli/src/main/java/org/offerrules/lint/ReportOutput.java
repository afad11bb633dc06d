package org.offerrules.lint;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Where a report goes: {@code --output}, the process's standard output (when run by
 * {@link OfferLint#main}), or picocli's output writer (when embedded, so that the caller can capture it).
 *
 * <p>A report to a file is written to a temporary file beside it ({@code .NAME.RANDOM.tmp}, in the same
 * folder so that the move stays on one file system) and moved onto the name by {@link #commit()}: a run
 * that fails, throws or is stopped by a signal leaves the previous report as it was, never a cut one
 * ({@link TemporaryFiles}).
 * A name that is not a regular file (a device such as {@code /dev/null}, a named pipe) is written to
 * directly, as there is nothing to replace.
 */
final class ReportOutput implements Closeable {

    /**
     * Made by the first report to a file: a SecureRandom loads the security providers, which a report to
     * standard output does without.
     */
    private static final class Random {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    private final OutputStream stream;
    private final Path temporary;
    private final Path target;
    private boolean committed;

    private ReportOutput(OutputStream stream, Path temporary, Path target) {
        this.stream = stream;
        this.temporary = temporary;
        this.target = target;
    }

    static ReportOutput open(Path output, OutputStream stdout, PrintWriter out) throws IOException {
        if (output == null) {
            return new ReportOutput(stdout != null ? new Unclosed(stdout) : new WriterStream(out), null, null);
        }
        // a link is replaced at its target, and stays a link
        Path target = Files.isSymbolicLink(output) && Files.exists(output) ? output.toRealPath() : output;
        if (Files.exists(target) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return new ReportOutput(Files.newOutputStream(target), null, null);
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            throw new java.nio.file.AccessDeniedException(target.toString());
        }
        Path folder = target.toAbsolutePath().getParent();
        while (true) {
            Path temporary = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(Random.RANDOM.nextLong(), 36)
                    + ".tmp");
            try {
                // CREATE_NEW, not createTempFile: the file gets the permissions the umask gives, as the report would
                OutputStream stream = TemporaryFiles.PROCESS.create(temporary, t -> Files.newOutputStream(t,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
                return new ReportOutput(stream, temporary, target);
            } catch (FileAlreadyExistsException e) {
                // another run's name: draw again
            }
        }
    }

    OutputStream stream() {
        return stream;
    }

    /** The report is complete: closes it and, for a file, moves it onto its name. */
    void commit() throws IOException {
        stream.close();
        if (temporary != null) {
            TemporaryFiles.PROCESS.moveOnto(temporary, target);
        }
        committed = true;
    }

    /** Without {@link #commit()}: the report is incomplete, its temporary file is deleted. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        try {
            stream.close();
        } catch (IOException e) {
            // the run's own failure is the one to report
        } finally {
            if (temporary != null) {
                TemporaryFiles.PROCESS.delete(temporary);
            }
        }
    }

    /** Bytes to picocli's output writer; closing flushes and leaves the writer open. */
    private static final class WriterStream extends OutputStream {
        private final PrintWriter writer;
        private final java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        private final java.nio.ByteBuffer pending = java.nio.ByteBuffer.allocate(8192);
        private final java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(8192);

        WriterStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, pending.remaining());
                pending.put(b, off, n);
                off += n;
                len -= n;
                drain();
            }
        }

        private void drain() {
            pending.flip();
            decoder.decode(pending, chars, false);
            chars.flip();
            writer.append(chars);
            chars.clear();
            pending.compact();
        }

        /** PrintWriter swallows errors: they are seen here, at the report's flushes. */
        @Override
        public void flush() throws IOException {
            writer.flush();
            if (writer.checkError()) {
                throw new IOException("the output writer failed");
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Standard output, flushed but left open when the report is done. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
