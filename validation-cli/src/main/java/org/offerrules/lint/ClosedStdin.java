package org.offerrules.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard input that was closed when the process started ({@code offer-lint - <&-}). The JVM then
 * opens its own files into the free descriptor 0 — the JDK's {@code lib/modules}, the class-data archive,
 * the jar — and {@code System.in} would read them as the input: thousands of 6055 findings about the
 * JDK. On Linux, {@code /proc/self/fd/0} names the file descriptor 0 is; one of the JVM's own is read as
 * a closed input (an {@link IOException}), which the run reports as an input that cannot be read.
 */
final class ClosedStdin {

    static final String CLOSED = "standard input is closed";

    private ClosedStdin() {
    }

    /** {@code in}, or a stream that fails with {@link #CLOSED} when {@code fd0} names one of the JVM's own files. */
    static InputStream guard(InputStream in, Path fd0, Path javaHome, Path jar) {
        return jvmsOwn(fd0, javaHome, jar) ? new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException(CLOSED);
            }
        } : in;
    }

    /** {@link #guard} for this process, its {@code java.home} and the jar its classes come from. */
    static InputStream guard(InputStream in) {
        Path jar = null;
        try {
            var source = ClosedStdin.class.getProtectionDomain().getCodeSource();
            jar = source == null ? null : Path.of(source.getLocation().toURI());
        } catch (Exception e) {
            // no jar to compare with: java.home and the archives still are
        }
        return guard(in, Path.of("/proc/self/fd/0"), Path.of(System.getProperty("java.home")), jar);
    }

    private static boolean jvmsOwn(Path fd0, Path javaHome, Path jar) {
        Path target;
        try {
            if (!Files.isSymbolicLink(fd0)) {
                return false; // not Linux, or no /proc: nothing to tell
            }
            target = fd0.toRealPath();
            if (!Files.isRegularFile(target)) {
                return false; // a terminal, a pipe, a socket: a real standard input
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        String name = target.getFileName().toString();
        return target.startsWith(real(javaHome)) || (jar != null && target.equals(real(jar)))
                || name.endsWith(".jsa") || name.endsWith(".aot");
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
