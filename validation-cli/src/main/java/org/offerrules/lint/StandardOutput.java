package org.offerrules.lint;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output for what picocli prints (the catalog, a schema, help): UTF-8, as the reports are, and
 * keeping why a write failed, which a {@link PrintWriter} keeps to itself, so that a closed pipe
 * ({@code offer-lint codes | head -1}) can end as quietly as a lint's report does, and a full disk say so.
 */
final class StandardOutput extends PrintWriter {

    private final Recording recording;

    StandardOutput(OutputStream out) {
        this(new Recording(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    private StandardOutput(Recording recording) {
        super(recording, true);
        this.recording = recording;
    }

    /** The first write failure, or null. */
    IOException failure() {
        return recording.failure;
    }

    /** Passes everything on, remembering the first failure. */
    private static final class Recording extends FilterWriter {
        private IOException failure;

        Recording(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            try {
                super.write(c);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            try {
                super.write(buffer, offset, length);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            try {
                super.write(text, offset, length);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                super.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }

        private IOException failed(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
